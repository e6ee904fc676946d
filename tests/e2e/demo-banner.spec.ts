import { expect, test } from "@playwright/test";
import { signIn, USERS } from "./helpers";

test("admins see the demo warning while demo accounts can sign in; other roles do not", async ({ browser }) => {
  for (const [email, shown] of [
    [USERS.admin, true],
    [USERS.editor, false],
    [USERS.rita, false],
  ] as const) {
    const context = await browser.newContext();
    await signIn(context, email);
    const page = await context.newPage();
    await page.goto("/desk");
    const banner = page.getByTestId("demo-banner");
    if (shown) await expect(banner).toContainText("npm run demo:remove");
    else await expect(banner).toHaveCount(0);
    await context.close();
  }
});
