import { expect, test } from "@playwright/test";
import { db } from "../../lib/db";
import { createClaim, transitionClaim } from "../../lib/claims/mutations";
import { importArticle } from "../../lib/intake/mutations";
import { addEvidence, addSource } from "../../lib/sources/mutations";
import { actorByEmail } from "./factories";
import { screenshotPath, settled, signIn, USERS } from "./helpers";

test("a fact-checker corrects a typo'd source, is told on the field when the URL is bad, and removes a wrong excerpt and source", async ({ browser }) => {
  const ravi = await actorByEmail(USERS.ravi);
  const text = "The agency said 300 trucks crossed the border in May.";
  const article = await importArticle({ actor: ravi, input: { title: "Research edits article", outlet: "Desk test", text } });
  const quote = "300 trucks crossed the border in May";
  const start = text.indexOf(quote);
  let claim = await createClaim({
    actor: ravi,
    input: { articleId: article.id, quote, start, end: start + quote.length, claimant: "The agency", claimantType: "ORGANIZATION" },
  });
  claim = await transitionClaim({ actor: ravi, input: { claimId: claim.id, version: claim.version, action: "triage" } });
  const source = await addSource({ actor: ravi, input: { claimId: claim.id, url: "https://customs.exmaple/may", title: "Customs montly figures" } });
  await addEvidence({ actor: ravi, input: { claimId: claim.id, sourceId: source.id, stance: "SUPPORTS", excerpt: "300 trucks in May." } });

  const context = await browser.newContext();
  await signIn(context, USERS.ravi);
  const page = await context.newPage();
  await page.goto(`/desk/claims/${claim.id}`);
  await settled(page);
  const sources = page.getByTestId("sources");
  await sources.getByRole("button", { name: "Edit source “Customs montly figures”" }).click();
  const form = sources.getByRole("form", { name: "Edit source" });
  await expect(form.getByLabel("URL")).toHaveValue("https://customs.exmaple/may");

  // A bad address is refused on its field; the typed values stay, nothing is saved.
  await form.getByLabel("URL").fill("customs dot example");
  await form.getByLabel("Title").fill("Customs monthly figures");
  await form.getByRole("button", { name: "Save source" }).click();
  await expect(form.getByText(/http/).first()).toBeVisible();
  await expect(form.getByLabel("Title")).toHaveValue("Customs monthly figures");
  expect((await db.source.findUniqueOrThrow({ where: { id: source.id } })).url).toBe("https://customs.exmaple/may");

  await form.getByLabel("URL").fill("https://customs.example/may");
  await form.getByRole("button", { name: "Save source" }).click();
  await expect(sources.getByRole("link", { name: "Customs monthly figures" })).toHaveAttribute("href", "https://customs.example/may");
  await expect(form).toHaveCount(0);

  // Removing the source asks first, and says the evidence goes with it.
  await sources.getByRole("button", { name: "Remove source “Customs monthly figures”" }).click();
  const confirm = sources.getByRole("form", { name: "Remove source “Customs monthly figures”" });
  await expect(confirm).toContainText("and the piece of evidence taken from it");
  await page.screenshot({ path: screenshotPath("research-remove-source.png"), fullPage: false });
  await confirm.getByRole("button", { name: "Cancel" }).click();
  expect(await db.source.count({ where: { claimId: claim.id } })).toBe(1);

  const evidence = page.getByTestId("evidence");
  await evidence.getByRole("button", { name: "Remove evidence" }).click();
  await evidence.getByRole("button", { name: "Confirm: remove" }).click();
  await expect(evidence.getByText("No evidence yet.")).toBeVisible();
  await sources.getByRole("button", { name: "Remove source “Customs monthly figures”" }).click();
  await sources.getByRole("button", { name: "Confirm: remove" }).click();
  await expect(sources.getByText("No sources yet.")).toBeVisible();
  expect(await db.source.count({ where: { claimId: claim.id } })).toBe(0);
  // The history says it in words, with names and titles.
  const history = page.getByTestId("history");
  const events = history.getByTestId("history-event");
  await expect(events.nth(0)).toContainText("Ravi Reviewer removed the source “Customs monthly figures”");
  await expect(events.nth(1)).toContainText("Ravi Reviewer removed evidence from “Customs monthly figures”");
  await expect(history).toContainText("edited the source “Customs monthly figures”");
  await expect(history).toContainText("URL: https://customs.exmaple/may → https://customs.example/may");
  // Named by its title even now that it is removed.
  await expect(history).toContainText("added supporting evidence from “Customs monthly figures”");
  const actions = (await db.auditEvent.findMany({ where: { claimId: claim.id }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
  expect(actions.slice(-3)).toEqual(["source.edit", "evidence.remove", "source.remove"]);
  await context.close();
});
