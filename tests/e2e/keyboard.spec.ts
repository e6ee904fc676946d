// The core workflow with the keyboard alone: Tab, Shift+Tab, arrows, Enter and typing; no clicks, no fills.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { signIn, USERS } from "./helpers";

// A passage no other test claims: its own claim, verdict and public page.
const QUOTE = "Russian leader Vladimir Putin’s visit to North Korea signifies Russia’s desire to assemble a coalition with other countries";
const SOURCE = "Keyboard walk: White House briefing transcript";

/** Press Tab until `target` has focus (failing after `max` presses), then check the focus is visible. */
async function tabTo(page: Page, target: Locator, max = 200) {
  await expect(target).toBeVisible();
  for (let presses = 0; ; presses++) {
    if (await target.evaluate((el) => el === document.activeElement)) break;
    if (presses === max) throw new Error(`Focus did not reach ${target} after ${max} presses of Tab`);
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
  // A keyboard user sees where focus is.
  expect(await target.evaluate((el) => getComputedStyle(el).outlineStyle), `focus ring on ${target}`).not.toBe("none");
}

/** The selection inside the article text, as the desk would quote it. */
async function selectedText(page: Page) {
  return page.evaluate(() => document.getSelection()?.toString().trim() ?? "");
}

/** The few characters after the keyboard caret in the article text. */
async function textAfterCaret(page: Page) {
  return page.evaluate(() => {
    const s = document.getSelection();
    if (!s?.focusNode) return "";
    const range = document.createRange();
    range.setStart(s.focusNode, s.focusOffset);
    range.setEndAfter(document.querySelector('[data-testid="article-text"]')!);
    return range.toString().slice(0, 40);
  });
}

async function pressUntil(page: Page, key: string, done: () => Promise<boolean>, max = 150) {
  for (let presses = 0; !(await done()); presses++) {
    if (presses === max) throw new Error(`Still not there after ${max} presses of ${key}`);
    await page.keyboard.press(key);
  }
}

test("the core workflow, walked with the keyboard alone", async ({ browser }) => {
  // Long: every step by Tab and Enter, two people, on a machine that may be busy with other specs.
  test.setTimeout(180_000);

  // A fact-checker opens the demo article from the Articles page.
  const reviewerContext = await browser.newContext();
  await signIn(reviewerContext, USERS.rita);
  const page = await reviewerContext.newPage();
  await page.goto("/desk/articles");
  // The first Tab reaches the skip link, which moves focus past the site header into the content.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
  await tabTo(page, page.getByRole("link", { name: /Putin’s North Korea visit/ }));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("article-text")).toBeVisible();

  // The article text takes focus; arrows move a caret (Ctrl: by paragraph or word), Shift selects.
  const text = page.getByRole("region", { name: "Article text" });
  await tabTo(page, text);
  await page.keyboard.press("Control+ArrowDown");
  expect(await textAfterCaret(page)).toMatch(/^The senior director/);
  await pressUntil(page, "Control+ArrowRight", async () => (await textAfterCaret(page)).trimStart().startsWith("Russian leader"));
  await pressUntil(page, "Control+Shift+ArrowRight", async () => (await selectedText(page)).length >= QUOTE.length);
  expect(await selectedText(page)).toBe(QUOTE);
  await expect(page.getByTestId("selected-quote")).toHaveText(`“${QUOTE}”`);

  // "New claim" opens the form with focus in its first field.
  await tabTo(page, page.getByRole("button", { name: "New claim" }));
  await page.keyboard.press("Enter");
  const claimant = page.getByLabel("Claimant (who made the claim)");
  await expect(claimant).toBeFocused();
  await page.keyboard.type("Michael Carpenter, White House National Security Council");
  await tabTo(page, page.getByRole("button", { name: "Create claim" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/desk\/claims\//);
  await expect(page.getByTestId("claim-quote")).toHaveText(`“${QUOTE}”`);
  await expect(page.getByTestId("status-badge").first()).toHaveText("New");
  const claimUrl = page.url();

  // Research: start it, add a source and evidence.
  await tabTo(page, page.getByRole("button", { name: "Start research" }));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("status-badge").first()).toHaveText("Researching");

  await tabTo(page, page.getByTestId("sources").locator("summary"));
  await page.keyboard.press("Enter");
  const sourceForm = page.getByRole("form", { name: "Add source" });
  await tabTo(page, sourceForm.getByLabel("URL"));
  await page.keyboard.type("http://en.sarakhon.com/news/378/");
  await page.keyboard.press("Tab");
  await expect(sourceForm.getByLabel("Title")).toBeFocused();
  await page.keyboard.type(SOURCE);
  await page.keyboard.press("Tab");
  await expect(sourceForm.getByLabel("Publisher")).toBeFocused();
  await page.keyboard.type("Sarakhon (transcript republication)");
  await tabTo(page, sourceForm.getByRole("button", { name: "Add source" }));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("sources").getByRole("link", { name: SOURCE })).toBeVisible();

  await tabTo(page, page.getByTestId("evidence").locator("summary"));
  await page.keyboard.press("Enter");
  const evidenceForm = page.getByRole("form", { name: "Add evidence" });
  const sourceSelect = evidenceForm.getByLabel("Source");
  await tabTo(page, sourceSelect);
  await page.keyboard.press("ArrowDown");
  await expect(sourceSelect.locator("option:checked")).toHaveText(SOURCE);
  await page.keyboard.press("Tab");
  const stance = evidenceForm.getByLabel("Stance");
  await expect(stance).toBeFocused();
  await page.keyboard.type("Context");
  await expect(stance).toHaveValue("CONTEXT");
  await tabTo(page, evidenceForm.getByLabel("Excerpt"));
  await page.keyboard.type("Paraphrase: Carpenter says Putin's visit shows Russia assembling a coalition.");
  await tabTo(page, evidenceForm.getByRole("button", { name: "Add evidence" }));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("evidence").getByText("Paraphrase: Carpenter says Putin's visit")).toBeVisible();

  // The verdict: rating by typing its first letters, then the texts, then save and submit.
  const verdictForm = page.getByRole("form", { name: "Verdict" });
  const rating = verdictForm.getByLabel("Rating");
  await tabTo(page, rating);
  await page.keyboard.type("Unv");
  await expect(rating).toHaveValue("UNVERIFIABLE");
  await page.keyboard.press("Tab");
  await expect(verdictForm.getByLabel("One-line summary")).toBeFocused();
  await page.keyboard.type("What the visit signifies is an interpretation of intent, not a checkable fact.");
  await page.keyboard.press("Tab");
  await expect(verdictForm.getByLabel("Rationale")).toBeFocused();
  await page.keyboard.type("The briefing records Carpenter's reading of the visit; no source can confirm or refute what Russia desires.");
  await tabTo(page, verdictForm.getByRole("button", { name: "Save draft verdict" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Verdict draft saved.")).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: "Submit for review" }));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("status-badge").first()).toHaveText("In review");

  // An editor approves and publishes; each confirmation takes focus when it opens.
  const editorContext = await browser.newContext();
  await signIn(editorContext, USERS.editor);
  const editorPage = await editorContext.newPage();
  await editorPage.goto(claimUrl);
  await tabTo(editorPage, editorPage.getByRole("button", { name: "Approve" }));
  await editorPage.keyboard.press("Enter");
  await expect(editorPage.getByRole("button", { name: "Confirm: approve" })).toBeFocused();
  await editorPage.keyboard.press("Enter");
  await expect(editorPage.getByTestId("status-badge").first()).toHaveText("Approved");
  await tabTo(editorPage, editorPage.getByRole("button", { name: "Publish" }));
  await editorPage.keyboard.press("Enter");
  await expect(editorPage.getByText(/It becomes public at once/)).toBeVisible();
  await expect(editorPage.getByRole("button", { name: "Confirm: publish" })).toBeFocused();
  await editorPage.keyboard.press("Enter");
  await expect(editorPage.getByTestId("status-badge").first()).toHaveText("Published");

  // The public page, reached from the claim page's link with Enter.
  const publicLink = editorPage.getByRole("link", { name: /^\/claims\// });
  const publicPath = (await publicLink.textContent())!;
  await tabTo(editorPage, publicLink);
  await editorPage.keyboard.press("Enter");
  await expect(editorPage).toHaveURL(new RegExp(`${publicPath}$`));
  await expect(editorPage.getByTestId("public-quote")).toHaveText(`“${QUOTE}”`);

  // Anyone reads it, signed out.
  const anonymous = await browser.newContext();
  const reader = await anonymous.newPage();
  const response = await reader.goto(publicPath);
  expect(response?.status()).toBe(200);
  await expect(reader.getByTestId("public-quote")).toHaveText(`“${QUOTE}”`);
  await expect(reader.getByTestId("rating-badge").first()).toHaveText("Unverifiable");
  await expect(reader.getByTestId("public-summary")).toContainText("an interpretation of intent");
  await expect(reader.getByTestId("public-sources").getByRole("link", { name: SOURCE })).toHaveAttribute("href", "http://en.sarakhon.com/news/378/");
  await reader.goto("/claims");
  await expect(reader.getByRole("link", { name: `“${QUOTE}”` })).toBeVisible();

  await Promise.all([reviewerContext.close(), editorContext.close(), anonymous.close()]);
});
