import { expect, test, type Page } from "@playwright/test";
import { db } from "../../lib/db";
import { importArticle, acceptSuggestion } from "../../lib/intake/mutations";
import { addComment, transitionClaim } from "../../lib/claims/mutations";
import { addEvidence, addSource } from "../../lib/sources/mutations";
import { saveVerdictDraft } from "../../lib/verdicts/mutations";
import { correctVerdict } from "../../lib/publishing/mutations";
import { createUserByAdmin } from "../../lib/auth/admin";
import { actorByEmail } from "./factories";
import { settled, signIn, USERS } from "./helpers";
import { REFUSED_URLS, XSS_PAYLOADS, XSS_URLS } from "./xss-corpus";

let articleId = "";
let claimId = "";
let slug = "";
const FIELDS = [
  "withheld reason",
  "article title",
  "article outlet",
  "article text / claim quote",
  "claimant",
  "source title",
  "source URL",
  "source publisher",
  "reliability note",
  "evidence excerpt",
  "evidence note",
  "verdict summary",
  "verdict rationale",
  "correction note",
  "comment",
  "user name",
];

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const reviewer = await actorByEmail(USERS.rita);
  const editor = await actorByEmail(USERS.editor);
  const admin = await actorByEmail(USERS.admin);
  const all = XSS_PAYLOADS.join(" | ");
  // The article text is one payload per line; the first line becomes the claim quote.
  const text = XSS_PAYLOADS.map((p, i) => `Line ${i + 1} said 50 countries did it in 2023: ${p}.`).join("\n");
  const imported = await importArticle({ actor: reviewer, input: { title: `Title ${XSS_PAYLOADS[0]}`, outlet: `Outlet ${XSS_PAYLOADS[1]}`, text } });
  articleId = imported.id;
  const suggestion = await db.suggestion.findFirstOrThrow({ where: { articleId }, orderBy: { start: "asc" } });
  claimId = (await acceptSuggestion({ actor: reviewer, input: { suggestionId: suggestion.id, claimant: `Claimant ${XSS_PAYLOADS[2]}` } })).claimId;
  let claim = await transitionClaim({ actor: reviewer, input: { claimId, version: 1, action: "triage" } });
  for (const url of XSS_URLS) {
    const source = await addSource({
      actor: reviewer,
      input: { claimId, url, title: `Source ${XSS_PAYLOADS[3]}`, publisher: XSS_PAYLOADS[4], reliabilityNote: XSS_PAYLOADS[5] },
    });
    await addEvidence({ actor: reviewer, input: { claimId, sourceId: source.id, stance: "CONTEXT", excerpt: XSS_PAYLOADS[6], note: XSS_PAYLOADS[7] } });
  }
  for (const url of REFUSED_URLS) {
    await expect(addSource({ actor: reviewer, input: { claimId, url, title: "Refused" } })).rejects.toMatchObject({ code: "VALIDATION" });
  }
  await saveVerdictDraft({
    actor: reviewer,
    input: { claimId, version: 0, rating: "FALSE", summary: `Summary ${XSS_PAYLOADS[8]}`, rationale: `Rationale ${all}` },
  });
  for (const p of XSS_PAYLOADS) await addComment({ actor: reviewer, input: { claimId, body: p } });
  claim = await transitionClaim({ actor: reviewer, input: { claimId, version: claim.version, action: "submit" } });
  claim = await transitionClaim({ actor: editor, input: { claimId, version: claim.version, action: "approve" } });
  claim = await transitionClaim({ actor: editor, input: { claimId, version: claim.version, action: "publish" } });
  claim = await correctVerdict({
    actor: editor,
    input: {
      claimId,
      version: claim.version,
      rating: "MOSTLY_FALSE",
      summary: `Corrected ${XSS_PAYLOADS[9]}`,
      rationale: `Corrected rationale ${all}`,
      note: `Note ${XSS_PAYLOADS[10]}`,
    },
  });
  slug = claim.slug!;
  await createUserByAdmin({
    actor: admin,
    input: { email: "xss@example.test", name: `User ${XSS_PAYLOADS[11]}`, role: "REVIEWER", password: "xss-account-pass-1" },
  });
});

async function assertInert(page: Page, url: string, mustShow?: string) {
  const dialogs: string[] = [];
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  const response = await page.goto(url);
  expect(response?.status(), url).toBeLessThan(400);
  await settled(page);
  // Open every <details> so nothing hides from the check, and wait until each has fired its toggle
  // event (a task queued after the change): a payload's ontoggle handler, set before ours, ran by then.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const closed = [...document.querySelectorAll("details")].filter((d) => !d.open);
        let pending = closed.length;
        if (pending === 0) return resolve();
        for (const d of closed) d.addEventListener("toggle", () => --pending === 0 && resolve(), { once: true });
        for (const d of closed) d.open = true;
      }),
  );
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), url).toBeUndefined();
  expect(dialogs, url).toEqual([]);
  // No element a payload would have created exists: the text stayed text.
  const injected = await page.evaluate(
    () =>
      document.querySelectorAll("[onerror],[onload],[ontoggle],[onfocus],iframe,object,math,a[href^='javascript' i],script:not([src]):not([type])[data-x]")
        .length + [...document.querySelectorAll("script:not([src])")].filter((s) => s.textContent?.trim().startsWith("window.__xss")).length,
  );
  expect(injected, url).toBe(0);
  if (mustShow) expect(await page.content(), url).toContain(mustShow);
}

test("every text field renders hostile input as inert text on every page that shows it", async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext();
  await signIn(context, USERS.admin);
  const page = await context.newPage();
  const escaped = "&lt;script&gt;window.__xss=1&lt;/script&gt;";
  // One more field through the real UI: an editor withholds a source with a hostile reason. As a real
  // action it also refreshes the cached public pages and the feed, which the direct writes above did not.
  await page.goto(`/desk/claims/${claimId}`);
  const withhold = page.getByRole("form", { name: "Withhold source" }).first();
  await withhold.getByLabel("Reason for withholding").fill(XSS_PAYLOADS[12]);
  await withhold.getByRole("button", { name: "Withhold from the public page" }).click();
  await expect(page.getByTestId("withheld-flag").first()).toContainText("<math>");
  const deskPages = [
    "/desk",
    `/desk/articles/${articleId}`,
    `/desk/claims/${claimId}`,
    "/desk/articles",
    "/desk/claimants",
    `/desk/claimants/${encodeURIComponent(`Claimant ${XSS_PAYLOADS[2]}`)}`,
    "/desk/search?q=window%20xss",
    "/desk/admin/users",
  ];
  const publicPages = ["/claims", `/claims/${slug}`, `/embed/claims/${slug}`, "/claims/search?q=line%20said"];
  for (const url of deskPages) await assertInert(page, url);
  await assertInert(page, `/desk/claims/${claimId}`, escaped);
  const anonymous = await (await browser.newContext()).newPage();
  for (const url of publicPages) await assertInert(anonymous, url);
  await assertInert(anonymous, `/claims/${slug}`, escaped);

  // Feeds and APIs carry the text escaped for their format.
  const feed = await (await anonymous.request.get("/feed.xml")).text();
  expect(feed).toContain(`/claims/${slug}`);
  expect(feed).toContain("&lt;script&gt;window.__xss");
  expect(feed).not.toMatch(/<script>window\.__xss|<img src=x onerror|<object data/);
  const api = await (await anonymous.request.get("/api/v1/claim-reviews?limit=100")).json();
  expect(JSON.stringify(api)).toContain("window.__xss");
  console.log(
    `XSS: ${XSS_PAYLOADS.length + XSS_URLS.length + REFUSED_URLS.length} payloads through ${FIELDS.length} fields, ${deskPages.length + publicPages.length} pages checked`,
  );
  await context.close();
});
