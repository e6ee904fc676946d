import { expect, test } from "@playwright/test";
import { signIn, USERS } from "./helpers";

test("a reader asks us to check a claim, is sent the verdict when there is one, and the desk makes a claim of a new question", async ({ browser }) => {
  const reader = await browser.newContext();
  const page = await reader.newPage();
  await page.goto("/tips");
  const form = page.getByRole("form", { name: "Ask us to check" });

  // Too short: said next to the field, and what was typed stays.
  await form.getByLabel("What was claimed?").fill("Coal?");
  await form.getByRole("button", { name: "Send my question" }).click();
  await expect(form.getByTestId("error-question")).toContainText("at least 10 characters");
  await expect(form.getByLabel("What was claimed?")).toHaveValue("Coal?");

  // A question the desk has already answered: the verdict's link at once (the browser solves the puzzle first).
  await form.getByLabel("What was claimed?").fill("Is it true that the Ukraine Defense Contact Group is a coalition of 50 countries?");
  await form.getByRole("button", { name: "Send my question" }).click();
  const received = page.getByTestId("tip-received");
  await expect(received).toContainText("Thank you, we have your question: “Is it true that the Ukraine Defense Contact Group", { timeout: 30_000 });
  await expect(page.getByTestId("tip-answer")).toContainText("rated True");
  await page.screenshot({ path: "test-results/tips.png", fullPage: true });

  // A new question, then the same claim asked again from this connection: one group, one reader, two tips.
  const question = "Did the port of Nampo receive 12 Russian oil tankers in May 2024?";
  await form.getByLabel("What was claimed?").fill(question);
  await form.getByLabel("Where did you see it? (optional)").fill("https://social.example/posts/nampo");
  await form.getByRole("button", { name: "Send my question" }).click();
  await expect(received).toContainText(`${question}”. You are the first to ask about this claim.`, { timeout: 30_000 });
  await form.getByLabel("What was claimed?").fill("Is it true that the port of Nampo received 12 Russian oil tankers in May 2024?");
  await form.getByRole("button", { name: "Send my question" }).click();
  await expect(received).toContainText(
    "Nampo received 12 Russian oil tankers in May 2024?”. You asked about this claim before; we count each reader once (1 reader so far).",
    {
      timeout: 30_000,
    },
  );
  await reader.close();

  const desk = await browser.newContext();
  await signIn(desk, USERS.ravi);
  const deskPage = await desk.newPage();
  await deskPage.goto("/desk/tips");
  const item = deskPage.getByTestId("tip-group").filter({ hasText: "Nampo" });
  await expect(item.getByTestId("tip-count")).toHaveText("1 reader asked");
  await expect(item).toContainText("https://social.example/posts/nampo");
  // A claim needs its claimant: said next to the field, nothing made.
  await item.getByRole("button", { name: "Make a claim" }).click();
  await expect(item).toContainText("Claimant is required");
  await item.getByLabel("Claimant").fill("Social media post");
  await item.getByRole("button", { name: "Make a claim" }).click();
  await expect(deskPage).toHaveURL(/\/desk\/claims\//);
  await expect(deskPage.getByRole("main")).toContainText(question);
  await deskPage.goto("/desk/tips");
  await expect(deskPage.getByTestId("tip-group").filter({ hasText: "Nampo" })).toHaveCount(0);
  await desk.close();
});
