import { describe, expect, it } from "vitest";
import { demoDecision } from "../../scripts/demo-policy.mjs";

const seeds = (env: Record<string, string | undefined>) => demoDecision(env).seed;

describe("whether npm start seeds the demo", () => {
  it("seeds the default embedded database, where the operator named nothing", () => {
    expect(seeds({})).toBe(true);
    expect(seeds({ DATABASE_URL: "" })).toBe(true);
    expect(seeds({ DATABASE_URL: "   " })).toBe(true);
  });

  it("never seeds a database the operator named, SQLite or PostgreSQL", () => {
    expect(seeds({ DATABASE_URL: "postgresql://factdesk@db.internal:5432/factdesk" })).toBe(false);
    expect(seeds({ DATABASE_URL: "postgres://db/factdesk" })).toBe(false);
    expect(seeds({ DATABASE_URL: "file:/srv/factdesk/desk.db" })).toBe(false);
    // Even the default path, once named: an .env copied into production says "this is the real one".
    expect(seeds({ DATABASE_URL: "file:./data/factdesk.db" })).toBe(false);
  });

  it("seeds a named database only when asked explicitly", () => {
    for (const yes of ["1", "true", "TRUE", " yes ", "on"]) expect(seeds({ DATABASE_URL: "postgresql://db/x", FACTDESK_DEMO: yes })).toBe(true);
  });

  it("can turn the demo off for the default database too", () => {
    for (const no of ["0", "false", "no", "off"]) expect(seeds({ FACTDESK_DEMO: no })).toBe(false);
  });

  it("fails closed on a value it does not understand, and says why", () => {
    const decision = demoDecision({ FACTDESK_DEMO: "maybe" });
    expect(decision.seed).toBe(false);
    expect(decision.reason).toContain("maybe");
  });

  it("an empty FACTDESK_DEMO (as in .env.example) leaves the default decision", () => {
    expect(seeds({ FACTDESK_DEMO: "" })).toBe(true);
    expect(seeds({ FACTDESK_DEMO: "", DATABASE_URL: "postgresql://db/x" })).toBe(false);
  });
});
