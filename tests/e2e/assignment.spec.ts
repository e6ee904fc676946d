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
