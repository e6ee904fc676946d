import { expect, test, type Browser } from "@playwright/test";
import { db } from "../../lib/db";
import { hashPassword } from "../../lib/auth/password";
import { claimInReviewBy } from "./factories";
import { screenshotPath, signIn, USERS } from "./helpers";

const THIRD = { email: "ed.third@factdesk.test", password: "third-editor-pass-2026" };

test.afterAll(async () => {
  // The rest of the suite works with the default policy (one approval).
  await db.deskSettings.deleteMany();
  await db.user.updateMany({ where: { email: THIRD.email }, data: { disabled: true } });
});

async function pageAs(browser: Browser, email: string, password?: string) {
  const context = await browser.newContext();
  await signIn(context, email, password);
  return { context, page: await context.newPage() };
}

test("an admin requires two approvals; editors approve and object with notes; the second approval approves", async ({ browser }) => {
  await db.user.upsert({
    where: { email: THIRD.email },
    create: { email: THIRD.email, name: "Ed Third", role: "EDITOR", passwordHash: await hashPassword(THIRD.password) },
    update: { disabled: false },
  });

  // The admin sets the policy; a number out of range is refused next to the field.
  const admin = await pageAs(browser, USERS.admin);
  await admin.page.goto("/desk/admin/settings");
  const policy = admin.page.getByRole("form", { name: "Approval policy" });
  const field = policy.getByLabel("Approvals needed to publish a verdict");
  await field.fill("9");
  await policy.getByRole("button", { name: "Save settings" }).click();
  await expect(admin.page.getByTestId("error-approvalsRequired")).toHaveText("At most 5 approvals");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await field.fill("2");
  await policy.getByRole("button", { name: "Save settings" }).click();
  await expect(admin.page.getByText("Settings saved.")).toBeVisible();
  expect((await db.deskSettings.findUniqueOrThrow({ where: { id: 1 } })).approvalsRequired).toBe(2);

  const claim = await claimInReviewBy(USERS.ravi, "signed a strategic partnership treaty");

  // First approval, with a note: still in review.
  const eli = await pageAs(browser, USERS.editor);
  await eli.page.goto(`/desk/claims/${claim.id}`);
  await expect(eli.page.getByTestId("review-tally")).toContainText("0 of 2 approvals");
  await eli.page.getByTestId("transition-controls").getByRole("button", { name: "Approve" }).click();
  const approveForm = eli.page.getByRole("form", { name: "Approve" });
  await approveForm.getByLabel("Note (optional)").fill("Sourcing holds; the treaty text is linked.");
  await approveForm.getByRole("button", { name: "Confirm: approve" }).click();
  await expect(eli.page.getByTestId("review-tally")).toContainText("1 of 2 approvals");
  await expect(eli.page.getByTestId("review")).toContainText("Approved by Eli Editor");
  await expect(eli.page.getByTestId("review")).toContainText("“Sourcing holds; the treaty text is linked.”");
  await expect(eli.page.getByTestId("blocked-actions")).toContainText("You already approved this verdict in this round (1 of 2 approvals)");

  // An objection needs its note, and is kept with it.
  const ed = await pageAs(browser, THIRD.email, THIRD.password);
  await ed.page.goto(`/desk/claims/${claim.id}`);
  await ed.page.getByTestId("transition-controls").getByRole("button", { name: "Object" }).click();
  const objectForm = ed.page.getByRole("form", { name: "Object" });
  await objectForm.getByRole("button", { name: "Confirm: object" }).click();
  await expect(objectForm.getByTestId("error-note")).toHaveText("Say what you object to");
  await objectForm.getByLabel(/What do you object to/).fill("The summary should say when the treaty was signed.");
  await objectForm.getByRole("button", { name: "Confirm: object" }).click();
  await expect(ed.page.getByTestId("review").nth(1)).toContainText("Objected by Ed Third");
  await expect(ed.page.getByTestId("review-tally")).toContainText("1 of 2 approvals");

  // The second approval approves; publishing opens.
  await admin.page.goto(`/desk/claims/${claim.id}`);
  await admin.page.getByTestId("transition-controls").getByRole("button", { name: "Approve" }).click();
  await admin.page.getByRole("form", { name: "Approve" }).getByRole("button", { name: "Confirm: approve" }).click();
  await expect(admin.page.getByTestId("transition-controls").getByRole("button", { name: "Publish" })).toBeVisible();
  expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("APPROVED");
  const decisions = await db.verdictReview.findMany({
    where: { claimId: claim.id },
    orderBy: { createdAt: "asc" },
    include: { reviewer: { select: { name: true } } },
  });
  expect(decisions.map((d) => [d.reviewer.name, d.decision])).toEqual([
    ["Eli Editor", "APPROVE"],
    ["Ed Third", "OBJECT"],
    ["Ada Admin", "APPROVE"],
  ]);

  await eli.page.goto(`/desk/claims/${claim.id}`);
  await eli.page.getByTestId("workflow").screenshot({ path: screenshotPath("approval-policy.png") });
  await Promise.all([admin.context.close(), eli.context.close(), ed.context.close()]);
});
