import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { openDemoArticle, screenshotPath, selectInArticle, signIn, USERS } from "./helpers";
import { cast, freshClaimant } from "./matrix-fixtures";

const CARPENTER = "Michael Carpenter, White House National Security Council";

test("a fact-checker picks a claimant as they type, and an alias files the claim under the claimant", async ({ browser }) => {
  const context = await browser.newContext();
  await signIn(context, USERS.rita);
  const page = await context.newPage();
  await openDemoArticle(page);
  await selectInArticle(page, "A senior White House official has warned");
  await page.getByRole("button", { name: "New claim" }).click();
  const field = page.getByLabel("Claimant (who made the claim)");
  await field.pressSequentially("carp", { delay: 30 });
  // The list offers the claimant by name, with the names it is also known by.
  const option = page.getByTestId("claimant-options").locator("option");
  await expect(option.first()).toHaveAttribute("value", CARPENTER);
  await expect(option.first()).toHaveAttribute("label", /Carpenter/);
  // Typing only the alias is enough: the server files the claim under the claimant.
  await field.fill("Carpenter");
  await page.getByRole("button", { name: "Create claim" }).click();
  await expect(page).toHaveURL(/\/desk\/claims\//);
  await expect(page.getByText(CARPENTER).first()).toBeVisible();
  await context.close();
});

test("an editor adds an alias and merges a duplicate claimant; the duplicate's page leads to the merged one", async ({ browser }) => {
  const c = await cast();
  const [duplicate, target] = [await freshClaimant(c), await freshClaimant(c)];
  const context = await browser.newContext();
  await signIn(context, USERS.editor);
  const page = await context.newPage();

  await page.goto(`/desk/claimants/${encodeURIComponent(target.name)}`);
  const aliasForm = page.getByRole("form", { name: "Add an alias" });
  await aliasForm.getByRole("button", { name: "Add alias" }).click();
  await expect(aliasForm.getByTestId("error-alias")).toContainText("Alias is required");
  // A name that already means someone else is refused next to the field.
  await aliasForm.getByLabel("New alias").fill(CARPENTER.toUpperCase());
  await aliasForm.getByRole("button", { name: "Add alias" }).click();
  await expect(aliasForm.getByTestId("error-alias")).toContainText(`already means ${CARPENTER}`);
  const alias = `Alias ${randomUUID().slice(0, 6)}`;
  await aliasForm.getByLabel("New alias").fill(alias);
  await aliasForm.getByRole("button", { name: "Add alias" }).click();
  await expect(page.getByTestId("aliases")).toContainText(alias);

  await page.goto(`/desk/claimants/${encodeURIComponent(duplicate.name)}`);
  const merge = page.getByRole("form", { name: "Merge into another claimant" });
  // Named by the alias just added, as an editor would type it.
  await merge.getByLabel("Merge into").fill(alias.toLowerCase());
  await merge.getByRole("button", { name: "Merge…" }).click();
  await expect(merge).toContainText(`“${duplicate.name}” becomes one of its aliases`);
  await page.screenshot({ path: screenshotPath("claimant-merge.png"), fullPage: true });
  await merge.getByRole("button", { name: "Confirm: merge" }).click();
  await expect(page).toHaveURL(new RegExp(`/desk/claimants/${encodeURIComponent(target.name).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(target.name);
  await expect(page.getByTestId("aliases")).toContainText(duplicate.name);
  await expect(page.getByText(/Claims \(2\)/)).toBeVisible();

  // The claimants list finds the merged claimant by the duplicate's name, now one of its aliases.
  await page.goto("/desk/claimants");
  await page.getByLabel("Name or alias").fill(duplicate.name);
  await page.getByRole("button", { name: "Find" }).click();
  await expect(page).toHaveURL(/\/desk\/claimants\?q=/);
  await expect(page.getByTestId("claimants").locator("li")).toHaveCount(1);
  await expect(page.getByTestId("claimants")).toContainText(target.name);
  await expect(page.getByTestId("claimants")).toContainText("2 claims");
  await page.screenshot({ path: screenshotPath("claimants-list.png"), fullPage: true });
  await page.getByLabel("Name or alias").fill(`nobody ${randomUUID().slice(0, 6)}`);
  await page.getByRole("button", { name: "Find" }).click();
  await expect(page.getByText(/No claimant’s name or alias holds/)).toBeVisible();

  // The old address still works: it leads to the claimant the duplicate was merged into.
  await page.goto(`/desk/claimants/${encodeURIComponent(duplicate.name)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(target.name);

  // Fact-checkers read claimants but do not change them.
  const rita = await browser.newContext();
  await signIn(rita, USERS.rita);
  const ritaPage = await rita.newPage();
  await ritaPage.goto(`/desk/claimants/${encodeURIComponent(target.name)}`);
  await expect(ritaPage.getByTestId("aliases")).toContainText(alias);
  await expect(ritaPage.getByRole("form", { name: "Merge into another claimant" })).toHaveCount(0);
  await expect(ritaPage.getByRole("form", { name: "Add an alias" })).toHaveCount(0);
  await Promise.all([context.close(), rita.close()]);
});
