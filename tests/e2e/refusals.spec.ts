import { expect, test, type Request } from "@playwright/test";
import { signIn, USERS } from "./helpers";
import { claimInReviewBy, claimStatus } from "./factories";

type Captured = { url: string; headers: Record<string, string>; body: Buffer };

test("the server refuses approval to the verdict's own editor and to reviewers, whatever the browser sends", async ({ browser }) => {
  const claim = await claimInReviewBy(USERS.editor, "According to the White House official");
  const claimPath = `/desk/claims/${claim.id}`;

  // The author (an editor) and a reviewer are not offered the approval at all.
  const authorContext = await browser.newContext();
  await signIn(authorContext, USERS.editor);
  const authorPage = await authorContext.newPage();
  await authorPage.goto(claimPath);
  await expect(authorPage.getByTestId("status-badge").first()).toHaveText("In review");
  await expect(authorPage.getByRole("button", { name: "Approve" })).toHaveCount(0);

  const reviewerContext = await browser.newContext();
  await signIn(reviewerContext, USERS.rita);
  const reviewerPage = await reviewerContext.newPage();
  await reviewerPage.goto(claimPath);
  await expect(reviewerPage.getByRole("button", { name: "Approve" })).toHaveCount(0);

  // Another editor may approve: capture that request instead of letting it through.
  const adminContext = await browser.newContext();
  await signIn(adminContext, USERS.admin);
  const adminPage = await adminContext.newPage();
  await adminPage.goto(claimPath);
  let captured: Captured | null = null;
  await adminPage.route(claimPath, async (route) => {
    const request: Request = route.request();
    if (request.method() === "POST" && request.headers()["next-action"]) {
      captured = { url: request.url(), headers: await request.allHeaders(), body: request.postDataBuffer()! };
      await route.abort();
    } else {
      await route.continue();
    }
  });
  await adminPage.getByRole("button", { name: "Approve" }).click();
  await adminPage.getByRole("button", { name: "Confirm: approve" }).click();
  await expect(adminPage.getByTestId("form-error")).toContainText("Could not reach the server");
  expect(captured).not.toBeNull();
  const replay = async (context: typeof adminContext) => {
    const { url, headers, body } = captured!;
    const keep = ["next-action", "next-router-state-tree", "content-type", "accept"];
    const response = await context.request.post(url, {
      headers: Object.fromEntries(Object.entries(headers).filter(([k]) => keep.includes(k))),
      data: body,
    });
    expect(response.status()).toBe(200);
    return response.text();
  };

  // The very same request, sent with the author's session and with a reviewer's, is refused.
  const asAuthor = await replay(authorContext);
  expect(asAuthor).toContain("FORBIDDEN");
  expect(asAuthor).toContain("two-person rule");
  const asReviewer = await replay(reviewerContext);
  expect(asReviewer).toContain("FORBIDDEN");
  expect(asReviewer).toContain("Only an editor can approve");
  expect(await claimStatus(claim.id)).toBe("IN_REVIEW");

  // Sent with the other editor's session it goes through: the refusals above were about who sent it.
  const asAdmin = await replay(adminContext);
  expect(asAdmin).toContain('"ok":true');
  expect(await claimStatus(claim.id)).toBe("APPROVED");

  await Promise.all([authorContext.close(), reviewerContext.close(), adminContext.close()]);
});
