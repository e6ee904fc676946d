import { expect, type BrowserContext, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "factdesk-demo-2026";
export const USERS = {
  admin: "admin@factdesk.test",
  editor: "editor@factdesk.test",
  rita: "rita@factdesk.test",
  ravi: "ravi@factdesk.test",
} as const;

/** Sign in over HTTP (next-auth's credentials callback), not through the form. */
export async function signIn(context: BrowserContext, email: string, password = DEMO_PASSWORD) {
  const csrf = await context.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await context.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
  });
  expect(response.ok()).toBe(true);
  const cookies = await context.cookies();
  expect(cookies.some((c) => c.name.includes("next-auth.session-token"))).toBe(true);
}

/** Select `quote` inside the article text the way a mouse drag would leave the document selection. */
export async function selectInArticle(page: Page, quote: string) {
  await page.getByTestId("article-text").evaluate((root, quote) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.textContent?.indexOf(quote) ?? -1;
      if (index >= 0) {
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + quote.length);
        const selection = document.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
    }
    throw new Error(`Quote not found in one text node: ${quote}`);
  }, quote);
}

export async function openDemoArticle(page: Page) {
  await page.goto("/desk/articles");
  await page.getByRole("link", { name: /Putin’s North Korea visit/ }).click();
  await expect(page.getByTestId("article-text")).toBeVisible();
}
