import { expect, test } from "@playwright/test";
import { db } from "../../lib/db";
import { createClaim } from "../../lib/claims/mutations";
import { importArticle } from "../../lib/intake/mutations";
import { actorByEmail, claimInReviewBy } from "./factories";
import { screenshotPath, signIn, USERS } from "./helpers";

test("a fact-checker hears that a claim was sent back and that they were mentioned, and clears the inbox", async ({ browser }) => {
  const rita = await actorByEmail(USERS.rita);
  const text = "The ministry said 300 nurses were hired in 2025.";
  const article = await importArticle({ actor: rita, input: { title: "Notification test article", outlet: "Desk test", text } });
  const quote = "300 nurses were hired in 2025";
  const start = text.indexOf(quote);
  const claim = await createClaim({
    actor: rita,
    input: { articleId: article.id, quote, start, end: start + quote.length, claimant: "The ministry", claimantType: "ORGANIZATION" },
  });
  await db.notification.updateMany({ where: { userId: rita.id }, data: { readAt: new Date() } });

  const editorContext = await browser.newContext();
  await signIn(editorContext, USERS.editor);
  const editor = await editorContext.newPage();
  await editor.goto(`/desk/claims/${claim.id}`);
  await editor.getByRole("form", { name: "Add comment" }).getByLabel("Comment").fill("@rita please add the ministry's own figure.");
  await editor
    .getByRole("form", { name: "Add comment" })
    .getByRole("button", { name: /comment/i })
    .click();
  const comment = editor.getByTestId("comment-body").filter({ hasText: "@rita please add the ministry's own figure." });
  await expect(comment).toBeVisible();
  // The mention is marked, and a web address in a comment is a link that leaves the desk safely.
  await expect(comment.getByTestId("mention")).toHaveText("@rita");
  await editor
    .getByRole("form", { name: "Add comment" })
    .getByLabel("Comment")
    .fill("Source: https://stats.example.org/nurses-2025 (javascript:alert(1) stays text)");
  await editor
    .getByRole("form", { name: "Add comment" })
    .getByRole("button", { name: /comment/i })
    .click();
  const link = editor.getByTestId("comments").getByRole("link", { name: "https://stats.example.org/nurses-2025" });
  await expect(link).toHaveAttribute("href", "https://stats.example.org/nurses-2025");
  await expect(link).toHaveAttribute("rel", "nofollow noopener noreferrer ugc");
  await expect(editor.getByTestId("comments").locator('a[href^="javascript:"]')).toHaveCount(0);

  const ritaContext = await browser.newContext();
  await signIn(ritaContext, USERS.rita);
  const page = await ritaContext.newPage();
  await page.goto("/desk");
  const inbox = page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: /^Inbox/ });
  await expect(page.getByTestId("unread-count")).toHaveText("1");
  await expect(inbox).toHaveAccessibleName("Inbox, 1 unread");
  await inbox.click();
  const first = page.getByTestId("notification").first();
  await expect(first).toContainText("mentioned you on");
  await expect(first).toContainText("@rita please add the ministry's own figure.");
  await expect(first).toHaveAttribute("data-unread", "true");
  await first.getByRole("button", { name: "Mark read" }).click();
  await expect(first).toHaveAttribute("data-unread", "false");
  await expect(page.getByTestId("unread-count")).toHaveCount(0);
  await expect(page.getByTestId("inbox-summary")).toHaveText("Nothing unread");
  await page.screenshot({ path: screenshotPath("inbox.png"), fullPage: false });
  await editorContext.close();
  await ritaContext.close();
});

test("an editor hears that a verdict waits for review and works through the queue, longest waiting first", async ({ browser }) => {
  const quote = "as it faces isolation over its invasion of Ukraine";
  const claim = await claimInReviewBy(USERS.ravi, quote);
  const context = await browser.newContext();
  await signIn(context, USERS.editor);
  const page = await context.newPage();
  await page.goto("/desk/inbox");
  const note = page.getByTestId("notification").filter({ hasText: "asks for your review of" }).first();
  await expect(note).toContainText(quote.slice(0, 40));
  await expect(note).toHaveAttribute("data-unread", "true");

  await page.goto("/desk");
  await page.getByTestId("waiting-for-review").getByRole("link", { name: "Waiting for review, longest first" }).click();
  await expect(page).toHaveURL(/status=IN_REVIEW/);
  await expect(page).toHaveURL(/sort=waiting/);
  await expect(page.getByRole("form", { name: "Filters" }).getByLabel("Sort")).toHaveValue("waiting");
  const rows = page.getByTestId("queue").locator("tbody tr");
  const row = rows.filter({ hasText: quote.slice(0, 40) });
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId("waiting-since")).toContainText("waiting since");
  // Longest waiting first, as the database orders them by submission time.
  const submitted = await db.claim.findMany({
    where: { status: "IN_REVIEW" },
    orderBy: [{ submittedAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    select: { id: true },
  });
  const shown = await page
    .getByTestId("queue")
    .locator("a[data-claim-link]")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(shown).toEqual(submitted.slice(0, shown.length).map((c) => `/desk/claims/${c.id}`));
  expect(shown).toContain(`/desk/claims/${claim.id}`);
  await page.screenshot({ path: screenshotPath("waiting-for-review.png"), fullPage: false });
  await context.close();
});

test("a busy inbox comes a page of the newest at a time", async ({ browser }) => {
  const admin = await actorByEmail(USERS.admin);
  const editor = await actorByEmail(USERS.editor);
  const claim = await db.claim.findFirstOrThrow({ where: { article: { isDemo: true } }, select: { id: true } });
  // Older than anything the other tests send, and read: they stay below every other notification.
  const old = (minute: number) => new Date(Date.UTC(2025, 0, 1, 9, minute));
  await db.notification.createMany({
    data: Array.from({ length: 60 }, (_, i) => ({
      userId: admin.id,
      kind: "ASSIGNED" as const,
      claimId: claim.id,
      actorId: editor.id,
      createdAt: old(i),
      readAt: old(i),
    })),
  });
  const context = await browser.newContext();
  await signIn(context, USERS.admin);
  const page = await context.newPage();
  await page.goto("/desk/inbox");
  await expect(page.getByTestId("notification")).toHaveCount(50);
  const pages = page.getByTestId("inbox-pages");
  await expect(pages).toContainText(/Page 1 of [2-9]/);
  const pageCount = Number(/of (\d+)/.exec((await pages.textContent()) ?? "")![1]);
  await pages.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/desk\/inbox\?page=2$/);
  await expect(pages).toContainText(`Page 2 of ${pageCount}`);
  await expect(page.getByTestId("notification").first()).toBeVisible();
  await page.goto(`/desk/inbox?page=${pageCount}`);
  await expect(pages.getByRole("link", { name: "Next" })).toHaveCount(0);
  // The oldest of them all is the last one on the last page.
  await expect(page.getByTestId("notification").last()).toContainText("2025");
  await page.goto(`/desk/inbox?page=${pageCount + 1}`);
  await expect(page.getByTestId("inbox-past-end")).toBeVisible();
  await pages.getByRole("link", { name: "Previous" }).click();
  await expect(page).toHaveURL(new RegExp(`page=${pageCount}$|/desk/inbox$`));
  await page.goto("/desk/inbox?page=2");
  await page.screenshot({ path: screenshotPath("inbox-pages.png"), fullPage: false });
  await context.close();
});
