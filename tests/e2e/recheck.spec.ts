import { expect, test } from "@playwright/test";
import { db } from "../../lib/db";
import { publishedClaimOnDemo } from "./factories";
import { signIn, USERS } from "./helpers";

test("a published verdict due for re-checking shows in the queue; an editor records the re-check and readers see the day", async ({ browser }) => {
  const claim = await publishedClaimOnDemo("mutual assistance in case of aggression against either state");
  const now = new Date();
  const yesterday = new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10);
  const today = now.toISOString().slice(0, 10);
  const nextYear = `${now.getUTCFullYear() + 1}-06-01`;
  await db.verdict.update({
    where: { claimId: claim.id },
    data: { validAsOf: new Date("2026-01-10T00:00:00Z"), recheckOn: new Date(`${yesterday}T00:00:00Z`) },
  });

  const context = await browser.newContext();
  await signIn(context, USERS.editor);
  const page = await context.newPage();
  await page.goto("/desk");
  await expect(page.getByTestId("recheck-due")).toContainText("1 published verdict is due for re-checking.");
  await page.getByRole("link", { name: "Show it" }).click();
  await expect(page).toHaveURL(/recheck=due/);
  await expect(page.getByTestId("recheck-filter")).toBeVisible();
  const rows = page.getByTestId("queue").locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByTestId("recheck-badge")).toContainText("Re-check due");
  await rows.first().getByRole("link").first().click();

  // Due: the re-check form is open. A re-check day before the checked day is refused next to its field.
  const form = page.getByRole("form", { name: "Re-check" });
  await expect(page.getByTestId("verdict-days")).toContainText("due now");
  await form.getByLabel("Still valid as of").fill(today);
  await form.getByLabel("Next re-check (optional)").fill(yesterday);
  await form.getByRole("button", { name: "Record the re-check" }).click();
  await expect(form.getByTestId("error-recheckOn")).toHaveText("The re-check day comes after the “valid as of” day");
  await form.getByLabel("Next re-check (optional)").fill(nextYear);
  await form.getByRole("button", { name: "Record the re-check" }).click();
  await expect(page.getByText("Re-check recorded.")).toBeVisible();
  await expect(page.getByTestId("verdict-days")).not.toContainText("due now");

  await page.goto("/desk");
  await expect(page.getByTestId("recheck-due")).toHaveCount(0);
  const verdict = await db.verdict.findUniqueOrThrow({ where: { claimId: claim.id } });
  expect(verdict.validAsOf?.toISOString().slice(0, 10)).toBe(today);
  expect(verdict.recheckOn?.toISOString().slice(0, 10)).toBe(nextYear);

  // Readers see the day the facts were last checked.
  const reader = await browser.newPage();
  await reader.goto(`/claims/${claim.slug}`);
  await expect(reader.getByTestId("valid-as-of")).toContainText("facts checked as of");
  await reader.close();
  await context.close();
});
