import fs from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- a plain .mjs script without types
import { derivePostgresSchema, POSTGRES_SCHEMA, SEARCHABLE, SQLITE_SCHEMA } from "../../scripts/derive-postgres-schema.mjs";

describe("the PostgreSQL schema is derived from the SQLite schema", () => {
  const sqlite = fs.readFileSync(SQLITE_SCHEMA, "utf8");

  it("the committed prisma/postgres/schema.prisma is exactly what the script derives (run npm run db:derive-postgres)", () => {
    expect(fs.readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(derivePostgresSchema(sqlite));
  });

  it("changes only the provider, the client folder, the placeholder url and adds the search documents", () => {
    const derived: string = derivePostgresSchema(sqlite);
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).toContain("../../lib/generated/prisma-pg");
    // Without the PostgreSQL-only search fields, every model and enum is the SQLite one, line for line.
    const models = (text: string) => text.slice(text.indexOf("enum Role"));
    const withoutSearch = models(derived).replace(
      /\n\n  \/\/\/ PostgreSQL only \(derived\)[^\n]*\n  searchDoc [^\n]*\n\n  @@index\(\[searchDoc\], type: Gin\)/g,
      "",
    );
    expect(withoutSearch).toBe(models(sqlite));
    for (const model of SEARCHABLE) expect(derived).toMatch(new RegExp(`model ${model} \\{[^}]*searchDoc Unsupported\\("tsvector"\\)`));
  });

  it("a model added to the SQLite schema shows up in the derived schema, so the drift check can fail", () => {
    const changed = sqlite + "\nmodel Drift {\n  id String @id\n}\n";
    expect(derivePostgresSchema(changed)).not.toBe(fs.readFileSync(POSTGRES_SCHEMA, "utf8"));
  });

  it("refuses a SQLite schema it cannot rewrite", () => {
    expect(() => derivePostgresSchema(sqlite.replace('provider = "sqlite"', 'provider = "mysql"'))).toThrow(/no longer matches/);
  });
});
