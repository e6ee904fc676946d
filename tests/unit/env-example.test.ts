import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
/** Variables the platform sets (Node, Next, CI runners): not the project's to document. */
const PLATFORM = new Set(["CI", "NODE_ENV", "NEXT_RUNTIME"]);
// The tests' own knobs (a fuzz seed, a fixture's delay) are not configuration, so tests/ is not read.
const SOURCES = ["app", "lib", "scripts", "bench", "prisma", "components"];
const FILES = [
  "instrumentation.ts",
  "next.config.mjs",
  "proxy.ts",
  "playwright.config.ts",
  "vitest.config.mts",
  "prisma.config.ts",
  "eslint.config.mjs",
  "postcss.config.mjs",
];

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name.startsWith(".") ? [] : sourceFiles(full);
    return /\.(?:ts|tsx|mjs|js)$/.test(entry.name) ? [full] : [];
  });
}

/**
 * Every variable a source reads: `process.env.NAME`, `process.env["NAME"]`, `process.env?.NAME`, and
 * `env.NAME` (the functions that take an `env` defaulting to process.env). A name in a comment counts too.
 */
export function variablesRead(text: string): string[] {
  return [...text.matchAll(/\benv(?:\?\.|\.)(?:([A-Z][A-Z0-9_]*)\b)|\benv\[\s*["']([A-Z][A-Z0-9_]*)["']\s*\]/g)].map((m) => m[1] ?? m[2]);
}

describe(".env.example", () => {
  it("finds the variables a source reads, both spellings", () => {
    expect(variablesRead('a = process.env.PORT; b = process.env["E2E_PORT"]; c = process.env.lowercase')).toEqual(["PORT", "E2E_PORT"]);
    expect(variablesRead("const n = env.INTAKE_WORKERS ?? process.env?.PAGE_CACHE_MB; env.foo")).toEqual(["INTAKE_WORKERS", "PAGE_CACHE_MB"]);
  });

  it("names every variable the code reads", () => {
    const example = fs.readFileSync(path.join(root, ".env.example"), "utf8");
    const named = new Set([...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)[=:]/gm)].map((m) => m[1]));
    // A config renamed must be renamed here too, not skipped.
    expect(FILES.filter((f) => !fs.existsSync(path.join(root, f)))).toEqual([]);
    const files = [...SOURCES.flatMap((d) => sourceFiles(path.join(root, d))), ...FILES.map((f) => path.join(root, f))];
    const read = new Map<string, string>();
    for (const file of files) for (const name of variablesRead(fs.readFileSync(file, "utf8"))) if (!read.has(name)) read.set(name, path.relative(root, file));
    expect(read.size).toBeGreaterThan(20);
    const missing = [...read].filter(([name]) => !PLATFORM.has(name) && !named.has(name)).map(([name, file]) => `${name} (${file})`);
    expect(missing).toEqual([]);
  });
});
