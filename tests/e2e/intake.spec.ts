import { expect, test } from "@playwright/test";
import { signIn, USERS } from "./helpers";

const SECOND_ARTICLE = [
  "Defence ministers met in Brussels on Thursday to discuss new deliveries.",
  "“The coalition of 50 countries in the Ukraine Defense Contact Group is united,” US Defense Secretary Lloyd Austin said.",
  "The group also discussed ammunition production in Europe.",
].join("\n");

test("a reviewer imports a repeat of the 50-country claim, accepts it, links it to the tracked claim and finds both", async ({ browser }) => {
  const context = await browser.newContext();
  await signIn(context, USERS.ravi);
  const page = await context.newPage();

  // Import: a bad submission keeps what was typed and says what is missing.
  await page.goto("/desk/articles/new");
  const form = page.getByRole("form", { name: "Import article" });
  await form.getByLabel("Title").fill("Allies pledge more air defence for Ukraine");
  await form.getByRole("button", { name: "Import article" }).click();
  await expect(form.getByTestId("error-outlet")).toContainText("Outlet is required");
  await expect(form.getByTestId("error-text")).toContainText("Paste the text, choose a file, or give the article's URL");
  await expect(form.getByLabel("Title")).toHaveValue("Allies pledge more air defence for Ukraine");
  await form.getByLabel("Outlet").fill("Test Wire");
  await form.getByLabel("URL").fill("https://wire.example/air-defence");
  await form.getByLabel("…or paste the text").fill(SECOND_ARTICLE);
  await form.getByRole("button", { name: "Import article" }).click();
  // Imports are queued and scored off the request thread: a busy machine takes a few seconds.
  await expect(page).toHaveURL(/\/desk\/articles\/(?!new)/, { timeout: 30_000 });

  // The claim is the top suggestion: the quotation without its frame, typed, with its speaker's name
  // (title left out), and marked as already checked with the published verdict's rating.
  const top = page.getByTestId("suggestion").first();
  await expect(top).toContainText("The coalition of 50 countries in the Ukraine Defense Contact Group is united");
  await expect(top.getByTestId("suggestion-type")).toHaveText("Quantity");
  await expect(top.getByTestId("already-checked")).toContainText("Already checked: rated True");
  await expect(top.getByLabel("Claimant")).toHaveValue("Lloyd Austin");
  const articleUrl = page.url();
  await top.getByRole("button", { name: "Accept as claim" }).click();
  // The desk stays on the article: the panel says the claim was made, and the keyboard is on the next suggestion.
  const decided = page.getByTestId("suggestion-decided");
  await expect(decided).toContainText("Claim created: The coalition of 50 countries");
  expect(page.url()).toBe(articleUrl);
  // "… met in Brussels … to discuss new deliveries" is an agenda item: not on the list.
  await expect(page.getByTestId("suggestion").first()).toContainText("The group also discussed ammunition production");
  await expect(page.getByTestId("suggestion")).toHaveCount(1);
  await expect(page.getByTestId("suggestion").first().getByLabel("Claimant")).toBeFocused();
  await decided.getByRole("link", { name: "Open the claim" }).click();
  await expect(page).toHaveURL(/\/desk\/claims\//);
  const repeatUrl = page.url();

  // Factdesk offers the demo article's 50-country claim as a repeat; link them.
  const repeats = page.getByTestId("possible-repeats");
  await expect(repeats).toContainText("the coalition of 50 countries in the Ukraine Defense Contact Group");
  await expect(repeats).toContainText("already checked: rated True");
  await repeats.getByRole("button", { name: "Link as the same claim" }).first().click();
  const tracked = page.getByTestId("tracked-claim");
  await expect(tracked).toContainText("Tracked claim with 2 appearances");
  await tracked.getByRole("link", { name: "see all appearances" }).click();
  await expect(page.getByTestId("appearances").getByRole("row")).toHaveCount(3);
  await expect(page.getByTestId("appearances")).toContainText("Allies pledge more air defence for Ukraine");
  await expect(page.getByTestId("appearances")).toContainText("Putin’s North Korea visit");

  // Search finds both appearances, with the words marked.
  await page.goto(repeatUrl);
  await page.getByLabel("Search the desk").fill("Defense Contact Group");
  await page.getByLabel("Search the desk").press("Enter");
  await expect(page).toHaveURL(/\/desk\/search\?q=Defense/);
  const claims = page.getByTestId("search-results").locator('[data-kind="claim"]');
  await expect(claims).toHaveCount(2);
  await expect(claims.first().locator("mark").first()).toHaveText(/Defense|Contact|Group/);
  // How many matched, and no pager for one page.
  await expect(page.getByText(/^\d+ result\(s\)$/)).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Pages" })).toHaveCount(0);
  // An address past the last page (an old link) still leads back to the results.
  await page.goto(`${new URL(page.url()).pathname}${new URL(page.url()).search}&page=9`);
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Previous" }).click();
  await expect(claims).toHaveCount(2);
  await page.screenshot({ path: "test-results/search.png", fullPage: true });
  await context.close();
});

test("a long article imports with its progress shown while its sentences are scored", async ({ browser }) => {
  // Scoring 200 KB is the work under test, not its speed (bench/ measures that): a busy machine may take minutes.
  test.setTimeout(180_000);
  const context = await browser.newContext();
  await signIn(context, USERS.ravi);
  const page = await context.newPage();
  // About 200 KB: several parts of scoring, each announced to the person waiting.
  const paragraph = (n: number) => `The ministry said ${n} schools were rebuilt in ${2000 + (n % 25)}, more than in any year since records began.`;
  const text = Array.from({ length: 1_800 }, (_, i) => paragraph(i)).join("\n");
  await page.goto("/desk/articles/new");
  const form = page.getByRole("form", { name: "Import article" });
  await form.getByLabel("Title").fill("A very long report");
  await form.getByLabel("Outlet").fill("Test Wire");
  await form.getByLabel("…or paste the text").fill(text);
  await form.getByRole("button", { name: "Import article" }).click();
  // Reading 200 KB before the first part is scored takes a few seconds, longer on a busy machine.
  await expect(form.getByRole("status")).toContainText(/Finding check-worthy sentences… part \d+ of \d+/, { timeout: 30_000 });
  await expect(page).toHaveURL(/\/desk\/articles\/(?!new)/, { timeout: 60_000 });
  await expect(page.getByRole("heading", { name: "A very long report" })).toBeVisible();
  // The panel lists the 20 strongest of the 30 stored.
  await expect(page.getByTestId("suggestion")).toHaveCount(20);
  await context.close();
});

test("a fact-checker imports an article from its address, and the page's own title and site fill the form's gaps", async ({ browser }) => {
  const context = await browser.newContext();
  await signIn(context, USERS.ravi);
  const page = await context.newPage();
  await page.goto("/desk/articles/new");
  const form = page.getByRole("form", { name: "Import article" });
  // A page of this server stands for a news site (the e2e server allows its loopback address).
  const address = new URL("/methodology", page.url()).toString();
  await form.getByLabel("URL").fill(address);
  await form.getByRole("button", { name: "Import article" }).click();
  await expect(page).toHaveURL(/\/desk\/articles\/(?!new)/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Methodology");
  await expect(page.getByTestId("article-text")).toContainText("Corrections policy");
  await context.close();
});

test("a fact-checker finds an earlier verdict by its words and links a repeat by hand", async ({ browser }) => {
  const { db } = await import("../../lib/db");
  const { createClaim } = await import("../../lib/claims/mutations");
  const { actorByEmail } = await import("./factories");
  const ravi = await actorByEmail(USERS.ravi);
  // Worded so that the automatic match does not offer it: the desk links it by hand.
  const text = "Kyiv's backers met again at Ramstein, the American air base in Germany, on Tuesday.";
  const article = await db.article.create({ data: { title: "Ramstein meeting", outlet: "Test Wire", text } });
  const quote = "Kyiv's backers met again at Ramstein";
  const claim = await createClaim({
    actor: ravi,
    input: { articleId: article.id, quote, start: 0, end: quote.length, claimant: "Test Wire", claimantType: "ORGANIZATION" },
  });

  const context = await browser.newContext();
  await signIn(context, USERS.ravi);
  const page = await context.newPage();
  await page.goto(`/desk/claims/${claim.id}`);
  const finder = page.getByTestId("link-by-hand");
  await finder.getByLabel("Find a claim or verdict to link").fill("a");
  await finder.getByRole("button", { name: "Search" }).click();
  await expect(finder).toContainText("Type at least three letters.");
  await finder.getByLabel("Find a claim or verdict to link").fill("Ukraine Defense Contact Group");
  await finder.getByRole("button", { name: "Search" }).click();
  // The published verdict (the first test of this file may have added a new appearance with the same words).
  const candidate = finder.getByTestId("link-candidate").filter({ hasText: "the coalition of 50 countries" }).filter({ hasText: "Published" });
  await expect(candidate).toContainText("rated True");
  await candidate.getByRole("button", { name: "Link as the same claim" }).click();
  // Two appearances, or three when the first test of this file linked its repeat to the same verdict.
  await expect(page.getByTestId("tracked-claim")).toContainText(/Tracked claim with [23] appearances/);
  await expect(page.getByTestId("tracked-claim")).toContainText("the coalition of 50 countries");
  await context.close();
});
