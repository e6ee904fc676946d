import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, USERS } from "./helpers";

// Each value once led a signed-in browser to another site: Chromium reads "\" as "/" and drops tabs
// and newlines, so "/\evil.example" and "/<tab>/evil.example" are "//evil.example" to it.
const EVIL = [
  "/%5Cevil.example/x",
  "/%09/evil.example",
  "/%0A/evil.example",
  "//evil.example/x",
  "/.//evil.example",
  "https://evil.example/desk",
  "javascript:alert(document.domain)",
];

for (const evil of EVIL) {
  test(`sign-in with callbackUrl=${evil} stays on the desk`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    // Any request that leaves for the attacker's host fails instead of hanging on DNS.
    // (Matched on the host: the sign-in page's own URL names evil.example in its query.)
    await page.route(
      (url) => url.hostname.endsWith("evil.example"),
      (route) => route.abort(),
    );
    await page.goto(`/signin?callbackUrl=${evil}`);
    await page.getByLabel("Email").fill(USERS.editor);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("signed-in-as")).toBeVisible({ timeout: 30_000 });
    const url = new URL(page.url());
    expect(url.origin).toBe(origin);
    expect(url.pathname).toBe("/desk");
  });
}

test("a same-site callbackUrl is kept", async ({ page, baseURL }) => {
  await page.goto("/signin?callbackUrl=%2Fdesk%2Finbox");
  await page.getByLabel("Email").fill(USERS.editor);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${new URL(baseURL!).origin}/desk/inbox`, { timeout: 30_000 });
});
