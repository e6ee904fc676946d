import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { db } from "../../lib/db";
import { anchorQuote } from "../../lib/articles/anchor";
import { createClaim, transitionClaim } from "../../lib/claims/mutations";
import { saveVerdictDraft } from "../../lib/verdicts/mutations";
import { actorByEmail } from "./factories";
import { expectLive, screenshotPath, signIn, USERS } from "./helpers";

// On SQLite both people use the one server. In the PostgreSQL suite (`npm run test:e2e:pg`) two
// instances run on one database: the editor works on the first, the fact-checker watches on the second.
const A = `http://127.0.0.1:${process.env.E2E_PORT || "3100"}`;
const twoInstances = !!process.env.E2E_SECOND_PORT && /^postgres/.test(process.env.DATABASE_URL ?? "");
const B = twoInstances ? `http://127.0.0.1:${process.env.E2E_SECOND_PORT}` : A;

/** How soon a change made by one person must show on another's open page. */
const LIVE_BOUND_MS = 5_000;

async function waitForInstance(request: APIRequestContext, base: string) {
  await expect.poll(async () => (await request.get(`${base}/api/health`).catch(() => null))?.status(), { timeout: 120_000 }).toBe(200);
}

async function claimInResearch(quote: string) {
  const ravi = await actorByEmail(USERS.ravi);
  const article = await db.article.findFirstOrThrow({ where: { isDemo: true } });
  const anchor = anchorQuote(article.text, quote);
  let claim = await createClaim({
    actor: ravi,
    input: { articleId: article.id, quote: anchor.quote, start: anchor.start, end: anchor.end, claimant: "Michael Carpenter", claimantType: "PERSON" },
  });
  claim = await transitionClaim({ actor: ravi, input: { claimId: claim.id, version: claim.version, action: "triage" } });
  await saveVerdictDraft({
    actor: ravi,
    input: {
      claimId: claim.id,
      version: 0,
      rating: "MIXED",
      summary: "A first draft of the summary.",
      rationale: "A first draft of the rationale, long enough to be saved.",
    },
  });
  return claim;
}

async function openAs(browser: Browser, email: string, url: string) {
  const context = await browser.newContext();
  await signIn(context, email);
  const page = await context.newPage();
  await page.goto(url);
  await expectLive(page);
  return { context, page, verdict: page.getByRole("form", { name: "Verdict" }) };
}

test.beforeAll(async ({ request }) => {
  await waitForInstance(request, A);
  await waitForInstance(request, B);
});

test("someone else's change reaches an open claim page without a reload, and a verdict draft survives it", async ({ browser }) => {
  const claim = await claimInResearch("to some extent, China");
  const rita = await openAs(browser, USERS.rita, `${B}/desk/claims/${claim.id}`);
  // Marks this document: a reload would lose it.
  await rita.page.evaluate(() => ((window as unknown as { liveMarker: string }).liveMarker = "same document"));
  await rita.verdict.getByLabel("Rationale").fill("Rita's unsaved rationale: the ministry's own list names 54 countries, not 50.");

  const eli = await openAs(browser, USERS.editor, `${A}/desk/claims/${claim.id}`);
  // Each sees the other; Eli sees that Rita is editing the verdict.
  await expect(eli.page.getByTestId("presence")).toHaveText("Also here: Rita Reviewer (editing the verdict).", { timeout: LIVE_BOUND_MS });
  await expect(rita.page.getByTestId("presence")).toHaveText("Also here: Eli Editor.", { timeout: LIVE_BOUND_MS });

  // 1. A comment.
  await eli.page.getByRole("textbox", { name: "Comment" }).fill("Eli's live comment: check the ministry list.");
  await eli.page.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(rita.page.getByTestId("comments")).toContainText("Eli's live comment: check the ministry list.", { timeout: LIVE_BOUND_MS });
  await expect(rita.page.getByTestId("live-notices")).toContainText("Eli Editor commented");

  // 2. The verdict itself: Rita's draft is kept, and she is shown what Eli changed.
  await eli.verdict.getByLabel("One-line summary").fill("Eli's summary, saved while Rita was editing.");
  await eli.verdict.getByRole("button", { name: "Save verdict" }).click();
  await expect(eli.page.getByText("Verdict draft saved.")).toBeVisible();
  const conflict = rita.page.getByTestId("verdict-conflict");
  await expect(conflict).toContainText("Eli Editor saved the verdict while you were editing it", { timeout: LIVE_BOUND_MS });
  // Word by word: what Eli removed from the summary, what he added (the rationale he did not touch).
  await expect(conflict.locator("dt")).toHaveText(["One-line summary"]);
  expect((await conflict.locator("del").allTextContents()).join("|")).toMatch(/A first draft of the/);
  expect((await conflict.locator("ins").allTextContents()).join("|")).toMatch(/Eli's.*saved while Rita was editing/);
  await expect(rita.verdict.getByLabel("Rationale")).toHaveValue("Rita's unsaved rationale: the ministry's own list names 54 countries, not 50.");
  expect(await rita.page.evaluate(() => (window as unknown as { liveMarker?: string }).liveMarker)).toBe("same document");
  await conflict.scrollIntoViewIfNeeded();
  await rita.page.screenshot({ path: screenshotPath("live-conflict.png") });

  // Rita keeps her draft and saves it deliberately over Eli's.
  await conflict.getByRole("button", { name: /Keep my draft/ }).click();
  await expect(conflict).toHaveCount(0);
  await rita.verdict.getByRole("button", { name: "Save verdict" }).click();
  await expect(rita.page.getByText("Verdict draft saved.")).toBeVisible();
  const saved = await db.verdict.findUniqueOrThrow({ where: { claimId: claim.id } });
  expect(saved.rationale).toBe("Rita's unsaved rationale: the ministry's own list names 54 countries, not 50.");
  expect(saved.summary).toBe("A first draft of the summary.");
  // Eli had nothing unsaved: his form simply shows Rita's text.
  await expect(eli.verdict.getByLabel("Rationale")).toHaveValue(saved.rationale, { timeout: LIVE_BOUND_MS });
  await expect(eli.page.getByTestId("verdict-conflict")).toHaveCount(0);

  // Eli leaves: Rita sees she is alone.
  await eli.context.close();
  await expect(rita.page.getByTestId("presence")).toHaveText("Nobody else has this claim open.", { timeout: LIVE_BOUND_MS });
  await rita.context.close();
});

test("a verdict draft left unsaved is still there after a reload", async ({ browser }) => {
  const claim = await claimInResearch("assemble a coalition with other countries");
  const rita = await openAs(browser, USERS.rita, `${A}/desk/claims/${claim.id}`);
  await rita.verdict.getByLabel("One-line summary").fill("Typed, never saved, then the tab reloaded.");
  await rita.page.reload();
  await expect(rita.verdict.getByLabel("One-line summary")).toHaveValue("Typed, never saved, then the tab reloaded.");
  await expect(rita.page.getByText("Your unsaved draft from this browser was restored.")).toBeVisible();
  await rita.page.getByRole("button", { name: "Discard it" }).click();
  await expect(rita.verdict.getByLabel("One-line summary")).toHaveValue("A first draft of the summary.");
  await rita.page.reload();
  await expect(rita.verdict.getByLabel("One-line summary")).toHaveValue("A first draft of the summary.");
  await rita.context.close();
});
