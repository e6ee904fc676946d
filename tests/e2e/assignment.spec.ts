import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createUser } from "../../lib/auth/users";
import { db } from "../../lib/db";
import { createClaim } from "../../lib/claims/mutations";
import { importArticle } from "../../lib/intake/mutations";
import { actorByEmail } from "./factories";
import { screenshotPath, signIn, USERS } from "./helpers";

/** A calendar day relative to today (UTC), as a date input takes it. */
const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test("an editor assigns a claim with a due date and a priority, and it takes its place in the fact-checker's work", async ({ browser }) => {
  const rita = await actorByEmail(USERS.rita);
  const ravi = await actorByEmail(USERS.ravi);
  const text = "The minister said 40 schools opened in 2025. The mayor said 12 bridges were repaired in 2024.";
  const article = await importArticle({ actor: rita, input: { title: "Assignment test article", outlet: "Desk test", text } });
  const claimOf = (quote: string, claimant: string) => {
    const start = text.indexOf(quote);
    return createClaim({ actor: rita, input: { articleId: article.id, quote, start, end: start + quote.length, claimant, claimantType: "PERSON" } });
  };
  const schools = await claimOf("40 schools opened in 2025", "The minister");
  const bridges = await claimOf("12 bridges were repaired in 2024", "The mayor");
  // Already on Ravi's desk, and two days late.
  await db.claim.update({ where: { id: bridges.id }, data: { assigneeId: ravi.id, dueDate: new Date(isoDay(-2) + "T00:00:00Z") } });

  const editorContext = await browser.newContext();
  await signIn(editorContext, USERS.editor);
  const editor = await editorContext.newPage();
  await editor.goto(`/desk/claims/${schools.id}`);
  const form = editor.getByRole("form", { name: "Assign" });
  await form.getByLabel("Assignee").selectOption({ label: "Ravi Reviewer" });
  await form.getByLabel("Priority").selectOption({ label: "High" });

  // A day in the past is refused on its field by the server, and nothing is saved.
  await form.getByLabel("Due date").fill(isoDay(-1));
  await form.getByRole("button", { name: "Assign" }).click();
  await expect(form.getByText("Choose today or a later day")).toBeVisible();
  expect(await db.claim.findUniqueOrThrow({ where: { id: schools.id } })).toMatchObject({ assigneeId: null, dueDate: null, priority: "NORMAL" });

  await form.getByLabel("Due date").fill(isoDay(3));
  await form.getByRole("button", { name: "Assign" }).click();
  const schedule = editor.getByTestId("claim-schedule");
  await expect(schedule).toContainText("Due in 3 days");
  await expect(schedule.getByTestId("priority-badge")).toHaveText("High");
  expect(await db.claim.findUniqueOrThrow({ where: { id: schools.id } })).toMatchObject({ assigneeId: ravi.id, priority: "HIGH" });

  const raviContext = await browser.newContext();
  await signIn(raviContext, USERS.ravi);
  const page = await raviContext.newPage();
  await page.goto("/desk");
  await page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "My work" }).click();
  await expect(page).toHaveURL(/\/desk\/my-work$/);
  const items = page.getByTestId("my-work-item");
  await expect(items.nth(0)).toContainText("12 bridges were repaired in 2024");
  await expect(items.nth(0).getByTestId("due-badge")).toHaveAttribute("data-due", "overdue");
  await expect(items.nth(0).getByTestId("due-badge")).toContainText("Overdue by 2 days");
  await expect(items.nth(1)).toContainText("40 schools opened in 2025");
  await expect(items.nth(1).getByTestId("priority-badge")).toHaveText("High");
  await expect(page.getByTestId("my-work-summary")).toContainText("1 overdue");
  await page.screenshot({ path: screenshotPath("my-work.png"), fullPage: false });

  // A fact-checker sees the schedule but has no form to change it.
  await items.nth(1).getByRole("link").click();
  await expect(page.getByTestId("claim-schedule")).toContainText("Due in 3 days");
  await expect(page.getByLabel("Due date")).toHaveCount(0);
  await editorContext.close();
  await raviContext.close();
});

test("my work says so when nothing is assigned, and points to unassigned claims", async ({ browser }) => {
  const email = `newcomer-${randomUUID().slice(0, 8)}@example.test`;
  await createUser({ input: { email, name: "New Fact-checker", role: "REVIEWER", password: "newcomer-pass-2026" } });
  const context = await browser.newContext();
  await signIn(context, email, "newcomer-pass-2026");
  const page = await context.newPage();
  await page.goto("/desk/my-work");
  await expect(page.getByTestId("my-work-empty")).toContainText("No open claim is assigned to you.");
  await page.getByRole("link", { name: "Unassigned claims in the queue" }).click();
  await expect(page).toHaveURL(/\/desk\?assignee=none/);
  await context.close();
});

test("an editor on a phone filters the queue to overdue work, most urgent first, and each row reads without scrolling sideways", async ({ browser }) => {
  const email = `late-${randomUUID().slice(0, 8)}@example.test`;
  const owner = await createUser({ input: { email, name: "Lena Late", role: "REVIEWER", password: "late-checker-2026" } });
  const rita = await actorByEmail(USERS.rita);
  const text = "The port handled 9 million tonnes in 2024. The airport served 30 million passengers. The rail line carried 2 million riders.";
  const article = await importArticle({ actor: rita, input: { title: "Overdue test article", outlet: "Desk test", text } });
  const make = async (quote: string, priority: "URGENT" | "LOW" | "NORMAL", offset: number) => {
    const start = text.indexOf(quote);
    const claim = await createClaim({
      actor: rita,
      input: { articleId: article.id, quote, start, end: start + quote.length, claimant: "The ministry", claimantType: "ORGANIZATION" },
    });
    await db.claim.update({ where: { id: claim.id }, data: { assigneeId: owner.id, priority, dueDate: new Date(isoDay(offset) + "T00:00:00Z") } });
  };
  await make("The port handled 9 million tonnes in 2024", "LOW", -4);
  await make("The airport served 30 million passengers", "URGENT", -1);
  await make("The rail line carried 2 million riders", "NORMAL", 5);

  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await signIn(context, USERS.editor);
  const page = await context.newPage();
  await page.goto("/desk");
  const filters = page.getByRole("form", { name: "Filters" });
  await filters.getByLabel("Assignee").selectOption({ label: "Lena Late" });
  await filters.locator("select[name=due]").selectOption({ label: "Overdue" });
  await filters.getByLabel("Sort").selectOption({ label: "Most urgent" });
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/due=overdue/);
  const rows = page.getByTestId("queue-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText("The airport served 30 million passengers");
  await expect(rows.nth(0).getByTestId("priority-badge")).toHaveText("Urgent");
  await expect(rows.nth(0).getByTestId("due-badge")).toContainText("Overdue by 1 day");
  await expect(rows.nth(1)).toContainText("The port handled 9 million tonnes");
  await expect(rows.nth(1).getByTestId("due-badge")).toContainText("Overdue by 4 days");
  // Each row is a card as wide as the screen, its cells named; nothing runs off to the side.
  const box = (await rows.nth(0).boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const [claimant, due] = [rows.nth(0).getByRole("cell").nth(1), rows.nth(0).getByTestId("queue-due")];
  const [claimantBox, dueBox] = [(await claimant.boundingBox())!, (await due.boundingBox())!];
  expect(dueBox.x).toBe(claimantBox.x);
  expect(dueBox.y).toBeGreaterThan(claimantBox.y);
  expect(await due.evaluate((cell) => getComputedStyle(cell, "::before").content)).toContain("Due");
  await page.screenshot({ path: screenshotPath("queue-phone.png"), fullPage: false });
  await context.close();
});
