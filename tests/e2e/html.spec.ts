import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signIn, USERS } from "./helpers";
import { cast, claimAt, linkedPair } from "./matrix-fixtures";
import { addComment } from "../../lib/claims/mutations";
import { pageRoutes } from "./routes";

/**
 * Every page type's HTML as the server sends it (the streamed parts included, before any script
 * moves them), checked by the Nu Html Checker (vnu-jar, run with the machine's Java) in one batch.
 * Errors fail; warnings (advice such as "consider adding a heading") do not.
 */

const VNU = path.join(process.cwd(), "node_modules/vnu-jar/build/dist/vnu.jar");

type Message = { type: string; subType?: string; url: string; message: string; extract?: string; lastLine?: number };

async function vnu(files: string[]): Promise<Message[]> {
  const { stderr } = await promisify(execFile)("java", ["-Xss8m", "-jar", VNU, "--format", "json", "--exit-zero-always", ...files], {
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  return (JSON.parse(stderr) as { messages: Message[] }).messages;
}

test("every page type is valid HTML to the Nu Html Checker", async ({ browser }, testInfo) => {
  test.setTimeout(240_000);
  const c = await cast();
  const published = await claimAt(c, "PUBLISHED");
  const withdrawn = await claimAt(c, "UNPUBLISHED");
  const { repeat } = await linkedPair(c);
  // The claim page with history, sources, evidence and a comment, the parts it streams.
  await addComment({ actor: c.editor, input: { claimId: published.id, body: "Checked against the **customs** figures." } });
  const claimant = encodeURIComponent("Matrix claimant");

  const urls: Record<string, string> = {
    "/desk/claims/[id]": `/desk/claims/${published.id}`,
    "/desk/articles/[id]": `/desk/articles/${published.articleId}`,
    "/desk/claimants/[name]": `/desk/claimants/${claimant}`,
    "/desk/tracked/[id]": `/desk/tracked/${repeat.trackedClaimId}`,
    "/desk/search": "/desk/search?q=countries",
    "/claims/[slug]": `/claims/${published.slug}`,
    "/embed/claims/[slug]": `/embed/claims/${published.slug}`,
    // A withdrawn verdict's pages answer 410 at the verdict's own address (scripts/serve.mjs).
    "/withdrawn/[slug]": `/claims/${withdrawn.slug}`,
    "/embed/withdrawn/[slug]": `/embed/claims/${withdrawn.slug}`,
    // The card of an address that is no published verdict's, served there with 404 (scripts/serve.mjs).
    "/embed/missing": "/embed/claims/no-such-verdict",
    "/claims/search": "/claims/search?q=countries",
    "/setup/[token]": "/setup/not-a-valid-token",
  };
  const pages: { url: string; as: "admin" | "anonymous" }[] = pageRoutes().map(({ template }) => {
    if (template.includes("[") && !urls[template]) throw new Error(`html.spec.ts: add a URL for ${template}`);
    return { url: urls[template] ?? template, as: template.startsWith("/desk") ? "admin" : "anonymous" };
  });
  // The pages no page.tsx names: not-found answers, public and desk, and the sign-in page signed in.
  pages.push(
    { url: "/no-such-page", as: "anonymous" },
    { url: "/claims/no-such-verdict", as: "anonymous" },
    { url: "/desk/claims/no-such-claim", as: "admin" },
  );

  const contexts: Record<"admin" | "anonymous", APIRequestContext> = {
    anonymous: (await browser.newContext()).request,
    admin: await (async () => {
      const context = await browser.newContext();
      await signIn(context, USERS.admin);
      return context.request;
    })(),
  };
  const dir = testInfo.outputPath("html");
  fs.mkdirSync(dir, { recursive: true });
  const fileOf = new Map<string, string>();
  for (const [i, page] of pages.entries()) {
    const response = await contexts[page.as].get(page.url, { maxRedirects: 0 });
    expect([200, 404, 410], `${page.url} as ${page.as}`).toContain(response.status());
    expect(response.headers()["content-type"], page.url).toContain("text/html");
    const html = await response.text();
    if (page.as === "anonymous" && !page.url.startsWith("/setup/")) {
      // Every public page, the not-found answers included, says what it is and where it lives (a
      // first-admin setup link is one person's, never shared).
      for (const property of ["og:type", "og:url"]) {
        expect(html.match(new RegExp(`<meta property="${property}" content="[^"]+"`, "g")) ?? [], `${property} on ${page.url}`).toHaveLength(1);
      }
    }
    const file = path.join(dir, `${i}.html`);
    fs.writeFileSync(file, html);
    fileOf.set(`file:${file}`, `${page.url} (${page.as}, ${response.status()})`);
  }

  // A page known to be invalid (a list item straight inside a div) goes through the same run: the
  // checker must flag it, or a silent checker would pass everything.
  const canary = path.join(dir, "canary.html");
  fs.writeFileSync(canary, '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><div><li>item</li></div></body></html>');
  const messages = await vnu([...[...fileOf.keys()].map((f) => f.slice(5)), canary]);
  const isError = (m: Message) => m.type === "error" || m.subType === "fatal";
  expect(messages.filter((m) => isError(m) && m.url === `file:${canary}`).map((m) => m.message)).toContainEqual(expect.stringContaining("li"));
  const errors = messages.filter((m) => isError(m) && m.url !== `file:${canary}`);
  testInfo.annotations.push({ type: "vnu", description: `${fileOf.size} pages, ${messages.filter((m) => m.type === "info").length} warnings` });
  const report = errors.map((m) => `${fileOf.get(m.url) ?? m.url} line ${m.lastLine}: ${m.message} — ${m.extract?.trim() ?? ""}`);
  expect(report, `${pages.length} pages checked`).toEqual([]);
  expect(fileOf.size).toBeGreaterThanOrEqual(pageRoutes().length);
});
