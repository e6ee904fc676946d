import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator } from "@playwright/test";
import { db } from "../../lib/db";
import { createClaim } from "../../lib/claims/mutations";
import { importArticle } from "../../lib/intake/mutations";
import { STATUS_LABEL, STATUS_ORDER } from "../../lib/claims/lifecycle";
import { RATINGS } from "../../lib/verdicts/ratings";
import { actorByEmail } from "./factories";
import { screenshotPath, signIn, USERS } from "./helpers";

const DAY = 86_400_000;
const OPEN = ["NEW", "RESEARCHING", "IN_REVIEW", "APPROVED", "UNPUBLISHED"] as const;

/** The number in a table row, read as the page shows it. */
async function countIn(table: Locator, row: string) {
  const text = await table.locator(`tr[data-row="${row}"] td`).innerText();
  return Number(text.replace(/,/g, ""));
}

test("an editor sees the desk's numbers as charts and as tables", async ({ browser }) => {
  // Two overdue claims on an article of this test's own, so the overdue panel has something to show:
  // one on Ravi's desk, one nobody holds. Everything else is the demo data and what earlier specs made.
  const rita = await actorByEmail(USERS.rita);
  const ravi = await actorByEmail(USERS.ravi);
  const text = "The council said 30 parks were renovated in 2025. The agency said 8 ferries entered service in 2024.";
  const article = await importArticle({ actor: rita, input: { title: "Dashboard test article", outlet: "Desk test", text } });
  const claimOf = async (quote: string) => {
    const start = text.indexOf(quote);
    return createClaim({
      actor: rita,
      input: { articleId: article.id, quote, start, end: start + quote.length, claimant: "The council", claimantType: "ORGANIZATION" },
    });
  };
  const today = new Date(Math.floor(Date.now() / DAY) * DAY);
  const parks = await claimOf("30 parks were renovated in 2025");
  const ferries = await claimOf("8 ferries entered service in 2024");
  await db.claim.update({ where: { id: parks.id }, data: { assigneeId: ravi.id, dueDate: new Date(today.getTime() - 3 * DAY) } });
  await db.claim.update({ where: { id: ferries.id }, data: { dueDate: new Date(today.getTime() - DAY) } });

  // The expected numbers, counted straight from the database the server reads.
  const byStatus = Object.fromEntries(await Promise.all(STATUS_ORDER.map(async (s) => [s, await db.claim.count({ where: { status: s } })] as const)));
  const byRating = Object.fromEntries(
    await Promise.all(RATINGS.map(async (r) => [r.value, await db.verdict.count({ where: { rating: r.value, claim: { status: "PUBLISHED" } } })] as const)),
  );
  const monday = new Date(today.getTime() - ((today.getUTCDay() + 6) % 7) * DAY);
  const windowStart = new Date(monday.getTime() - 11 * 7 * DAY);
  const thisWeek = await db.claim.count({ where: { publishedAt: { gte: monday } } });
  const inWindow = await db.claim.count({ where: { publishedAt: { gte: windowStart } } });
  const overdue = { status: { in: [...OPEN] }, dueDate: { lt: today } };
  const raviOverdue = await db.claim.count({ where: { ...overdue, assigneeId: ravi.id } });
  const unassignedOverdue = await db.claim.count({ where: { ...overdue, assigneeId: null } });
  const totalOverdue = await db.claim.count({ where: overdue });
  expect(byStatus.PUBLISHED).toBeGreaterThan(0);
  expect(thisWeek).toBeGreaterThan(0); // the demo was seeded, and published, when the server started

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await signIn(context, USERS.editor);
  const page = await context.newPage();
  await page.goto("/desk");
  await page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page).toHaveURL(/\/desk\/dashboard$/);
  // The page streams after its frame; on a busy machine that can take longer than the default 5 s.
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible({ timeout: 15_000 });

  // 1. Claims by status: the chart's label and the table say the same numbers, in life-cycle order.
  const funnel = page.getByTestId("dashboard-funnel");
  const funnelTable = funnel.getByTestId("funnel-table");
  for (const s of STATUS_ORDER) expect(await countIn(funnelTable, s), s).toBe(byStatus[s]);
  expect(await countIn(funnelTable, "total")).toBe(await db.claim.count());
  await expect(funnelTable.locator("tbody th")).toHaveText(
    ["NEW", "RESEARCHING", "IN_REVIEW", "APPROVED", "PUBLISHED", "UNPUBLISHED", "DISMISSED", "COVERED"].map(
      (s) => STATUS_LABEL[s as keyof typeof STATUS_LABEL],
    ),
  );
  await expect(funnel.getByTestId("dashboard-chart")).toHaveAttribute(
    "aria-label",
    new RegExp(`^Claims by status: New ${byStatus.NEW}, Researching ${byStatus.RESEARCHING}, `),
  );

  // 2. Published verdicts by rating.
  const ratings = page.getByTestId("dashboard-ratings");
  for (const r of RATINGS) expect(await countIn(ratings.getByTestId("ratings-table"), r.value), r.value).toBe(byRating[r.value]);
  await expect(ratings.getByTestId("dashboard-chart")).toHaveAttribute(
    "aria-label",
    new RegExp(`True ${byRating.TRUE}, Mostly true ${byRating.MOSTLY_TRUE}, `),
  );

  // 3. Claims checked per week: twelve weeks, this one last.
  const weekly = page.getByTestId("weekly-table");
  await expect(weekly.locator("tbody tr")).toHaveCount(12);
  expect(await weekly.locator("tbody tr").last().locator("td").innerText()).toBe(String(thisWeek));
  expect(await countIn(weekly, "total")).toBe(inWindow);
  await expect(page.getByTestId("figure-checked").locator("dd")).toHaveText(String(inWindow));

  // 4. Median time to publish, and what it rests on.
  await expect(page.getByTestId("median-basis")).toHaveText(`Based on ${inWindow} ${inWindow === 1 ? "claim" : "claims"}.`);
  await expect(page.getByTestId("median-time")).not.toBeEmpty();

  // 5. Overdue per assignee.
  const overdueTable = page.getByTestId("overdue-table");
  await expect(overdueTable.getByRole("row", { name: new RegExp(`Ravi Reviewer ${raviOverdue}`) })).toBeVisible();
  expect(await countIn(overdueTable, ravi.id)).toBe(raviOverdue);
  expect(await countIn(overdueTable, "unassigned")).toBe(unassignedOverdue);
  expect(await countIn(overdueTable, "total")).toBe(totalOverdue);
  await expect(page.getByTestId("figure-overdue").locator("dd")).toHaveText(String(totalOverdue));

  // Four charts drawn, and the CSV exports are one click away.
  await expect(page.locator(".recharts-surface")).toHaveCount(4);
  await expect(page.getByRole("link", { name: "claims (CSV)" })).toHaveAttribute("href", "/api/export/claims");
  await expect(page.getByRole("link", { name: "verdicts (CSV)" })).toHaveAttribute("href", "/api/export/verdicts");

  await page.screenshot({ path: screenshotPath("dashboard.png"), fullPage: true });

  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  await context.close();
});

test("a fact-checker has no dashboard: no link, and the page refuses", async ({ browser }) => {
  const context = await browser.newContext();
  await signIn(context, USERS.rita);
  const page = await context.newPage();
  await page.goto("/desk");
  await expect(page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "My work" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Dashboard" })).toHaveCount(0);
  await page.goto("/desk/dashboard");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Only editors can see the desk dashboard.");
  await expect(page.locator(".recharts-surface")).toHaveCount(0);
  await expect(page.getByTestId("funnel-table")).toHaveCount(0);
  await context.close();
});
