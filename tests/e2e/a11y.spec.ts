// Accessibility: every page, signed out and signed in, scanned with axe for WCAG 2.1 A/AA problems.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { db } from "../../lib/db";
import { linkClaims } from "../../lib/tracking/mutations";
import { actorByEmail } from "./factories";
import { selectInArticle, settled, signIn, USERS } from "./helpers";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const scannedPages = new Set<string>();
let scans = 0;
let seriousTotal = 0;

/** Scan the page as it is now; fail (softly, so every page is reported) on serious or critical violations. */
async function scan(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const url = new URL(page.url());
  scannedPages.add(url.pathname + url.search);
  scans++;
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  seriousTotal += bad.length;
  const report = bad.map((v) => `  [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `      ${n.target.join(" ")}`).join("\n")}`).join("\n");
  if (bad.length > 0) console.log(`axe: ${bad.length} serious/critical violation(s) on ${label}\n${report}`);
  expect
    .soft(
      bad.map((v) => v.id),
      `axe violations on ${label}:\n${report}`,
    )
    .toEqual([]);
}

/** Open a page, wait until it has settled, open every <details>, and scan it. */
async function visit(page: Page, path: string, { status = 200, label = path }: { status?: number; label?: string } = {}) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(status);
  await settled(page);
  await openAllDetails(page);
  await scan(page, label);
}

async function openAllDetails(page: Page) {
  await page.locator("details").evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
}

async function hrefOf(page: Page, path: string, link: ReturnType<Page["locator"]>) {
  await page.goto(path);
  const href = await link.first().getAttribute("href");
  expect(href, `a link on ${path}`).toBeTruthy();
  return href!;
}

async function signedInPage(browser: Browser, email: string) {
  const context = await browser.newContext();
  await signIn(context, email);
  return { context, page: await context.newPage() };
}

/** A published verdict linked from /claims. */
async function publishedSlug(page: Page) {
  await page.goto("/claims");
  const href = await page.getByTestId("verdict-list").locator('a[href^="/claims/"]').first().getAttribute("href");
  expect(href, "a verdict linked from /claims").toBeTruthy();
  return href!.replace("/claims/", "");
}

/** A tracked claim to show: the first one there is, or two demo claims linked as one. */
async function trackedClaimId() {
  const existing = await db.trackedClaim.findFirst({ select: { id: true } });
  if (existing) return existing.id;
  const editor = await actorByEmail(USERS.editor);
  const [claim, target] = await Promise.all(
    ["these include nitrocellulose for manufacturing gunpowder", "China, which, while not providing Russia with weapons"].map((q) =>
      db.claim.findFirstOrThrow({ where: { isDemo: true, quote: { startsWith: q } } }),
    ),
  );
  return (await linkClaims({ actor: editor, input: { claimId: claim.id, version: claim.version, targetClaimId: target.id } })).trackedClaimId;
}

test.afterAll(() => {
  console.log(`axe: ${scannedPages.size} pages scanned (${scans} scans with the opened forms), ${seriousTotal} serious/critical`);
});

test("public pages, signed out", async ({ page }) => {
  test.setTimeout(180_000);
  const slug = await publishedSlug(page);
  const verdict = `/claims/${slug}`;

  await visit(page, "/");
  await visit(page, "/claims");
  await visit(page, verdict, { label: `${verdict} (published verdict)` });
  await visit(page, "/claims/search?q=putin");
  await visit(page, "/methodology");
  await visit(page, "/tips");
  await visit(page, "/signin");
  await visit(page, `/embed/claims/${slug}`, { label: `/embed/claims/${slug} (embed card)` });
  await visit(page, "/claims/does-not-exist", { status: 404, label: "/claims/does-not-exist (404)" });

  // The sign-in form showing its field errors.
  await page.goto("/signin");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("error-email")).toBeVisible();
  await scan(page, "/signin (with field errors)");
});

test("desk pages, signed in as an editor", async ({ browser }) => {
  test.setTimeout(300_000);
  const { context, page } = await signedInPage(browser, USERS.editor);
  const claimLink = page.getByTestId("queue").locator('a[href^="/desk/claims/"]');
  const article = await hrefOf(page, "/desk/articles", page.getByRole("link", { name: /Putin’s North Korea visit/ }));
  const newClaim = await hrefOf(page, "/desk?status=NEW", claimLink);
  const researching = await hrefOf(page, "/desk?status=RESEARCHING", page.getByRole("link", { name: /relations between the two countries/ }));
  const inReview = await hrefOf(page, "/desk?status=IN_REVIEW", claimLink);
  const claimant = await hrefOf(page, "/desk/claimants", page.locator('main a[href^="/desk/claimants/"]'));
  const tracked = await trackedClaimId();

  await visit(page, "/desk");
  await visit(page, "/desk?status=RESEARCHING");
  await visit(page, "/desk/articles");
  await visit(page, article, { label: `${article} (demo article)` });
  await visit(page, "/desk/articles/new");
  await visit(page, newClaim, { label: `${newClaim} (NEW claim)` });
  await visit(page, researching, { label: `${researching} (RESEARCHING claim with sources)` });
  await expect(page.getByTestId("sources").getByRole("link").first()).toBeVisible();
  await visit(page, inReview, { label: `${inReview} (IN_REVIEW claim)` });
  await visit(page, "/desk/search?q=coalition");
  await visit(page, "/desk/claimants");
  await visit(page, "/desk/tips");
  await visit(page, "/desk/my-work");
  await visit(page, "/desk/inbox");
  await page.goto(claimant);
  await expect(page.locator(".recharts-surface")).toBeVisible();
  await scan(page, `${claimant} (claimant)`);
  await visit(page, `/desk/tracked/${tracked}`, { label: `/desk/tracked/${tracked} (tracked claim)` });

  // States only reached by acting on a page: the new-claim form with an error, an armed confirmation.
  await page.goto(article);
  await selectInArticle(page, "signifies Russia’s desire to assemble a coalition");
  await page.getByRole("button", { name: "New claim" }).click();
  await page.getByRole("button", { name: "Create claim" }).click();
  await expect(page.getByTestId("error-claimant")).toBeVisible();
  await scan(page, `${article} (new-claim form with an error)`);

  await page.goto(inReview);
  await page.getByRole("button", { name: "Send back" }).click();
  await expect(page.getByRole("form", { name: "Send back" })).toBeVisible();
  await openAllDetails(page);
  await scan(page, `${inReview} (send-back confirmation open)`);
  await context.close();
});

test("user administration, signed in as the admin", async ({ browser }) => {
  const { context, page } = await signedInPage(browser, USERS.admin);
  await visit(page, "/desk/admin/users");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("error-email")).toBeVisible();
  await scan(page, "/desk/admin/users (with field errors)");
  await visit(page, "/desk/admin/settings");
  await context.close();
});
