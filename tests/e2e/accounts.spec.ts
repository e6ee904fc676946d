import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createUser } from "../../lib/auth/users";
import { signIn, USERS } from "./helpers";

const FIRST = "a first phrase, rather long 17";
const RESET = "reset by the admin, quietly 42";
const OWN = "my own new phrase, slowly 93";

test("an admin changes a role and resets a password; the person then changes their own; each ends the old sessions", async ({ browser, page }, testInfo) => {
  const email = `accounts-${randomUUID().slice(0, 8)}@example.test`;
  const name = `Pat ${randomUUID().slice(0, 4)}`;
  await createUser({ input: { email, name, role: "REVIEWER", password: FIRST } });
  const pat = await browser.newContext();
  await signIn(pat, email, FIRST);
  expect((await pat.request.get("/desk/my-work", { maxRedirects: 0 })).status()).toBe(200);

  await signIn(page.context(), USERS.admin);
  await page.goto("/desk/admin/users");
  const row = page.getByRole("row").filter({ hasText: email });
  await row.getByLabel(`Role of ${name}`, { exact: true }).selectOption("EDITOR");
  await expect(row.getByText(`${name} will be signed out everywhere.`)).toBeVisible();
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(row.getByText("Role changed.")).toBeVisible();
  // The role change ended Pat's session: the copied cookie no longer opens the desk.
  expect((await pat.request.get("/desk/my-work", { maxRedirects: 0 })).headers()["location"]).toContain("/signin");

  await row.getByRole("button", { name: "Reset password" }).click();
  const reset = page.getByRole("form", { name: `Reset the password of ${name}` });
  await reset.getByLabel(`New password for ${name}`).fill("password1234");
  await reset.getByRole("button", { name: "Reset password" }).click();
  await expect(reset.getByText(/too common|easy to guess/i)).toBeVisible();
  await reset.getByLabel(`New password for ${name}`).fill(RESET);
  await reset.getByRole("button", { name: "Reset password" }).click();
  await expect(row.getByText("Password reset; tell them in person. They choose their own when they sign in.")).toBeVisible();
  // A typo in the name is corrected in place; the desk shows the new name.
  const renamed = `${name} Quinn`;
  await row.getByRole("button", { name: `Rename ${name}` }).click();
  const rename = row.getByRole("form", { name: `Rename ${name}` });
  await rename.getByLabel(`New name for ${name}`).fill(" ");
  await rename.getByRole("button", { name: "Save name" }).click();
  await expect(rename.getByText("Name must be at least 2 characters")).toBeVisible();
  await rename.getByLabel(`New name for ${name}`).fill(renamed);
  await rename.getByRole("button", { name: "Save name" }).click();
  await expect(row.getByText("Name changed.")).toBeVisible();
  await expect(row.getByRole("button", { name: `Rename ${renamed}` })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("users.png"), fullPage: true });

  const patPage = await (await browser.newContext()).newPage();
  await signIn(patPage.context(), email, RESET);
  // The password the admin chose opens only the account page, until Pat chooses their own.
  await patPage.goto("/desk/my-work");
  await expect(patPage).toHaveURL(/\/desk\/account$/);
  await expect(patPage.getByTestId("must-change-password")).toContainText("An admin reset your password. Choose your own to continue");
  expect((await patPage.request.get("/desk", { maxRedirects: 0 })).headers()["location"]).toContain("/desk/account");
  expect((await patPage.request.get("/api/export/claims", { maxRedirects: 0 })).status()).toBe(401);
  await expect(patPage.getByRole("heading", { name: "Your account" })).toBeVisible();
  await expect(patPage.getByText(`${renamed} · ${email} · Editor`)).toBeVisible();
  await patPage.screenshot({ path: testInfo.outputPath("account.png"), fullPage: true });
  await patPage.getByLabel("Current password").fill("not it at all");
  await patPage.getByLabel("New password", { exact: true }).fill(OWN);
  await patPage.getByRole("button", { name: "Change password" }).click();
  await expect(patPage.getByText("The current password is not correct")).toBeVisible();
  await patPage.getByLabel("Current password").fill(RESET);
  await patPage.getByRole("button", { name: "Change password" }).click();
  // Hashing the new password (bcrypt, cost 12) and checking its strength take seconds on a loaded machine.
  await expect(patPage).toHaveURL(/\/signin/, { timeout: 20_000 });
  await signIn(patPage.context(), email, OWN);
  expect((await patPage.request.get("/desk/my-work", { maxRedirects: 0 })).status()).toBe(200);
});
