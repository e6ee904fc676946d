// A production build carries the intake tasks bundled into one JavaScript file (scripts/intake-bundle.mjs),
// so that its worker threads load no TypeScript compiler. These tests build that bundle, run it in a
// worker thread as the server does, and check that it answers exactly what the sources answer.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { Piscina } from "piscina";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleIntakeWorker } from "@/scripts/intake-bundle.mjs";
import { INTAKE_WORKER_BUNDLE, intakeBundleFile } from "@/lib/intake/worker-bundle.mjs";
import { intakeWorkerFile } from "@/lib/intake/pool";
import { nameIntakeBundle } from "@/scripts/serve.mjs";
import { newSpeakerContext } from "@/lib/intake/speaker-context";
import { DEMO_ARTICLE_TEXT } from "@/prisma/seed-data/article";

const root = path.resolve(import.meta.dirname, "../..");
// Under node_modules, so that the bundle's package imports resolve as from a build folder.
const distDir = path.join("node_modules", ".cache", `intake-bundle-test-${process.pid}`);
const bundle = intakeBundleFile(root, distDir);

let fromBundle: Piscina;
let fromSources: Piscina;
beforeAll(() => {
  bundleIntakeWorker(distDir);
  fromBundle = new Piscina({ filename: bundle, maxThreads: 1 });
  fromSources = new Piscina({ filename: path.join(root, "lib", "intake", "worker.mjs"), maxThreads: 1 });
}, 60_000);
afterAll(async () => {
  await Promise.all([fromBundle?.destroy(), fromSources?.destroy()]);
  fs.rmSync(path.join(root, distDir), { recursive: true, force: true });
});

const sentences = DEMO_ARTICLE_TEXT.split(/(?<=[.!?])\s+/).filter((s) => s.length > 40);
// Each sentence against every sentence, figures shifted in some: exact repeats, near ones and none.
const items = sentences.slice(0, 8).map((quote, i) => ({
  quote,
  candidates: sentences.map((c, j) => ({ id: String(j), quote: j !== i && j % 3 === 0 ? c.replace(/\d+/g, (d) => String(Number(d) + 1)) : c })),
}));

const TASKS = [
  { task: "matchRepeats", input: { items } },
  { task: "rankPart", input: { text: DEMO_ARTICLE_TEXT, offset: 0, context: newSpeakerContext(), outlet: "Test Wire", limit: 12 } },
  { task: "normalize", input: { text: "  Line one\r\n\r\n\r\nLine\u00a0two  " } },
  // The one task that reads files through linkedom, Readability and html-to-text: packages the bundle imports.
  {
    task: "extract",
    input: {
      name: "story.html",
      type: "text/html",
      bytes: new TextEncoder().encode(
        `<html><head><title>Fifty countries</title></head><body><article><h1>Fifty countries</h1><p>${DEMO_ARTICLE_TEXT.slice(0, 1200)}</p></article></body></html>`,
      ),
    },
  },
  {
    task: "extract",
    input: { name: "story.md", type: "text/markdown", bytes: new TextEncoder().encode(`# Fifty countries\n\n${DEMO_ARTICLE_TEXT.slice(0, 600)}`) },
  },
  { task: "extract", input: { name: "empty.txt", type: "text/plain", bytes: new Uint8Array(0) } },
  { task: "reanchorAll", input: { text: DEMO_ARTICLE_TEXT, anchors: [{ quote: sentences[2], prefix: "", suffix: "", start: 0, end: sentences[2].length }] } },
];

describe("the intake worker bundled with a build", () => {
  it.each(TASKS)(
    "answers $task as the sources do",
    async ({ task, input }) => {
      const [bundled, sourced] = await Promise.all([fromBundle.run({ task, input }), fromSources.run({ task, input })]);
      expect(bundled).toEqual(sourced);
    },
    60_000,
  );

  it("matches repeats (the answer compared above is not empty)", async () => {
    const matched = (await fromBundle.run({ task: "matchRepeats", input: { items } })) as { id: string }[][];
    // Each quote repeats itself at least: its own sentence is among the candidates.
    matched.forEach((found, i) => expect(found.map((m) => m.id)).toContain(String(sentences.indexOf(items[i].quote))));
  }, 60_000);

  it.each(["nothing", "constructor", "toString", "hasOwnProperty"])("refuses %s, which is no task, as the sources do", async (task) => {
    await expect(fromBundle.run({ task, input: {} })).rejects.toThrow(`Unknown intake task "${task}"`);
    await expect(fromSources.run({ task, input: {} })).rejects.toThrow(`Unknown intake task "${task}"`);
  });

  it("holds all of lib/ itself: it imports only packages and Node's modules", () => {
    const text = fs.readFileSync(bundle, "utf8");
    const specifiers = [...text.matchAll(/^import\s+(?:[^"']*?\s+from\s+)?["']([^"']+)["']/gm)].map((m) => m[1]);
    expect(specifiers.length).toBeGreaterThan(0);
    for (const s of specifiers) expect(s, s).not.toMatch(/^[./]|\.ts$/);
    expect(text).not.toMatch(/from\s+["']tsx/);
  });
});

describe("which file the intake threads run", () => {
  const global = globalThis as Record<string, unknown>;
  const key = INTAKE_WORKER_BUNDLE as unknown as string;

  it("is the sources' entry, unless the server names its build's bundle", () => {
    expect(intakeWorkerFile()).toBe(path.join(process.cwd(), "lib", "intake", "worker.mjs"));
    global[key] = bundle;
    try {
      expect(intakeWorkerFile()).toBe(bundle);
    } finally {
      delete global[key];
    }
  });

  it("is the bundle when the served build has one (scripts/serve.mjs), else the sources", () => {
    try {
      expect(nameIntakeBundle(root, distDir)).toBe(bundle);
      expect(intakeWorkerFile()).toBe(bundle);
      // A build made by `next build` alone has none: the threads compile the sources.
      expect(nameIntakeBundle(root, path.join("node_modules", ".cache", "no-such-build"))).toBeNull();
      expect(intakeWorkerFile()).toBe(path.join(process.cwd(), "lib", "intake", "worker.mjs"));
    } finally {
      delete global[key];
    }
  });
});

describe("the bundle's parsers of files", () => {
  it("are imported when a file is read, not when the thread starts: a thread that only matches never holds them", () => {
    const text = fs.readFileSync(bundle, "utf8");
    for (const name of ["@mozilla/readability", "html-to-text", "linkedom", "remark", "remark-gfm", "strip-markdown"]) {
      expect(text, name).not.toMatch(new RegExp(`^import[^;]*from "${name}";`, "m"));
      expect(text, name).toContain(`import("${name}")`);
    }
    // What the thread loads at start is the rest: compromise and the like.
    expect(text).toMatch(/^import[^;]*from "compromise";/m);
  });
});

describe("the bundler", () => {
  it("is not loaded by a start whose build is up to date: esbuild is required when a build is bundled", () => {
    const script = `import { createRequire } from "node:module";
      await import(${JSON.stringify(path.join(root, "scripts", "prepare.mjs"))});
      const loaded = Object.keys(createRequire(import.meta.url).cache).filter((k) => k.includes("/node_modules/esbuild/"));
      console.log(JSON.stringify(loaded));`;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" });
    expect(JSON.parse(out.trim().split("\n").pop()!)).toEqual([]);
  });
});
