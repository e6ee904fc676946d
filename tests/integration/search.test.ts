import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { searchDesk, searchPublished } from "@/lib/search";
import { SEARCH_COUNTED, SEARCH_PAGE_SIZE, SEARCH_RANKED, searchQuerySchema, type SearchQuery } from "@/lib/search/schemas";
import type { Actor } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { addSource } from "@/lib/sources/mutations";
import { makeArticle, makeClaim, makeUser } from "../support/factories";
import { candidateClaims } from "@/lib/search/engine";
import { clearTermFrequencies } from "@/lib/search/candidates";
import { createClaim } from "@/lib/claims/mutations";
import { databaseKind } from "@/lib/db-url";

const q = (params: Record<string, string>) => searchQuerySchema.parse(params);
const text = (fragments: { text: string }[]) => fragments.map((f) => f.text).join("");
const hits = (fragments: { text: string; hit: boolean }[]) => fragments.filter((f) => f.hit).map((f) => f.text.toLowerCase());

let reader: Actor;
const searchAs = (query: SearchQuery) => searchDesk({ actor: reader, query });

beforeAll(async () => {
  await seedDemo({ password: "test-password-123" });
  reader = await makeUser("REVIEWER");
}, 60_000);

describe("desk search (SQLite FTS5 or PostgreSQL tsvector)", () => {
  it("finds claims, articles, sources and claimants, ranked, with the matching words marked", async () => {
    const { results, total } = await searchAs(q({ q: "coalition countries" }));
    expect(total).toBeGreaterThanOrEqual(2);
    const kinds = new Set(results.map((r) => r.kind));
    expect(kinds.has("claim")).toBe(true);
    expect(kinds.has("article")).toBe(true);
    const claim = results.find((r) => r.kind === "claim")!;
    expect(text(claim.body)).toMatch(/coalition of 50 countries/);
    expect(hits(claim.body)).toEqual(expect.arrayContaining(["coalition", "countries"]));
  });

  it("ranks a claim that repeats the words above one that merely mentions them", async () => {
    const { results } = await searchAs(q({ q: "Ukraine Defense Contact Group", type: "claim" }));
    expect(text(results[0].body)).toMatch(/Ukraine Defense Contact Group/);
  });

  it("stems and prefixes: 'sanction' finds 'sanctions'", async () => {
    const { results } = await searchAs(q({ q: "sanction", type: "claim" }));
    expect(results.map((r) => text(r.body)).join(" ")).toMatch(/sanctions/);
  });

  it("matches the start of words from three letters; shorter terms only as whole words (anyone could make one-letter prefixes read every word)", async () => {
    const claimText = async (term: string) => (await searchAs(q({ q: term, type: "claim" }))).results.map((r) => text(r.body)).join(" ");
    expect(await claimText("sanc")).toMatch(/sanctions/);
    expect(await claimText("sa")).not.toMatch(/sanctions/);
    // The public search alike: a published verdict's word is found whole or from three letters, not from two.
    const publishedText = async (term: string) => (await searchPublished({ q: term, page: 1 })).results.map((r) => text(r.body)).join(" ");
    expect(await publishedText("coalition")).toMatch(/coalition/);
    expect(await publishedText("coa")).toMatch(/coalition/);
    expect(await publishedText("co")).not.toMatch(/coalition/);
  });

  it("gives an article's snippet from the start of its text: the word marked where it is there, the first words where it is only further on", async () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `paragraph${i}`).join(" ");
    const early = await makeArticle(`${filler(40)} the zanzibarite cartel ${filler(5000)}`);
    const late = await makeArticle(`${filler(5000)} the quokkanite cartel`);
    const body = async (word: string, id: string) => text((await searchAs(q({ q: word, type: "article" }))).results.find((r) => r.href.endsWith(id))!.body);
    const found = (await searchAs(q({ q: "zanzibarite", type: "article" }))).results.find((r) => r.href.endsWith(early.id))!;
    expect(hits(found.body)).toEqual(["zanzibarite"]);
    expect(await body("zanzibarite", early.id)).toMatch(/paragraph39 the zanzibarite cartel paragraph0 /);
    // Found by the index, its snippet taken from the text's start.
    expect(await body("quokkanite", late.id)).toMatch(/^paragraph0 paragraph1 /);
  });

  it("tells two sources with one address apart by their claims (the quote, cut short), and shows the claim's status", async () => {
    const reviewer = await makeUser("REVIEWER");
    const [a, b] = [await makeClaim(reviewer), await makeClaim(reviewer, "Unemployment fell to 4.1% last year")];
    for (const claim of [a, b])
      await addSource({ actor: reviewer, input: { claimId: claim.id, url: "https://stats.example/xylophonist-report", title: "The xylophonist report" } });
    const found = (await searchAs(q({ q: "xylophonist", type: "source" }))).results;
    expect(found).toHaveLength(2);
    expect(found.map((r) => [r.href, r.context, r.status]).sort()).toEqual(
      [
        [`/desk/claims/${a.id}`, a.quote, "NEW"],
        [`/desk/claims/${b.id}`, b.quote, "NEW"],
      ].sort(),
    );
    // Claims and articles carry none.
    expect((await searchAs(q({ q: "democratic" }))).results.filter((r) => r.kind !== "source").every((r) => r.context === null)).toBe(true);
  });

  it("filters by type and by status", async () => {
    const sources = await searchAs(q({ q: "summit", type: "source" }));
    expect(sources.results.length).toBeGreaterThan(0);
    expect(sources.results.every((r) => r.kind === "source")).toBe(true);
    // A source leads to its claim's page.
    for (const r of sources.results) expect(r.href).toBe(`/desk/claims/${(await db.source.findUniqueOrThrow({ where: { id: r.id } })).claimId}`);
    const inReview = await searchAs(q({ q: "democratic", type: "claim", status: "IN_REVIEW" }));
    expect(inReview.results.map((r) => r.status)).toEqual(["IN_REVIEW"]);
    const claimants = await searchAs(q({ q: "carpenter", type: "claimant" }));
    expect(claimants.results).toHaveLength(1);
    expect(claimants.results[0].href).toBe("/desk/claimants/Michael%20Carpenter%2C%20White%20House%20National%20Security%20Council");
    expect(hits(claimants.results[0].title)).toEqual(["carpenter"]);
    // A claimant's line says how many claims are theirs.
    const theirs = await db.claim.count({ where: { claimant: claimants.results[0].id } });
    expect(theirs).toBeGreaterThan(0);
    expect(text(claimants.results[0].body)).toBe(`${theirs} claim(s)`);
    // A claim's line carries its verdict's rating, or none, and leads to its desk page.
    const editor = await makeUser("EDITOR");
    const quote = "the coalition signed 31 quizzicality accords";
    const article = await makeArticle(`Officials said ${quote} this year.`);
    const start = article.text.indexOf(quote);
    await createClaim({
      actor: editor,
      input: { articleId: article.id, quote, start, end: start + quote.length, claimant: "Officials", claimantType: "PERSON" },
    });
    const claims = (await searchAs(q({ q: "coalition", type: "claim" }))).results;
    const verdicts = await db.verdict.findMany({ where: { claimId: { in: claims.map((r) => r.id) } } });
    expect(verdicts.length).toBeGreaterThan(0);
    expect(claims.some((r) => !verdicts.some((v) => v.claimId === r.id))).toBe(true);
    for (const r of claims) {
      expect(r.rating, r.id).toBe(verdicts.find((v) => v.claimId === r.id)?.rating ?? null);
      expect(r.href).toBe(`/desk/claims/${r.id}`);
    }
  });

  it("a status narrows claims and sources, and leaves articles and claimants as they are", async () => {
    // On PostgreSQL a type without claims used to send the status as a parameter no part read, and failed.
    for (const type of ["article", "claimant"] as const) {
      const word = type === "article" ? "coalition" : "carpenter";
      const all = await searchAs(q({ q: word, type }));
      expect(all.total).toBeGreaterThan(0);
      for (const status of ["NEW", "PUBLISHED"]) {
        const narrowed = await searchAs(q({ q: word, type, status }));
        expect([narrowed.total, narrowed.results.map((r) => r.id)]).toEqual([all.total, all.results.map((r) => r.id)]);
      }
    }
  });

  it("paginates on the server", async () => {
    const first = await searchAs(q({ q: "the", page: "1" }));
    expect(first.results.length).toBeLessThanOrEqual(20);
    const beyond = await searchAs(q({ q: "the", page: "400" }));
    expect(beyond.results).toEqual([]);
    expect(beyond.total).toBe(first.total);
  });

  it("walks every page without repeating or skipping a result, ranked across pages", async () => {
    // More matches than one page: claims on one article that all say "tariff".
    const reviewer = await makeUser("REVIEWER");
    for (let i = 0; i < 25; i++)
      await makeClaim(reviewer, "the city built 1,200 new homes in 2023").then((c) =>
        db.claim.update({ where: { id: c.id }, data: { quote: `Tariff number ${i} on tariff imports`, claimant: `Tariff official ${i}` } }),
      );
    const seen: string[] = [];
    let total = 0;
    for (let page = 1; page <= 10; page++) {
      const result = await searchAs(q({ q: "tariff", page: String(page) }));
      total = result.total;
      if (result.results.length === 0) break;
      seen.push(...result.results.map((r) => `${r.kind}:${r.id}`));
    }
    expect(total).toBeGreaterThan(20);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(total);
  });

  it("treats any typed text as words, never as query syntax", async () => {
    for (const input of ['"', "AND OR NOT", "coal*ition", "claimant:", ")(", "'; DROP TABLE Claim; --", "🙂", ""]) {
      await expect(searchAs(q({ q: input }))).resolves.toMatchObject({ total: expect.any(Number) });
    }
    expect(await db.claim.count()).toBeGreaterThan(0);
  });

  it("sees a write at once", async () => {
    const reviewer = await makeUser("REVIEWER");
    expect((await searchAs(q({ q: "zeppelinfabrik" }))).total).toBe(0);
    const claim = await makeClaim(reviewer, "The mayor said");
    await db.claim.update({ where: { id: claim.id }, data: { claimant: "Zeppelinfabrik spokesperson" } });
    await addSource({ actor: reviewer, input: { claimId: claim.id, url: "https://example.org/zeppelinfabrik", title: "Zeppelinfabrik annual report" } });
    const found = await searchAs(q({ q: "zeppelinfabrik" }));
    expect(found.results.map((r) => r.kind).sort()).toEqual(["claim", "claimant", "source"]);
    await db.claim.update({ where: { id: claim.id }, data: { claimant: "Someone else" } });
    expect((await searchAs(q({ q: "zeppelinfabrik", type: "claim" }))).total).toBe(0);
  });
});

describe("public search", () => {
  it("finds published verdicts only, linking to their public pages", async () => {
    const published = await searchPublished({ q: "Putin", page: 1 });
    expect(published.results.length).toBe(1);
    expect(published.results[0].href).toMatch(/^\/claims\/putin-and-north-korean/);
    // The reader sees the rating in the list.
    const rating = (await db.verdict.findFirstOrThrow({ where: { claimId: published.results[0].id } })).rating;
    expect(published.results[0].rating).toBe(rating);
    // The visit's verdict is approved, not published; the dual-use claim is new.
    expect((await searchPublished({ q: "visited", page: 1 })).results).toEqual([]);
    expect((await searchPublished({ q: "nitrocellulose", page: 1 })).results).toEqual([]);
  });
});

describe("repeat candidates on a large desk (lib/search/candidates.ts)", () => {
  const claimOf = async (actor: Actor, quote: string) => {
    const article = await makeArticle(`A report. ${quote} More text follows.`);
    const start = article.text.indexOf(quote);
    return createClaim({ actor, input: { articleId: article.id, quote, start, end: start + quote.length, claimant: "The mayor", claimantType: "PERSON" } });
  };
  let rare: string;
  let alsoRare: string;
  const common: string[] = [];

  beforeAll(async () => {
    const reviewer = await makeUser("REVIEWER");
    rare = (await claimOf(reviewer, "Zorblatian exports of quintiform copper rose by half")).id;
    alsoRare = (await claimOf(reviewer, "The quintiform mine closed in the spring")).id;
    for (let i = 0; i < 6; i++) common.push((await claimOf(reviewer, `Zorblatian officials met ${i + 1} times this year`)).id);
    clearTermFrequencies();
  }, 60_000);

  it("ranks every shared word when their matches fit the budget", async () => {
    const found = (await candidateClaims({ text: "Zorblatian quintiform exports" })).map((c) => c.id);
    expect(found[0]).toBe(rare);
    expect(found).toEqual(expect.arrayContaining([rare, alsoRare, ...common]));
  });

  it("leaves out the claim itself and still answers `limit` others", async () => {
    // The best match of the text is the excluded claim: two others take its place. (Which two of the claims sharing
    // one word with it is a tie on PostgreSQL, whose rank does not weigh a word by how rare it is.)
    const text = "Zorblatian exports of quintiform copper rose by half";
    const found = (await candidateClaims({ text, excludeId: rare, limit: 2 })).map((c) => c.id);
    expect(found).toHaveLength(2);
    expect(new Set(found).size).toBe(2);
    expect(found).not.toContain(rare);
    expect([alsoRare, ...common]).toEqual(expect.arrayContaining(found));
    // Without the exclusion the claim comes first, and the limit holds.
    const all = (await candidateClaims({ text, limit: 2 })).map((c) => c.id);
    expect(all).toHaveLength(2);
    expect(all[0]).toBe(rare);
  });

  it("leaves out the words too many claims hold, keeping the rare ones", async () => {
    // zorblatian: 7 claims, quintiform: 2, exports: 1 (and whatever else the desk holds of it).
    const found = (await candidateClaims({ text: "Zorblatian quintiform", budget: 3 })).map((c) => c.id).sort();
    expect(found).toEqual([rare, alsoRare].sort());
  });

  it("asks for all of the rarest words when even the rarest is over the budget", async () => {
    const found = (await candidateClaims({ text: "Zorblatian quintiform", budget: 1 })).map((c) => c.id);
    expect(found).toEqual([rare]);
  });

  it("still finds the claims holding the common words when the only word that fits is one no claim holds", async () => {
    const found = (await candidateClaims({ text: "Zorblatian quintiform blorptastic", budget: 1 })).map((c) => c.id);
    expect(found).toEqual([rare]);
  });
});

/** `n` claims of one new article, each with its own fields. */
async function manyClaims(n: number, fields: (i: number) => { quote: string } & Partial<Prisma.ClaimCreateManyInput>) {
  const author = await makeUser("REVIEWER");
  const article = await makeArticle();
  await db.claim.createMany({
    data: Array.from({ length: n }, (_, i) => ({
      articleId: article.id,
      start: 0,
      end: 10,
      prefix: "",
      suffix: "",
      claimant: "The mayor",
      createdById: author.id,
      ...fields(i),
    })),
  });
}

describe("a common word on a large desk (SEARCH_RANKED)", () => {
  it("ranks the newest SEARCH_RANKED matches of a kind, counts them up to SEARCH_COUNTED, and pages only as far as it ranked", async () => {
    const base = Date.UTC(2026, 0, 1);
    // The oldest claim says the word most often (the best match of all); so does the newest one. "rose"
    // is in exactly SEARCH_RANKED claims (4 to SEARCH_RANKED + 3).
    const quote = (i: number) =>
      i === 0 || i === SEARCH_RANKED + 4 ? "Quuxbarian quuxbarian quuxbarian tariffs" : i < 4 ? `Quuxbarian tariffs fell ${i}` : `Quuxbarian tariffs rose ${i}`;
    await manyClaims(SEARCH_RANKED + 5, (i) => ({ quote: quote(i), createdAt: new Date(base + i * 60_000) }));
    const found = await searchAs(q({ q: "quuxbarian", type: "claim" }));
    // More matches than are counted: the count stops one past what is ranked, and says there are more.
    expect([found.total, found.more, found.ranked]).toEqual([SEARCH_COUNTED, true, SEARCH_RANKED]);
    expect(found.pageCount).toBe(SEARCH_RANKED / SEARCH_PAGE_SIZE);
    // The newest best match leads; the oldest, outside the ranked set, is on no page.
    expect(text(found.results[0].body)).toBe("Quuxbarian quuxbarian quuxbarian tariffs");
    const newest = await db.claim.findFirstOrThrow({ where: { createdAt: new Date(base + (SEARCH_RANKED + 4) * 60_000) } });
    expect(found.results[0].id).toBe(newest.id);
    expect(found.results.filter((r) => text(r.body) === "Quuxbarian quuxbarian quuxbarian tariffs")).toHaveLength(1);
    const last = await searchAs(q({ q: "quuxbarian", type: "claim", page: String(found.pageCount) }));
    expect(last.results).toHaveLength(SEARCH_PAGE_SIZE);
    // Each row of a page is read with its words marked, whatever other matches lie between them.
    expect(last.results.every((r) => hits(r.body).includes("quuxbarian"))).toBe(true);
    expect(last.results.map((r) => text(r.body))).not.toContain("Quuxbarian tariffs rose 4");
    // The oldest matches are the ones left out: none of "fell 1" to "fell 3" is on any page.
    const everyPage = [];
    for (let page = 1; page <= found.pageCount; page++) everyPage.push(...(await searchAs(q({ q: "quuxbarian", type: "claim", page: String(page) }))).results);
    expect(everyPage).toHaveLength(SEARCH_RANKED);
    expect(everyPage.filter((r) => /fell/.test(text(r.body)))).toEqual([]);
    // Nor the 301st newest, which is read to count (SEARCH_COUNTED) but not ranked.
    expect(everyPage.map((r) => text(r.body))).not.toContain("Quuxbarian tariffs rose 4");
    // Exactly as many matches as are ranked: all counted, none more.
    const exactly = await searchAs(q({ q: "quuxbarian rose", type: "claim" }));
    expect([exactly.total, exactly.more, exactly.ranked]).toEqual([SEARCH_RANKED, false, SEARCH_RANKED]);
    // A narrower search ranks every match.
    const narrow = await searchAs(q({ q: "quuxbarian rose 10", type: "claim" }));
    expect(narrow.total).toBeGreaterThan(0);
    expect([narrow.more, narrow.ranked]).toEqual([false, narrow.total]);
    // Narrowed by status (the count joins the claims): counted the same way.
    const byStatus = await searchAs(q({ q: "quuxbarian", type: "claim", status: "NEW" }));
    expect([byStatus.total, byStatus.more, byStatus.ranked]).toEqual([SEARCH_COUNTED, true, SEARCH_RANKED]);
    expect((await searchAs(q({ q: "quuxbarian", type: "claim", status: "PUBLISHED" }))).total).toBe(0);
    // Every kind at once: the claims' count stops at SEARCH_COUNTED there too.
    const every = await searchAs(q({ q: "quuxbarian" }));
    expect(every.more).toBe(true);
    expect(every.total - every.ranked).toBe(1);
  }, 60_000);

  it("cuts claims of one instant (a bulk import's) at SEARCH_RANKED in one order: PostgreSQL the queue's Newest, SQLite the last inserted first", async () => {
    const at = new Date(Date.UTC(2026, 1, 1));
    await manyClaims(SEARCH_COUNTED + 2, (i) => ({ quote: `Blorvish levies rose ${i}`, createdAt: at }));
    const found = await searchAs(q({ q: "blorvish", type: "claim" }));
    expect([found.total, found.more, found.ranked]).toEqual([SEARCH_COUNTED, true, SEARCH_RANKED]);
    const ranked: string[] = [];
    for (let page = 1; page <= found.pageCount; page++)
      ranked.push(...(await searchAs(q({ q: "blorvish", type: "claim", page: String(page) }))).results.map((r) => r.id));
    expect(new Set(ranked).size).toBe(SEARCH_RANKED);
    // The three left out: last in the queue's Newest order (createdAt desc, id asc), or the first inserted.
    const leftOut =
      databaseKind() === "postgres"
        ? (
            await db.claim.findMany({
              where: { quote: { startsWith: "Blorvish" } },
              orderBy: [{ createdAt: "desc" }, { id: "asc" }],
              skip: SEARCH_RANKED,
              select: { id: true },
            })
          ).map((c) => c.id)
        : (await db.$queryRawUnsafe<{ id: string }[]>(`SELECT "id" FROM "Claim" WHERE "quote" LIKE 'Blorvish%' ORDER BY rowid ASC LIMIT 3`)).map((c) => c.id);
    expect(leftOut).toHaveLength(3);
    expect(ranked.filter((id) => leftOut.includes(id))).toEqual([]);
  }, 60_000);

  it("ranks the newest SEARCH_RANKED published verdicts in public search too (the page says so)", async () => {
    // Created a minute apart: claims created in the same instant (a bulk import) are in no order of age.
    const base = Date.UTC(2026, 0, 1);
    await manyClaims(SEARCH_RANKED + 3, (i) => ({
      quote: `Zorblatt exports grew ${i}`,
      status: "PUBLISHED",
      slug: `zorblatt-exports-${i}`,
      publishedAt: new Date(),
      createdAt: new Date(base + i * 60_000),
    }));
    const found = await searchPublished({ q: "zorblatt", page: 1 });
    expect([found.total, found.more, found.ranked, found.pageCount]).toEqual([SEARCH_COUNTED, true, SEARCH_RANKED, SEARCH_RANKED / SEARCH_PAGE_SIZE]);
    // Every page together: the SEARCH_RANKED newest once each, the three oldest on none (they tie on rank).
    const hrefs: string[] = [];
    for (let page = 1; page <= found.pageCount; page++) hrefs.push(...(await searchPublished({ q: "zorblatt", page })).results.map((r) => r.href));
    expect(new Set(hrefs).size).toBe(SEARCH_RANKED);
    expect(hrefs.filter((h) => /^\/claims\/zorblatt-exports-[012]$/.test(h))).toEqual([]);
  }, 60_000);
});
