import { execFileSync } from "node:child_process";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createDatabase, databaseUrl, dropDatabase, testPostgresUrl, uniqueName } from "./postgres";

declare module "vitest" {
  export interface ProvidedContext {
    pgTemplate: string;
  }
}

/** Migrate one template database with the committed PostgreSQL migrations; every test file gets a copy. */
export default async function setup(project: TestProject) {
  const base = testPostgresUrl();
  if (!base) throw new Error("The integration-pg project needs TEST_POSTGRES_URL");
  const template = uniqueName("factdesk_tpl");
  await createDatabase(base, template);
  execFileSync(path.resolve(__dirname, "../../node_modules/.bin/prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl(base, template) },
    stdio: "pipe",
  });
  project.provide("pgTemplate", template);
  return async () => dropDatabase(base, template);
}
