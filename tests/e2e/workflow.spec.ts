import { expect, test } from "@playwright/test";
import { openDemoArticle, screenshotPath, selectInArticle, signIn, USERS } from "./helpers";

const QUOTE = "He added that Russia’s closest partners in the world have become North Korea, Iran, Syria";

test("a claim goes from a text selection to a published verdict the public can read", async ({ browser }) => {
  // A fact-checker creates the claim from a selection in the article.
  const reviewerContext = await browser.newContext();
  await signIn(reviewerContext, USERS.rita);
  const page = await reviewerContext.newPage();
  await openDemoArticle(page);
  await selectInArticle(page, QUOTE);
  await expect(page.getByTestId("selected-quote")).toHaveText(`“${QUOTE}”`);
  await page.getByRole("button", { name: "New claim" }).click();
  await page.getByRole("button", { name: "Create claim" }).click();
  await expect(page.getByTestId("error-claimant")).toContainText("Claimant is required");
  await page.getByLabel("Claimant (who made the claim)").fill("Michael Carpenter, White House National Security Council");
  await page.getByRole("button", { name: "Create claim" }).click();
  await expect(page).toHaveURL(/\/desk\/claims\//);
  await expect(page.getByTestId("claim-quote")).toHaveText(`“${QUOTE}”`);
  await expect(page.getByTestId("status-badge").first()).toHaveText("New");
  const claimUrl = page.url();

  // Research: a source (a bad URL first, which keeps the other fields), evidence, a verdict.
  await page.getByRole("button", { name: "Start research" }).click();
  await expect(page.getByTestId("status-badge").first()).toHaveText("Researching");
  await page.getByTestId("sources").locator("summary").click();
  const sourceForm = page.getByRole("form", { name: "Add source" });
  await sourceForm.getByLabel("URL").fill("javascript:alert(1)");
  await sourceForm.getByLabel("Title").fill("Press Briefing with Ambassador Michael Carpenter");
  await sourceForm.getByRole("button", { name: "Add source" }).click();
  await expect(sourceForm.getByTestId("error-url")).toContainText("http");
  await expect(sourceForm.getByLabel("Title")).toHaveValue("Press Briefing with Ambassador Michael Carpenter");
  await sourceForm.getByLabel("URL").fill("http://en.sarakhon.com/news/378/");
  await sourceForm.getByLabel("Publisher").fill("Sarakhon (transcript republication)");
  await sourceForm.getByRole("button", { name: "Add source" }).click();
  await expect(page.getByTestId("sources").getByRole("link", { name: "Press Briefing with Ambassador Michael Carpenter" })).toBeVisible();

  await page.getByTestId("evidence").locator("summary").click();
  const evidenceForm = page.getByRole("form", { name: "Add evidence" });
  await evidenceForm.getByLabel("Source").selectOption({ label: "Press Briefing with Ambassador Michael Carpenter" });
  await evidenceForm.getByLabel("Stance").selectOption("CONTEXT");
  await evidenceForm.getByLabel("Excerpt").fill("Paraphrase: Carpenter lists North Korea, Iran, Syria and China as Russia's partners.");
  await evidenceForm.getByRole("button", { name: "Add evidence" }).click();
  await expect(page.getByTestId("evidence").getByText("Paraphrase: Carpenter lists")).toBeVisible();

  const verdictForm = page.getByRole("form", { name: "Verdict" });
  await verdictForm.getByLabel("Rating").selectOption("UNVERIFIABLE");
  await verdictForm.getByLabel("One-line summary").fill("Which countries are Russia's closest partners is a judgement, not a measurable fact.");
  await verdictForm
    .getByLabel("Rationale")
    .fill("The briefing transcript records Carpenter's view; no source measures closeness of partnership, so the claim cannot be confirmed or refuted.");
  await verdictForm.getByRole("button", { name: "Save draft verdict" }).click();
  await expect(page.getByText("Verdict draft saved.")).toBeVisible();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByTestId("status-badge").first()).toHaveText("In review");
  // The author sees no approval button.
  await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0);

  // An editor approves and publishes, each after a confirmation.
  const editorContext = await browser.newContext();
  await signIn(editorContext, USERS.editor);
  const editorPage = await editorContext.newPage();
  await editorPage.goto(claimUrl);
  await editorPage.getByRole("button", { name: "Approve" }).click();
  await editorPage.getByRole("button", { name: "Confirm: approve" }).click();
  await expect(editorPage.getByTestId("status-badge").first()).toHaveText("Approved");
  await editorPage.getByRole("button", { name: "Publish" }).click();
  await expect(editorPage.getByText(/It becomes public at once/)).toBeVisible();
  await editorPage.getByRole("button", { name: "Confirm: publish" }).click();
  await expect(editorPage.getByTestId("status-badge").first()).toHaveText("Published");
  const publicLink = editorPage.getByRole("link", { name: /^\/claims\// });
  const publicPath = (await publicLink.textContent())!;

  // Anyone reads it, signed out.
  const anonymous = await browser.newContext();
  const reader = await anonymous.newPage();
  const response = await reader.goto(publicPath);
  expect(response?.status()).toBe(200);
  await expect(reader.getByTestId("public-quote")).toHaveText(`“${QUOTE}”`);
  await expect(reader.getByTestId("rating-badge").first()).toHaveText("Unverifiable");
  await expect(reader.getByTestId("public-summary")).toContainText("a judgement, not a measurable fact");
  await expect(reader.getByTestId("byline")).toContainText("Checked by Rita Reviewer · edited by Eli Editor ·");
  // Readers can ask for a correction, on the verdict and on the methodology page.
  const contact = reader.getByTestId("corrections-contact").getByRole("link", { name: "Write to corrections@factdesk.test" });
  await expect(contact).toHaveAttribute("href", /^mailto:corrections@factdesk\.test\?subject=Correction%20request%3A%20http/);
  // Sharing: the links carry the verdict's address, and the embed code frames its card.
  const share = reader.getByTestId("share");
  expect(new URL((await share.getByRole("link", { name: "X" }).getAttribute("href"))!).searchParams.get("url")).toBe(new URL(publicPath, reader.url()).href);
  await share.getByText("Embed this verdict on your site").click();
  await expect(share.getByLabel(/Paste this code into your page/)).toHaveValue(new RegExp(`^<iframe src="http://[^"]+/embed${publicPath}"`));
  // The home page lists it among the latest verdicts.
  const home = await reader.context().newPage();
  await home.goto("/");
  await expect(home.getByTestId("verdict-list").getByRole("link", { name: `“${QUOTE}”` })).toBeVisible();
  await home.close();
  const methodology = await reader.context().newPage();
  await methodology.goto("/methodology");
  await expect(methodology.getByTestId("corrections-contact")).toContainText("To ask for a correction, write to corrections@factdesk.test");
  await methodology.close();
  await expect(reader.getByTestId("public-sources").getByRole("link", { name: "Press Briefing with Ambassador Michael Carpenter" })).toHaveAttribute(
    "href",
    "http://en.sarakhon.com/news/378/",
  );
  await reader.goto("/claims");
  await expect(reader.getByRole("link", { name: `“${QUOTE}”` })).toBeVisible();

  await Promise.all([reviewerContext.close(), editorContext.close(), anonymous.close()]);
});

test("the claim page, as a fact-checker sees it", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1800 } });
  await signIn(context, USERS.rita);
  const page = await context.newPage();
  await page.goto("/desk/articles");
  await page.getByRole("link", { name: /Putin’s North Korea visit/ }).click();
  await page.getByRole("link", { name: /relations between the two countries/ }).click();
  await expect(page.getByTestId("sources").getByRole("link")).toHaveCount(3);
  await page.screenshot({ path: screenshotPath("claim-page.png"), fullPage: false });
  await context.close();
});
