// Comfort: keyboard shortcuts on the desk, the dark theme (system setting), and phone-sized screens.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page, type Request } from "@playwright/test";
import { db } from "../../lib/db";
import { createClaim } from "../../lib/claims/mutations";
import { importArticle } from "../../lib/intake/mutations";
import { actorByEmail, publishedClaimOnDemo } from "./factories";
import { expectLive, screenshotPath, selectInArticle, settled, signIn, USERS } from "./helpers";

async function twoClaims() {
  const rita = await actorByEmail(USERS.rita);
  const text = "The port handled 3.1 million containers in 2025. Its new terminal cost 400 million euros.";
  const article = await importArticle({ actor: rita, input: { title: "Shortcut test article", outlet: "Desk test", text } });
  const make = async (quote: string) => {
    const start = text.indexOf(quote);
    return createClaim({
      actor: rita,
      input: { articleId: article.id, quote, start, end: start + quote.length, claimant: "The port", claimantType: "ORGANIZATION" },
    });
  };
  return { article, first: await make("3.1 million containers in 2025"), second: await make("400 million euros") };
}

test("desk shortcuts: ? lists them, / focuses search, j/k move between claims, a assigns to me — never while typing", async ({ browser }) => {
  const { article, first, second } = await twoClaims();
  const context = await browser.newContext();
  await signIn(context, USERS.rita);
  const page = await context.newPage();
  await page.goto(`/desk?article=${article.id}&sort=created`);
  const links = page.locator("a[data-claim-link]");
  await expect(links).toHaveCount(2);
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")));

  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  await expect(help).toContainText("Assign the open claim to me");
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();

  await page.keyboard.press("/");
  await expect(page.locator("#desk-q")).toBeFocused();
  await page.keyboard.type("j");
  await expect(page.locator("#desk-q")).toHaveValue("j"); // typing, not a shortcut
  await page.locator("#desk-q").fill("");
  await page.locator("#desk-q").blur();

  await page.keyboard.press("j");
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press("j");
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press("k");
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${hrefs[0]}$`));

  // a: assign the open claim to me.
  await expectLive(page);
  await page.keyboard.press("a");
  // The assignment is a server action and a fresh render: on a busy two-core machine more than the usual 5 s.
  await expect(page.getByText("assignee: Rita Reviewer")).toBeVisible({ timeout: 20_000 });
  const firstId = hrefs[0]!.split("/").pop();
  expect((await db.claim.findUniqueOrThrow({ where: { id: firstId } })).assigneeId).toBe((await actorByEmail(USERS.rita)).id);

  // Typing in a comment is typing.
  const comment = page.getByRole("textbox", { name: "Comment" });
  await comment.click();
  await page.keyboard.type("jk");
  await expect(comment).toHaveValue("jk");
  await expect(page).toHaveURL(new RegExp(`${hrefs[0]}$`));
  await comment.fill("");
  await comment.blur();

  // j on a claim page: the next claim of the list it was opened from.
  await page.keyboard.press("j");
  await expect(page).toHaveURL(new RegExp(`${hrefs[1]}$`));
  await page.keyboard.press("j");
  await expect(page.getByTestId("shortcut-notice")).toHaveText("That was the last claim in the list.");
  expect([first.id, second.id].sort()).toEqual(hrefs.map((h) => h!.split("/").pop()).sort());
  await context.close();
});

async function noSidewaysScroll(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("domcontentloaded");
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth }));
  expect(scroll, `${path} scrolls sideways on a phone (${scroll}px wide in ${width}px)`).toBeLessThanOrEqual(width + 1);
}

test("desk links ask the server for their page when a person reaches for them, not whenever they are on screen", async ({ browser }) => {
  const { article } = await twoClaims();
  const context = await browser.newContext();
  await signIn(context, USERS.rita);
  const page = await context.newPage();
  // Prefetch requests for desk pages (each one a server render of the desk's layout). A prefetch may
  // take more than one request (the route's tree, then its data), each with a segment header of its own.
  const prefetched: { path: string; request: string }[] = [];
  const isPrefetch = (request: Request) => !!request.headers()["next-router-prefetch"] && new URL(request.url()).pathname.startsWith("/desk");
  page.on("request", (request) => {
    if (!isPrefetch(request)) return;
    const path = new URL(request.url()).pathname;
    prefetched.push({ path, request: `${path} ${request.headers()["next-router-segment-prefetch"] ?? ""}` });
  });
  await page.goto(`/desk?article=${article.id}&sort=created`);
  await settled(page);
  const claimLink = page.locator("a[data-claim-link]").first();
  const claimPath = (await claimLink.getAttribute("href"))!;
  // Reached for with the pointer, then with the keyboard: each asks for its own page.
  const asked = (path: string) => page.waitForRequest((r) => isPrefetch(r) && new URL(r.url()).pathname === path);
  const myWork = page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "My work" });
  await Promise.all([asked("/desk/my-work"), myWork.hover()]);
  await Promise.all([asked(claimPath), claimLink.focus()]);
  // The page opens; the desk's menu stays on screen through the navigation and a server action's refresh.
  await claimLink.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${claimPath}$`));
  await expectLive(page);
  await page.getByRole("button", { name: "Assign to me" }).click();
  await expect(page.getByText("assignee: Rita Reviewer")).toBeVisible();
  await settled(page);
  // Only the two pages reached for were asked for, and none of their requests twice: not again because
  // of the navigation or the refresh.
  expect([...new Set(prefetched.map((p) => p.path))]).toEqual(["/desk/my-work", claimPath]);
  const requests = prefetched.map((p) => p.request);
  expect(requests).toEqual([...new Set(requests)]);
  await context.close();
});

test("text selected before the page's script has started is offered as a new claim once it starts", async ({ browser }) => {
  const { article } = await twoClaims();
  const context = await browser.newContext();
  await signIn(context, USERS.rita);
  const page = await context.newPage();
  // A slow connection: the page's scripts arrive only after the reader has selected.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/**/*.js", async (route) => {
    await held;
    await route.continue();
  });
  // (A page waiting for its scripts never reaches DOMContentLoaded: the text is there once it is served.)
  await page.goto(`/desk/articles/${article.id}`, { waitUntil: "commit" });
  await selectInArticle(page, "Its new terminal cost");
  expect(await page.evaluate(() => (window as unknown as { next?: unknown }).next)).toBeUndefined();
  release();
  await page.getByRole("button", { name: "New claim" }).click();
  await expect(page.getByTestId("selected-quote")).toContainText("Its new terminal cost");
  await context.close();
});

test("on a phone, desk and public pages fit the screen width", async ({ browser }) => {
  const published = await publishedClaimOnDemo("which increases the threat to Ukraine, as well as to European security");
  const { first } = await twoClaims();
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await signIn(context, USERS.editor);
  const page = await context.newPage();
  for (const path of [
    "/desk",
    "/desk/my-work",
    "/desk/inbox",
    `/desk/claims/${first.id}`,
    `/desk/claims/${published.id}`,
    "/desk/dashboard",
    "/desk/search?q=putin",
    "/claims",
    `/claims/${published.slug}`,
  ]) {
    await noSidewaysScroll(page, path);
  }
  await page.goto(`/desk/claims/${first.id}`);
  await page.screenshot({ path: screenshotPath("phone-claim.png") });
  await context.close();
});

test("the dark theme follows the system setting and keeps its contrast", async ({ browser }) => {
  const published = await publishedClaimOnDemo("seeking to form an alliance with pariah nations");
  const context = await browser.newContext({ colorScheme: "dark" });
  await signIn(context, USERS.editor);
  const page = await context.newPage();
  for (const path of ["/desk", `/desk/claims/${published.id}`, `/claims/${published.slug}`, "/desk/dashboard"]) {
    await page.goto(path);
    await page.waitForLoadState("domcontentloaded");
    // The page itself is dark…
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const [r, g, b] = (background.match(/[\d.]+/g) ?? []).map(Number);
    expect(r + g + b, `${path} background ${background}`).toBeLessThan(150);
    // …and every text still reads (axe's WCAG AA contrast rule).
    const results = await new AxeBuilder({ page }).withRules(["color-contrast"]).analyze();
    const bad = results.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary}`));
    expect(bad, `contrast in the dark on ${path}`).toEqual([]);
  }
  await page.goto(`/desk/claims/${published.id}`);
  await page.screenshot({ path: screenshotPath("dark-claim.png") });
  await context.close();
});
