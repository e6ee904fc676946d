import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { db } from "../../lib/db";
import { transitionClaim } from "../../lib/claims/mutations";
import { saveVerdictDraft } from "../../lib/verdicts/mutations";
import { anchorQuote } from "../../lib/articles/anchor";
import { createClaim } from "../../lib/claims/mutations";
import { actorByEmail, publishedClaimOnDemo } from "./factories";
import { signIn, USERS } from "./helpers";

// Two production servers on different ports, one PostgreSQL database, each with its own copy of the
// build and so its own page cache (scripts/e2e-server.mjs with E2E_SECOND_PORT; `npm run test:e2e:pg`).
const secondPort = process.env.E2E_SECOND_PORT;
const A = `http://127.0.0.1:${process.env.E2E_PORT || "3100"}`;
const B = `http://127.0.0.1:${secondPort}`;

/** The time a change made on one instance may take to show on another (NOTIFY → local revalidation): how long the test waits for it. */
const VISIBILITY_BOUND_MS = 5_000;

test.skip(!secondPort || !/^postgres/.test(process.env.DATABASE_URL ?? ""), "runs in the PostgreSQL end-to-end suite, with two instances");

async function waitForInstance(request: APIRequestContext, base: string) {
  await expect.poll(async () => (await request.get(`${base}/api/health`).catch(() => null))?.status(), { timeout: 120_000 }).toBe(200);
}

/** Whether `url` answers as `check` wants, now (for expect.poll: the wait ends when it does). */
async function answers(page: Page, url: string, check: (status: number, html: string) => boolean): Promise<boolean> {
  const response = await page.request.get(url, { maxRedirects: 0 });
  return check(response.status(), await response.text());
}

test.beforeAll(async ({ request }) => {
  await waitForInstance(request, A);
  await waitForInstance(request, B);
});

test("a session made on one instance works on the other", async ({ browser }) => {
  const context = await browser.newContext();
  await signIn(context, USERS.rita); // through instance A
  const page = await context.newPage();
  await page.goto(`${B}/desk`);
  await expect(page).toHaveURL(`${B}/desk`);
  await expect(page.getByRole("heading", { name: "Claim queue" })).toBeVisible();
  await context.close();
});

test("two people saving the same verdict on different instances: the second is refused, nothing is lost", async ({ browser }) => {
  const rita = await actorByEmail(USERS.rita);
  const article = await db.article.findFirstOrThrow({ where: { isDemo: true } });
  const anchor = anchorQuote(article.text, "machine tools for the Russian military-industrial complex");
  let claim = await createClaim({
    actor: rita,
    input: { articleId: article.id, quote: anchor.quote, start: anchor.start, end: anchor.end, claimant: "Michael Carpenter", claimantType: "PERSON" },
  });
  claim = await transitionClaim({ actor: rita, input: { claimId: claim.id, version: claim.version, action: "triage" } });
  await saveVerdictDraft({
    actor: rita,
    input: { claimId: claim.id, version: 0, rating: "MIXED", summary: "First draft.", rationale: "A first draft of the rationale, long enough to be saved." },
  });

  const open = async (email: string, base: string) => {
    const context = await browser.newContext();
    await signIn(context, email);
    const page = await context.newPage();
    await page.goto(`${base}/desk/claims/${claim.id}`);
    return { context, form: page.getByRole("form", { name: "Verdict" }), page };
  };
  const onA = await open(USERS.rita, A);
  const onB = await open(USERS.ravi, B);

  await onA.form.getByLabel("One-line summary").fill("Saved through instance A.");
  await onB.form.getByLabel("One-line summary").fill("Saved through instance B.");
  await onA.form.getByRole("button", { name: "Save verdict" }).click();
  await expect(onA.page.getByText("Verdict draft saved.")).toBeVisible();
  await onB.form.getByRole("button", { name: "Save verdict" }).click();
  await expect(onB.page.getByText(/Someone else changed this verdict after you opened it/)).toBeVisible();
  // B's text is still in B's form, and A's save stands.
  await expect(onB.form.getByLabel("One-line summary")).toHaveValue("Saved through instance B.");
  expect((await db.verdict.findUniqueOrThrow({ where: { claimId: claim.id } })).summary).toBe("Saved through instance A.");
  await Promise.all([onA.context.close(), onB.context.close()]);
});

test(`a correction and an unpublication made on one instance reach the other's cached pages within ${VISIBILITY_BOUND_MS / 1000} s`, async ({ browser }) => {
  const claim = await publishedClaimOnDemo("The two leaders signed a strategic partnership treaty");
  const reader = await (await browser.newContext()).newPage();
  const onB = `${B}/claims/${claim.slug}`;
  // B renders the page and caches it.
  expect((await reader.request.get(onB)).status()).toBe(200);
  const cached = await reader.request.get(onB);
  expect(cached.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(await cached.text()).not.toContain("Corrected on");
  // B builds its sitemap and keeps it (lib/publishing/sitemap.ts): only A's announcement can clear it.
  const sitemapOnB = `${B}/sitemaps/0.xml`;
  expect((await reader.request.get(sitemapOnB)).status()).toBe(200);

  const editor = await browser.newContext();
  await signIn(editor, USERS.editor);
  const desk = await editor.newPage();
  await desk.goto(`${A}/desk/claims/${claim.id}`);
  await desk.getByRole("button", { name: "Correct the published verdict" }).click();
  const form = desk.getByRole("form", { name: "Correction" });
  await form.getByLabel("Rating").selectOption("TRUE");
  await form.getByLabel("One-line summary").fill("Both leaders signed the treaty in Pyongyang on 19 June.");
  await form.getByLabel("Correction note (shown to readers)").fill("Corrected through instance A while B held the page in its cache.");
  await form.getByRole("button", { name: "Publish correction" }).click();
  await expect(desk.getByText("Correction published.")).toBeVisible();
  await expect
    .poll(() => answers(reader, onB, (status, html) => status === 200 && html.includes("Corrected through instance A")), { timeout: VISIBILITY_BOUND_MS })
    .toBe(true);
  await expect
    .poll(() => answers(reader, sitemapOnB, (status, xml) => status === 200 && xml.includes(`/claims/${claim.slug}<`)), { timeout: VISIBILITY_BOUND_MS })
    .toBe(true);

  await desk.goto(`${A}/desk/claims/${claim.id}`);
  await desk.getByRole("button", { name: "Unpublish" }).click();
  const unpublish = desk.getByRole("form", { name: "Unpublish" });
  await unpublish.getByLabel(/Reason for unpublishing/).fill("Withdrawn through instance A.");
  await unpublish.getByRole("button", { name: "Confirm: unpublish" }).click();
  await expect(desk.getByTestId("status-badge").first()).toHaveText("Unpublished");
  await expect.poll(() => answers(reader, onB, (status) => status === 410), { timeout: VISIBILITY_BOUND_MS + 1_000 }).toBe(true);
  await expect
    .poll(() => answers(reader, `${B}/claims`, (status, html) => status === 200 && !html.includes(`/claims/${claim.slug}`)), { timeout: VISIBILITY_BOUND_MS })
    .toBe(true);
  await expect
    .poll(() => answers(reader, sitemapOnB, (status, xml) => status === 200 && !xml.includes(`/claims/${claim.slug}<`)), { timeout: VISIBILITY_BOUND_MS })
    .toBe(true);
  await editor.close();
});
