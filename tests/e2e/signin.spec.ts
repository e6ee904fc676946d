import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn, USERS } from "./helpers";

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

test("a desk address that leads nowhere says so in the desk, in one frame with the desk's menu", async ({ browser }) => {
  const context = await browser.newContext();
  await signIn(context, USERS.rita);
  const page = await context.newPage();
  for (const path of ["/desk/claims/no-such-claim", "/desk/articles/no-such-article", "/desk/tracked/no-such-pair"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "Not found on the desk" }), path).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" }), path).toHaveCount(1);
    await expect(page.getByRole("navigation", { name: "Desk" }), path).toHaveCount(1);
    await expect(page.getByRole("main"), path).toHaveCount(1);
    await expect(page.getByText("the verdict it showed is not published"), path).toHaveCount(0);
  }
  await page.getByRole("link", { name: "Back to the queue" }).click();
  await expect(page.getByTestId("queue")).toBeVisible();
  await context.close();
});

test("the desk menu keeps who is signed in and Sign out on one row, at every desktop width", async ({ browser }) => {
  for (const [user, width] of [
    [USERS.admin, 1280],
    [USERS.admin, 1600],
    [USERS.editor, 1024],
  ] as const) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    await signIn(context, user);
    const page = await context.newPage();
    await page.goto("/desk/inbox");
    const who = (await page.getByTestId("signed-in-as").boundingBox())!;
    const out = (await page.getByRole("button", { name: "Sign out" }).boundingBox())!;
    // Their middles on one line: not Sign out alone under the rest.
    expect(Math.abs(who.y + who.height / 2 - (out.y + out.height / 2)), `${user} at ${width}`).toBeLessThan(6);
    await context.close();
  }
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
