import { afterAll, inject } from "vitest";
import { createDatabase, databaseUrl, dropDatabase, testPostgresUrl, uniqueName } from "./postgres";

// Each test file runs against its own copy of the migrated template: a real PostgreSQL database.
const base = testPostgresUrl()!;
const name = uniqueName("factdesk_it");
await createDatabase(base, name, inject("pgTemplate"));
process.env.DATABASE_URL = databaseUrl(base, name);
delete (globalThis as { factdeskDb?: unknown }).factdeskDb;

afterAll(async () => {
  const holder = globalThis as { factdeskDb?: { $disconnect(): Promise<void> } };
  await holder.factdeskDb?.$disconnect();
  delete holder.factdeskDb;
  await dropDatabase(base, name);
});
