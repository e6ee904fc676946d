import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The project's own lint rules (eslint.config.mjs), run on sample code as if it were in the tree.
const eslint = new ESLint({ cwd: process.cwd() });
const messages = async (code: string, filePath: string) =>
  (await eslint.lintText(code, { filePath })).flatMap((result) => result.messages.map((m) => `${m.line}: ${m.message}`));

describe("a query on db inside a transaction's callback", () => {
  it("is refused: on SQLite it would wait for its own transaction", async () => {
    const code = [
      'import { db } from "./db";',
      "export async function f() {",
      "  await db.$transaction(async (tx) => {",
      "    await tx.article.count();",
      "    await db.article.count();",
      "  });",
      "}",
      "",
    ].join("\n");
    expect(await messages(code, "lib/sample.ts")).toEqual([expect.stringMatching(/^5: Inside a transaction use its `tx`/)]);
  });

  it("is allowed through tx, and outside the callback", async () => {
    const code = [
      'import { db } from "./db";',
      "export async function f() {",
      "  const n = await db.article.count();",
      "  await db.$transaction(async (tx) => tx.article.count());",
      "  return n;",
      "}",
      "",
    ].join("\n");
    expect(await messages(code, "lib/sample.ts")).toEqual([]);
  });
});
