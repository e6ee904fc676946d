import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentActor: async () => session.actor }));

import { POST as importRoute } from "@/app/api/articles/import/route";
import { db } from "@/lib/db";
import { acceptSuggestion, dismissSuggestion, importArticle, replaceArticleText, suggestClaims } from "@/lib/intake/mutations";
import { DEMO_ARTICLE_TEXT } from "@/prisma/seed-data/article";
import { makeUser, rowCounts } from "../support/factories";
import { whileATransactionRollsBack } from "../support/in-flight";
import { createClaim } from "@/lib/claims/mutations";

const META = { title: "Putin in Pyongyang", outlet: "Test Wire", url: "https://wire.example/putin", publishedAt: "2024-06-20" };

function form(fields: Record<string, string>, file?: { name: string; type: string; bytes: Uint8Array | string }) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  if (file) data.set("file", new File([file.bytes as BlobPart], file.name, { type: file.type }));
  return new Request("http://localhost/api/articles/import", { method: "POST", body: data });
}

async function post(request: Request) {
  const response = await importRoute(request);
  return { status: response.status, body: await response.json() };
}

beforeEach(async () => {
  session.actor = await makeUser("REVIEWER");
});

describe("article import", () => {
  it("imports pasted text with its ranked suggestions and an audit event", async () => {
    const { status, body } = await post(form({ ...META, text: DEMO_ARTICLE_TEXT }));
    expect(status).toBe(200);
    const article = await db.article.findUniqueOrThrow({ where: { id: body.data.id }, include: { suggestions: { orderBy: { score: "desc" } } } });
    expect(article).toMatchObject({ title: "Putin in Pyongyang", outlet: "Test Wire", url: "https://wire.example/putin" });
    expect(article.suggestions.length).toBe(body.data.suggestions);
    expect(article.suggestions.length).toBeGreaterThan(3);
    for (const s of article.suggestions) expect(article.text.slice(s.start, s.end)).toBe(s.quote);
    const top = article.suggestions
      .slice(0, 6)
      .map((s) => s.quote)
      .join("\n");
    expect(top).toMatch(/large-scale supplies of weapons and ammunition/);
    expect(top).toMatch(/coalition of 50 countries/);
    expect(top).toMatch(/roughly 100 countries/);
    expect(await db.auditEvent.count({ where: { entityId: article.id, action: "article.import" } })).toBe(1);
  });

  it("imports an HTML file as readable text only: no script or style survives", async () => {
    const html = `<html><head><title>From the file</title><style>p{color:red}</style><script>alert("x")</script></head>
      <body><h1>Headline</h1><p>The mayor said the city built 1,200 homes in 2023.</p><img src=x onerror="alert(1)"><p>Second <a href="javascript:alert(2)">paragraph</a>.</p></body></html>`;
    const { status, body } = await post(form({ outlet: "Gazette", title: "" }, { name: "story.html", type: "text/html", bytes: html }));
    expect(status).toBe(200);
    const article = await db.article.findUniqueOrThrow({ where: { id: body.data.id } });
    expect(article.title).toBe("From the file");
    expect(article.text).toContain("The mayor said the city built 1,200 homes in 2023.");
    expect(article.text).toContain("Second paragraph.");
    expect(article.text).not.toMatch(/alert|color:red|onerror|javascript/);
  });

  it.each([
    ["an empty file", { name: "empty.txt", type: "text/plain", bytes: "" }, "text"],
    ["a whitespace-only file", { name: "blank.txt", type: "text/plain", bytes: "  \n\t \n" }, "file"],
    ["a binary file", { name: "data.txt", type: "text/plain", bytes: new Uint8Array([0x48, 0x00, 0x01, 0x02, 0xff, 0x00]) }, "file"],
    ["invalid UTF-8", { name: "latin1.txt", type: "text/plain", bytes: new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61]) }, "file"],
    ["an unsupported type", { name: "report.pdf", type: "application/pdf", bytes: "%PDF-1.4" }, "file"],
    ["a file over 1 MB", { name: "big.txt", type: "text/plain", bytes: new Uint8Array(1_000_001).fill(0x61) }, "file"],
    ["HTML without readable text", { name: "x.html", type: "text/html", bytes: "<script>alert(1)</script><style>b{}</style>" }, "file"],
  ])("refuses %s with a message on the field and imports nothing", async (_label, file, field) => {
    const before = await db.article.count();
    const { status, body } = await post(form(META, file));
    expect(status).toBe(400);
    expect(body.ok).toBe(false);
    expect(body.fieldErrors[field][0]).toEqual(expect.any(String));
    expect(await db.article.count()).toBe(before);
  });

  it("refuses missing details and missing text, per field", async () => {
    const { status, body } = await post(form({ title: "", outlet: "", url: "javascript:alert(1)", text: "Some text." }));
    expect(status).toBe(400);
    expect(Object.keys(body.fieldErrors).sort()).toEqual(["outlet", "title", "url"]);
    const noText = await post(form({ ...META, text: "   " }));
    expect(noText.body.fieldErrors.text).toEqual([expect.stringMatching(/no text/)]);
  });

  it("refuses anonymous callers", async () => {
    session.actor = null;
    const { status, body } = await post(form({ ...META, text: "Text." }));
    expect(status).toBe(401);
    expect(body.code).toBe("UNAUTHENTICATED");
  });

  it("writes nothing when anything fails half-way", async () => {
    const actor = session.actor!;
    const before = await rowCounts();
    const articles = await db.article.count();
    const spy = vi.spyOn(db.suggestion, "createMany");
    const original = db.$transaction.bind(db);
    // Fail inside the transaction, after the article row was written.
    const tx = vi.spyOn(db, "$transaction").mockImplementationOnce(((fn: (t: unknown) => unknown) =>
      original(async (t) => {
        await fn(t);
        throw new Error("disk full");
      })) as never);
    await expect(importArticle({ actor, input: { ...META, text: DEMO_ARTICLE_TEXT } })).rejects.toThrow("disk full");
    tx.mockRestore();
    spy.mockRestore();
    expect(await db.article.count()).toBe(articles);
    expect(await rowCounts()).toEqual(before);
  });
});

describe("suggestions", () => {
  it("accept into an anchored claim with the claimant pre-filled, and never come back once decided", async () => {
    const actor = session.actor!;
    const { id } = await importArticle({ actor, input: { ...META, text: DEMO_ARTICLE_TEXT } });
    const suggestions = await db.suggestion.findMany({ where: { articleId: id }, orderBy: { score: "desc" } });
    const withClaimant = suggestions.find((s) => s.claimant)!;
    const { claimId } = await acceptSuggestion({ actor, input: { suggestionId: withClaimant.id } });
    const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId } });
    expect(claim).toMatchObject({ quote: withClaimant.quote, start: withClaimant.start, end: withClaimant.end, claimant: withClaimant.claimant });
    const other = suggestions.find((s) => s.id !== withClaimant.id)!;
    await dismissSuggestion({ actor, input: { suggestionId: other.id } });
    await expect(acceptSuggestion({ actor, input: { suggestionId: other.id, claimant: "Someone" } })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await suggestClaims({ actor, input: { articleId: id } })).toEqual({ added: 0 });
    expect(await db.suggestion.findMany({ where: { articleId: id, status: "OPEN", id: { in: [withClaimant.id, other.id] } } })).toEqual([]);
    expect(await db.suggestion.count({ where: { articleId: id, quote: withClaimant.quote } })).toBe(1);
  });

  it("say a suggestion was decided before asking for its claimant; of two accepting at once, one claim", async () => {
    const actor = session.actor!;
    const text = "“Unemployment fell to 4.1% in 2023, the lowest level since 1990,” she said.";
    const { id } = await importArticle({ actor, input: { ...META, text } });
    const suggestion = await db.suggestion.findFirstOrThrow({ where: { articleId: id } });
    await dismissSuggestion({ actor, input: { suggestionId: suggestion.id } });
    // No claimant was found, but the first thing to know is that it is no longer open.
    await expect(acceptSuggestion({ actor, input: { suggestionId: suggestion.id } })).rejects.toMatchObject({ code: "CONFLICT" });

    const again = await importArticle({ actor, input: { ...META, text: DEMO_ARTICLE_TEXT } });
    const open = await db.suggestion.findFirstOrThrow({ where: { articleId: again.id, claimant: { not: null } } });
    const other = await makeUser("REVIEWER");
    const both = await Promise.allSettled([
      acceptSuggestion({ actor, input: { suggestionId: open.id } }),
      acceptSuggestion({ actor: other, input: { suggestionId: open.id } }),
    ]);
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((both.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    expect(await db.claim.count({ where: { articleId: again.id, start: open.start, end: open.end } })).toBe(1);
  });

  it("require a claimant when none was found", async () => {
    const actor = session.actor!;
    // A quotation whose speaker ("she") was never named: the outlet did not say it, so no one is filled in.
    const text = "“Unemployment fell to 4.1% in 2023, the lowest level since 1990,” she said.";
    const { id } = await importArticle({ actor, input: { ...META, text } });
    const suggestion = await db.suggestion.findFirstOrThrow({ where: { articleId: id } });
    expect(suggestion.claimant).toBeNull();
    await expect(acceptSuggestion({ actor, input: { suggestionId: suggestion.id } })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { claimant: expect.any(Array) },
    });
    expect(await db.claim.count({ where: { articleId: id } })).toBe(0);
  });
});

describe("suggestions know the desk", () => {
  const CHECKED = "Belarus began large-scale supplies of fertiliser to Venezuela in 2023";

  it("carry their type, the claimant's desk name and the claim they repeat; never a negation of it", async () => {
    const actor = session.actor!;
    const article = await db.article.create({ data: { title: "Earlier", outlet: "Earlier Wire", text: `${CHECKED}.` } });
    const checked = await createClaim({
      actor,
      input: { articleId: article.id, quote: CHECKED, start: 0, end: CHECKED.length, claimant: "Earlier Wire", claimantType: "ORGANIZATION" },
    });
    const claimant = await db.claimant.upsert({
      where: { key: "michael carpenter" },
      create: { name: "Michael Carpenter", key: "michael carpenter", type: "PERSON" },
      update: {},
    });
    await db.claimantAlias.upsert({ where: { key: "carpenter" }, create: { claimantId: claimant.id, alias: "Carpenter", key: "carpenter" }, update: {} });
    const text = [
      "Since 2023 Belarus has been shipping fertiliser to Venezuela on a large scale, officials in Lima said on Monday.",
      "Belarus did not supply any fertiliser to Venezuela in 2023, a spokesman for the ministry in Minsk said.",
      "“Belarus sent 10,000 containers of fertiliser to Venezuela in 2023,” Carpenter said.",
    ].join("\n");
    const { id } = await importArticle({ actor, input: { ...META, title: "Repeats", text } });
    const suggestions = await db.suggestion.findMany({ where: { articleId: id }, orderBy: { start: "asc" } });
    const about = (needle: string) => suggestions.find((s) => s.quote.includes(needle));
    expect(about("shipping fertiliser")).toMatchObject({ repeatsId: checked.id });
    expect(about("did not supply")?.repeatsId ?? null).toBeNull();
    expect(about("10,000 containers")).toMatchObject({ type: "quantity", claimant: "Michael Carpenter" });
  });
});

describe("re-anchoring when the text changes", () => {
  it("keeps exact quotes (moving offsets), and flags changed or removed quotes without moving them", async () => {
    const actor = session.actor!;
    const text =
      "First sentence about housing.\nThe mayor said the city built 1,200 homes in 2023.\nUnemployment fell to 4.1% last year.\nCrime rose by 3% according to police.";
    const { id } = await importArticle({ actor, input: { ...META, text } });
    const make = async (quote: string) => {
      const start = text.indexOf(quote);
      const suggestion = await db.suggestion.create({ data: { articleId: id, start, end: start + quote.length, quote, score: 1, reasons: "[]" } });
      return (await acceptSuggestion({ actor, input: { suggestionId: suggestion.id, claimant: "The mayor" } })).claimId;
    };
    const kept = await make("the city built 1,200 homes in 2023");
    const fuzzy = await make("Unemployment fell to 4.1% last year");
    const lost = await make("Crime rose by 3% according to police");
    const article = await db.article.findUniqueOrThrow({ where: { id } });
    const edited = "A new opening paragraph was added.\nThe mayor said the city built 1,200 homes in 2023.\nUnemployment fell to 4.2% last year.";
    const outcome = await replaceArticleText({ actor, input: { articleId: id, version: article.version, text: edited } });
    expect(outcome).toEqual({ unchanged: 0, moved: 1, fuzzy: 1, lost: 1, suggestionsSkipped: null });
    const [k, f, l] = await Promise.all([kept, fuzzy, lost].map((cid) => db.claim.findUniqueOrThrow({ where: { id: cid } })));
    expect(edited.slice(k.start, k.end)).toBe(k.quote);
    expect(k.anchorState).toBe("OK");
    expect(f).toMatchObject({ anchorState: "FUZZY", quote: "Unemployment fell to 4.1% last year" });
    expect(JSON.parse(f.anchorCandidate!).quote).toMatch(/4\.2%/);
    expect(l).toMatchObject({ anchorState: "LOST", quote: "Crime rose by 3% according to police" });
    await expect(replaceArticleText({ actor, input: { articleId: id, version: article.version, text: "Stale edit." } })).rejects.toMatchObject({
      code: "STALE",
    });
  });
});

describe("suggestions asked for while a text replacement is in flight", () => {
  it("point into the committed text, never into a replacement that rolls back", async () => {
    const actor = session.actor!;
    const article = await db.article.create({ data: { title: "Putin in Pyongyang", outlet: "Test Wire", text: DEMO_ARTICLE_TEXT, createdById: actor.id } });
    const outcome = await whileATransactionRollsBack(
      (tx) => tx.article.update({ where: { id: article.id }, data: { text: `A much longer opening line.\n${DEMO_ARTICLE_TEXT}`, version: { increment: 1 } } }),
      () => suggestClaims({ actor, input: { articleId: article.id } }),
    );
    expect(outcome.value).toMatchObject({ added: expect.any(Number) });
    const suggestions = await db.suggestion.findMany({ where: { articleId: article.id } });
    expect(suggestions.length).toBeGreaterThan(3);
    for (const s of suggestions) expect(DEMO_ARTICLE_TEXT.slice(s.start, s.end)).toBe(s.quote);
  });
});
