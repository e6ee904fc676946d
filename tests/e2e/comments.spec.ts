import { expect, test } from "@playwright/test";
import { db } from "../../lib/db";
import { createClaim } from "../../lib/claims/mutations";
import { importArticle } from "../../lib/intake/mutations";
import { actorByEmail } from "./factories";
import { screenshotPath, signIn, USERS } from "./helpers";

test("mention a colleague by picking them as you type, and answer a comment in its thread", async ({ browser }) => {
  const rita = await actorByEmail(USERS.rita);
  const eli = await actorByEmail(USERS.editor);
  const text = "The agency said 42 bridges were repaired in 2025.";
  const article = await importArticle({ actor: rita, input: { title: "Comment thread article", outlet: "Desk test", text } });
  const quote = "42 bridges were repaired in 2025";
  const start = text.indexOf(quote);
  const claim = await createClaim({
    actor: rita,
    input: { articleId: article.id, quote, start, end: start + quote.length, claimant: "The agency", claimantType: "ORGANIZATION" },
  });
  await db.notification.updateMany({ where: { userId: { in: [rita.id, eli.id] } }, data: { readAt: new Date() } });

  const ritaContext = await browser.newContext();
  await signIn(ritaContext, USERS.rita);
  const page = await ritaContext.newPage();
  await page.goto(`/desk/claims/${claim.id}`);
  const box = page.getByRole("form", { name: "Add comment" }).getByRole("textbox", { name: "Comment" });
  // Typing "@el" offers Eli Editor (by a word of his name); the keyboard picks him.
  await box.pressSequentially("Can you confirm the count, @el");
  const list = page.getByRole("listbox", { name: "Mention a colleague" });
  await expect(list.getByRole("option")).toHaveText([/Eli Editor\s*@editor/]);
  await expect(box).toHaveAttribute("aria-activedescendant", /.+/);
  await box.press("Enter");
  await expect(list).toHaveCount(0);
  await expect(box).toHaveValue("Can you confirm the count, @editor ");
  await box.pressSequentially("please?");
  // Escape closes the list without inserting anything.
  // A bare "@" offers every colleague (never oneself).
  await box.pressSequentially(" cc @");
  await expect(list.getByRole("option").first()).toBeVisible();
  expect(await list.getByRole("option").count()).toBeGreaterThanOrEqual(2);
  await expect(list.getByRole("option").filter({ hasText: "@rita" })).toHaveCount(0);
  await box.press("ArrowDown");
  await expect(list.getByRole("option").nth(1)).toHaveAttribute("aria-selected", "true");
  await box.press("Escape");
  await expect(list).toHaveCount(0);
  await expect(box).toHaveValue("Can you confirm the count, @editor please? cc @");
  await box.fill("Can you confirm the count, @editor please?");
  await page.getByRole("form", { name: "Add comment" }).getByRole("button", { name: "Comment", exact: true }).click();
  await expect(page.getByTestId("comment")).toHaveCount(1);
  await expect(page.getByTestId("comment").getByTestId("mention")).toHaveText("@editor");
  await expect.poll(async () => db.notification.count({ where: { userId: eli.id, kind: "MENTIONED", claimId: claim.id } })).toBe(1);

  // Eli answers in the thread; Rita hears of the reply.
  const eliContext = await browser.newContext();
  await signIn(eliContext, USERS.editor);
  const eliPage = await eliContext.newPage();
  await eliPage.goto(`/desk/claims/${claim.id}`);
  await eliPage.getByRole("button", { name: "Reply to Rita Reviewer" }).click();
  const reply = eliPage.getByRole("form", { name: "Reply" });
  await expect(reply.getByRole("textbox", { name: "Reply" })).toBeFocused();
  await reply.getByRole("textbox", { name: "Reply" }).fill("Confirmed: 42, per the agency's annual report.");
  await reply.getByRole("button", { name: "Send reply" }).click();
  await expect(eliPage.getByRole("form", { name: "Reply" })).toHaveCount(0);
  const replies = eliPage.getByRole("list", { name: "Replies to Rita Reviewer" });
  await expect(replies.getByTestId("reply")).toHaveCount(1);
  await expect(replies).toContainText("Confirmed: 42, per the agency's annual report.");
  await expect(eliPage.getByTestId("comment")).toHaveCount(1);

  await page.goto("/desk/inbox");
  const first = page.getByTestId("notification").first();
  await expect(first).toContainText("replied to your comment on");
  await expect(first).toContainText("Confirmed: 42");
  await page.goto(`/desk/claims/${claim.id}`);
  await page.getByTestId("comments").scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath("comment-thread.png") });
  await ritaContext.close();
  await eliContext.close();
});
