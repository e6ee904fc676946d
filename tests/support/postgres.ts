import { randomUUID } from "node:crypto";
import pg from "pg";

// Tests that use PostgreSQL create their own databases (unique names) and drop them after:
// the server is shared by every run on the machine.

export const DEFAULT_TEST_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/test";

/** TEST_POSTGRES_URL: a PostgreSQL database the suite may connect to in order to create its own. */
export function testPostgresUrl(): string | null {
  const raw = process.env.TEST_POSTGRES_URL?.trim();
  if (!raw || raw === "off") return null;
  return raw;
}

/** The URL of another database on the same server. */
export function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = "/" + name;
  return url.toString();
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
}

async function withAdmin<T>(base: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Create a database, optionally as a copy of a template. Copies of one template may collide: retry. */
export async function createDatabase(base: string, name: string, template?: string) {
  for (let attempt = 0; ; attempt++) {
    try {
      await withAdmin(base, (c) => c.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`));
      return;
    } catch (error) {
      if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
}

export async function dropDatabase(base: string, name: string) {
  await withAdmin(base, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
