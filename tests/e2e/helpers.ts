import net from "node:net";
import { expect, type BrowserContext, type Page } from "@playwright/test";
import { instanceDistDir } from "../../scripts/e2e-instances.mjs";

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

/**
 * Select `quote` inside the article text the way a mouse drag would leave the document selection.
 * The quote may cross element boundaries (other claims' highlights split the text into nodes).
 */
export async function selectInArticle(page: Page, quote: string) {
  await page.getByTestId("article-text").evaluate((root, quote) => {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    const text = nodes.map((n) => n.data).join("");
    const index = text.indexOf(quote);
    if (index < 0) throw new Error(`Quote not found in the article text: ${quote}`);
    const locate = (offset: number, isEnd: boolean): [Text, number] => {
      let seen = 0;
      for (const node of nodes) {
        const next = seen + node.data.length;
        if (isEnd ? offset <= next : offset < next) return [node, offset - seen];
        seen = next;
      }
      throw new Error(`Offset ${offset} beyond the article text`);
    };
    const range = document.createRange();
    range.setStart(...locate(index, false));
    range.setEnd(...locate(index + quote.length, true));
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, quote);
}

/**
 * The page has loaded (images and scripts included), Next.js has started on it, and a claim page's live
 * updates are connected. Not Playwright's "networkidle": Chromium revalidates cached prefetches in the
 * background (their answers say stale-while-revalidate), and such a request can stay open for 30 s.
 */
export async function settled(page: Page) {
  await page.waitForLoadState("load");
  await page.waitForFunction(() => (window as unknown as { next?: unknown }).next !== undefined);
  if ((await page.getByTestId("live-state").count()) > 0) await expectLive(page);
}

/**
 * A claim page's live updates are connected. The stream is the page's last request: it opens once the
 * page has started, alongside the prefetches of the public links in view (six connections to a host
 * over HTTP/1.1), so on a busy two-core machine it can take longer than an assertion's usual 5 s.
 */
export async function expectLive(page: Page) {
  await expect(page.getByTestId("live-state")).toHaveText(/^Live/, { timeout: 20_000 });
}

export async function openDemoArticle(page: Page) {
  await page.goto("/desk/articles");
  await page.getByRole("link", { name: /Putin’s North Korea visit/ }).click();
  await expect(page.getByTestId("article-text")).toBeVisible();
}

/**
 * Where the walkthrough screenshots go: test-results/screenshots/ during the tests (never a tracked
 * file), docs/ when `npm run docs:screenshots` asks for them (SCREENSHOT_DIR=docs).
 */
export function screenshotPath(name: string): string {
  return `${process.env.SCREENSHOT_DIR || "test-results/screenshots"}/${name}`;
}

/** Whether something accepts TCP connections on this local port (a server started by a test). */
export function acceptingConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * The environment of a second production server a test starts beside the suite's own: the same build
 * and database (this worker's copies, so pages rendered there are from this worker's database).
 */
export function secondServerEnv(port: number | string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    HOSTNAME_BIND: "127.0.0.1",
    NEXT_DIST_DIR: instanceDistDir(process.env.E2E_DIST_DIR || ".next-e2e", Number(process.env.TEST_PARALLEL_INDEX ?? 0)),
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXTAUTH_SECRET: "e2e-only-secret-not-for-production-use",
    ...extra,
  };
}

/** Wait until a server a test started answers its health check (it is ready for readers too). */
export async function untilHealthy(base: string, message: string, timeout = 90_000) {
  await expect
    .poll(
      () =>
        fetch(`${base}/api/health`).then(
          (r) => r.ok,
          () => false,
        ),
      { message, timeout },
    )
    .toBe(true);
}
