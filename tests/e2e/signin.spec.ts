import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, USERS } from "./helpers";

test("the sign-in form shows errors on the form and signs a person in and out", async ({ page }) => {
  await page.goto("/desk");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdesk/);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("error-email")).toHaveText("Enter your email address");
  await expect(page.getByTestId("error-password")).toHaveText("Enter your password");

  await page.getByLabel("Email").fill(USERS.editor);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("form-error")).toContainText("Email or password is incorrect");
  await expect(page.getByLabel("Email")).toHaveValue(USERS.editor);

  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  // A bcrypt check at cost 12, a redirect and the desk render: seconds on a busy machine.
  await expect(page).toHaveURL(/\/desk$/, { timeout: 30_000 });
  await expect(page.getByTestId("signed-in-as")).toContainText("Eli Editor · Editor");
  await expect(page.getByTestId("queue")).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/desk");
  await expect(page).toHaveURL(/\/signin/);
});

test("unpublished claims are not public", async ({ page }) => {
  const response = await page.goto("/claims/not-a-published-claim-abc123");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  // In the HTML itself, not only drawn by JavaScript (a reader without it, a crawler).
  const html = await (await page.request.get("/claims/not-a-published-claim-abc123")).text();
  expect(html).toMatch(/<h1[^>]*>Page not found<\/h1>/);
  // One site frame, whether the page is unknown to a public route or to every route.
  for (const path of ["/claims/not-a-published-claim-abc123", "/no-such-page"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
    await expect(page.getByRole("navigation", { name: "Main" }), path).toHaveCount(1);
    await expect(page.getByRole("main"), path).toHaveCount(1);
  }
});
