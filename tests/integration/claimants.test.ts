import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createClaim } from "@/lib/claims/mutations";
import { addClaimantAlias, mergeClaimants, removeClaimantAlias } from "@/lib/claimants/mutations";
import { getClaimant, listClaimants, suggestClaimants } from "@/lib/claimants/queries";
import { makeArticle, makeUser, step, draftVerdict } from "../support/factories";
import { fingerprint } from "../support/fingerprint";

// Issue 15: claimants are people and organisations, with aliases; an editor merges duplicates.

async function claimBy(claimant: string, claimantType: "PERSON" | "ORGANIZATION" = "PERSON") {
  const reviewer = await makeUser("REVIEWER");
  const article = await makeArticle();
  const quote = "the city built 1,200 new homes in 2023";
  const start = article.text.indexOf(quote);
  return createClaim({ actor: reviewer, input: { articleId: article.id, quote, start, end: start + quote.length, claimant, claimantType } });
}

const unique = (name: string) => `${name} ${randomUUID().slice(0, 6)}`;
const claimantOf = async (claimId: string) => db.claimant.findFirstOrThrow({ where: { claims: { some: { id: claimId } } } });

describe("claimants as entities", () => {
  it("files a claim under one claimant however the name is spelled, and under its own name and type", async () => {
    const name = unique("Michael Carpenter, White House NSC");
    const first = await claimBy(name, "PERSON");
    const second = await claimBy(`  ${name.toUpperCase().replace(" ", "   ")} `, "ORGANIZATION");
    expect(second.claimantId).toBe(first.claimantId);
    expect(second).toMatchObject({ claimant: name, claimantType: "PERSON" });
    expect(await db.claimant.count({ where: { id: first.claimantId! } })).toBe(1);
    const other = await claimBy(unique("Ministry of Finance"), "ORGANIZATION");
    expect(other.claimantId).not.toBe(first.claimantId);
    expect(await claimantOf(other.id)).toMatchObject({ type: "ORGANIZATION" });
  });

  it("lets an editor add an alias, which then files new claims under the claimant", async () => {
    const editor = await makeUser("EDITOR");
    const name = unique("Michael Carpenter");
    const claim = await claimBy(name);
    const claimant = await claimantOf(claim.id);
    const alias = unique("Carpenter");
    await addClaimantAlias({ actor: editor, input: { claimantId: claimant.id, version: claimant.version, alias } });
    const byAlias = await claimBy(alias.toLowerCase());
    expect(byAlias).toMatchObject({ claimantId: claimant.id, claimant: name });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "claimant.alias.add", entityId: claimant.id } });
    expect(JSON.parse(event.after!)).toEqual({ alias });
    // The alias's address leads to the claimant's page.
    expect(await getClaimant({ actor: editor, name: alias })).toEqual({ redirectTo: name });
    const page = await getClaimant({ actor: editor, name });
    expect(page).toMatchObject({ name, aliases: [{ alias }] });
  });

  it("files a claim under a claimant whose name or alias differs only by a leading 'the'", async () => {
    const editor = await makeUser("EDITOR");
    const name = unique("Health Care Inspectorate");
    const claimant = await claimantOf((await claimBy(name, "ORGANIZATION")).id);
    const alias = unique("the national health regulator");
    await addClaimantAlias({ actor: editor, input: { claimantId: claimant.id, version: claimant.version, alias } });
    expect((await claimBy(alias.slice(4), "ORGANIZATION")).claimantId).toBe(claimant.id);
    expect((await claimBy(`The ${name}`, "ORGANIZATION")).claimantId).toBe(claimant.id);
    // Another name altogether is still another claimant.
    expect((await claimBy(unique("regulator"), "ORGANIZATION")).claimantId).not.toBe(claimant.id);
  });

  it("files a claim under a claimant whose name a suggestion writes with a possessive inside it", async () => {
    const name = unique("National Assembly health committee");
    const claimant = await claimantOf((await claimBy(name, "ORGANIZATION")).id);
    expect((await claimBy(name.replace("Assembly ", "Assembly’s "), "ORGANIZATION")).claimantId).toBe(claimant.id);
    expect((await claimBy(`the ${name.replace("Assembly ", "Assembly's ")}`, "ORGANIZATION")).claimantId).toBe(claimant.id);
  });

  it("refuses an alias that already names someone, on its field, and writes nothing", async () => {
    const editor = await makeUser("EDITOR");
    const a = await claimantOf((await claimBy(unique("Claimant A"))).id);
    const b = await claimantOf((await claimBy(unique("Claimant B"))).id);
    await addClaimantAlias({ actor: editor, input: { claimantId: b.id, version: b.version, alias: `${b.name} alias` } });
    const fresh = await db.claimant.findUniqueOrThrow({ where: { id: a.id } });
    const before = await fingerprint();
    for (const [alias, message] of [
      [a.name.toUpperCase(), "already this claimant's name"],
      [b.name, `already means ${b.name}`],
      [`${b.name} ALIAS`, `already means ${b.name}`],
      ["x", "at least 2 characters"],
    ]) {
      await expect(addClaimantAlias({ actor: editor, input: { claimantId: a.id, version: fresh.version, alias } })).rejects.toMatchObject({
        code: "VALIDATION",
        fieldErrors: { alias: [expect.stringContaining(message)] },
      });
    }
    expect(await fingerprint()).toEqual(before);
  });

  it("refuses fact-checkers, the signed-out and stale pages", async () => {
    const claimant = await claimantOf((await claimBy(unique("Someone"))).id);
    const input = { claimantId: claimant.id, version: claimant.version, alias: "Another name" };
    const [reviewer, editor] = [await makeUser("REVIEWER"), await makeUser("EDITOR")];
    const before = await fingerprint();
    await expect(addClaimantAlias({ actor: reviewer, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(addClaimantAlias({ actor: null, input })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(removeClaimantAlias({ actor: reviewer, input: { claimantId: claimant.id, version: claimant.version, aliasId: "x" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(mergeClaimants({ actor: reviewer, input: { claimantId: claimant.id, version: claimant.version, into: "x y" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(addClaimantAlias({ actor: editor, input: { ...input, version: claimant.version + 3 } })).rejects.toMatchObject({
      code: "STALE",
      message: expect.stringContaining("this claimant"),
    });
    expect(await fingerprint()).toEqual(before);
  });

  it("removes an alias, and only one of this claimant's", async () => {
    const editor = await makeUser("EDITOR");
    const claimant = await claimantOf((await claimBy(unique("Removable"))).id);
    const alias = await addClaimantAlias({ actor: editor, input: { claimantId: claimant.id, version: claimant.version, alias: unique("Old name") } });
    const other = await claimantOf((await claimBy(unique("Other"))).id);
    await expect(removeClaimantAlias({ actor: editor, input: { claimantId: other.id, version: other.version, aliasId: alias.id } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const now = await db.claimant.findUniqueOrThrow({ where: { id: claimant.id } });
    await removeClaimantAlias({ actor: editor, input: { claimantId: claimant.id, version: now.version, aliasId: alias.id } });
    expect(await db.claimantAlias.count({ where: { claimantId: claimant.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "claimant.alias.remove", entityId: claimant.id } })).toBe(1);
  });
});

describe("merging duplicates", () => {
  it("moves the claims under the other claimant's name, keeps the old name as an alias, and leads its page there", async () => {
    const editor = await makeUser("EDITOR");
    const target = await claimantOf((await claimBy(unique("Michael Carpenter"), "PERSON")).id);
    const dupClaim = await claimBy(unique("M. Carpenter"), "ORGANIZATION");
    const duplicate = await claimantOf(dupClaim.id);
    const dupAlias = unique("Mike Carpenter");
    await addClaimantAlias({ actor: editor, input: { claimantId: duplicate.id, version: duplicate.version, alias: dupAlias } });
    // Published, so that its public page must be refreshed with the new name.
    const author = await makeUser("REVIEWER");
    await step(author, dupClaim.id, "triage");
    await draftVerdict(author, dupClaim.id);
    await step(author, dupClaim.id, "submit");
    await step(editor, dupClaim.id, "approve");
    const published = await step(editor, dupClaim.id, "publish");
    const seen = await db.claimant.findUniqueOrThrow({ where: { id: duplicate.id } });

    // The target is named by one of its spellings, as an editor types it.
    const result = await mergeClaimants({ actor: editor, input: { claimantId: duplicate.id, version: seen.version, into: target.name.toLowerCase() } });
    expect(result).toEqual({ into: target.name, slugs: [published.slug] });
    const moved = await db.claim.findUniqueOrThrow({ where: { id: dupClaim.id } });
    expect(moved).toMatchObject({ claimantId: target.id, claimant: target.name, claimantType: "PERSON" });
    expect(moved.publicUpdatedAt!.getTime()).toBeGreaterThan(published.publicUpdatedAt!.getTime() - 1);
    expect(await db.claimant.findUnique({ where: { id: duplicate.id } })).toBeNull();
    const aliases = (await db.claimantAlias.findMany({ where: { claimantId: target.id } })).map((a) => a.alias).sort();
    expect(aliases).toEqual([dupAlias, duplicate.name].sort());
    expect(await getClaimant({ actor: editor, name: duplicate.name })).toEqual({ redirectTo: target.name });
    const page = await getClaimant({ actor: editor, name: target.name });
    expect(page?.redirectTo === null && page.claims.map((c) => c.id)).toContain(dupClaim.id);
    // A claim typed with the old name now goes to the merged claimant.
    expect((await claimBy(duplicate.name)).claimantId).toBe(target.id);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "claimant.merge", entityId: target.id } });
    expect(JSON.parse(event.before!)).toEqual({ name: duplicate.name, claims: 1 });
  });

  it("refuses to merge into nobody or into itself, on the field, and a stale page", async () => {
    const editor = await makeUser("EDITOR");
    const claimant = await claimantOf((await claimBy(unique("Lonely"))).id);
    const before = await fingerprint();
    await expect(
      mergeClaimants({ actor: editor, input: { claimantId: claimant.id, version: claimant.version, into: "Nobody by this name" } }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { into: ["No claimant has that name or alias"] },
    });
    await expect(mergeClaimants({ actor: editor, input: { claimantId: claimant.id, version: claimant.version, into: claimant.name } })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { into: [expect.stringContaining("this is the one being merged")] },
    });
    const other = await claimantOf((await claimBy(unique("Someone else"))).id);
    const mid = await fingerprint();
    await expect(mergeClaimants({ actor: editor, input: { claimantId: claimant.id, version: claimant.version + 1, into: other.name } })).rejects.toMatchObject({
      code: "STALE",
    });
    expect(await fingerprint()).toEqual(mid);
    expect(before.claimants).toBe(mid.claimants - 1);
  });
});

describe("finding claimants as you type", () => {
  it("matches by name or alias, most active first, for desk members only", async () => {
    const editor = await makeUser("EDITOR");
    const tag = randomUUID().slice(0, 6);
    const busy = await claimantOf((await claimBy(`Zelda Busy ${tag}`)).id);
    await claimBy(`Zelda Busy ${tag}`);
    await claimBy(`Zelda Quiet ${tag}`);
    await addClaimantAlias({ actor: editor, input: { claimantId: busy.id, version: busy.version, alias: `Zeebee ${tag}` } });
    const byName = await suggestClaimants({ actor: editor, q: `zelda` });
    expect(byName.slice(0, 2).map((c) => c.name)).toEqual([`Zelda Busy ${tag}`, `Zelda Quiet ${tag}`]);
    expect(await suggestClaimants({ actor: editor, q: `ZEEBEE ${tag}` })).toEqual([{ name: `Zelda Busy ${tag}`, type: "PERSON", aliases: [`Zeebee ${tag}`] }]);
    expect(await suggestClaimants({ actor: editor, q: "z" })).toEqual([]);
    expect(await suggestClaimants({ actor: editor, q: "%" })).toEqual([]);
    await expect(suggestClaimants({ actor: null, q: "zelda" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const list = await listClaimants({ actor: editor });
    expect(list.items.find((c) => c.id === busy.id)).toMatchObject({ claims: 2, aliases: [`Zeebee ${tag}`] });
  });
});

describe("the claimants list and a claimant's claims, a page at a time", () => {
  it("pages claimants most active first, finds them by name or alias, and keeps a page past the end on the last", async () => {
    const editor = await makeUser("EDITOR");
    const tag = randomUUID().slice(0, 8);
    for (let i = 0; i < 3; i++) await claimBy(`Pagerton Busy ${tag}`);
    for (let i = 0; i < 2; i++) await claimBy(`Pagerton Middle ${tag}`);
    const quiet = await claimantOf((await claimBy(`Pagerton Quiet ${tag}`)).id);
    await addClaimantAlias({ actor: editor, input: { claimantId: quiet.id, version: quiet.version, alias: `Hushwell ${tag}` } });

    const first = await listClaimants({ actor: editor, q: tag, pageSize: 2 });
    expect(first).toMatchObject({ total: 3, page: 1, pageCount: 2 });
    expect(first.items.map((c) => [c.name, c.claims])).toEqual([
      [`Pagerton Busy ${tag}`, 3],
      [`Pagerton Middle ${tag}`, 2],
    ]);
    const second = await listClaimants({ actor: editor, q: tag, page: 2, pageSize: 2 });
    expect(second.items.map((c) => c.name)).toEqual([`Pagerton Quiet ${tag}`]);
    // An old link past the end shows the last page, not an empty one.
    expect(await listClaimants({ actor: editor, q: tag, page: 40, pageSize: 2 })).toMatchObject({ page: 2, items: second.items });
    // By an alias, in any case; and nothing for words no name holds.
    expect((await listClaimants({ actor: editor, q: `HUSHWELL ${tag}` })).items).toEqual([
      { id: quiet.id, name: `Pagerton Quiet ${tag}`, type: "PERSON", aliases: [`Hushwell ${tag}`], claims: 1 },
    ]);
    expect(await listClaimants({ actor: editor, q: `nobody-${tag}` })).toMatchObject({ total: 0, items: [], page: 1, pageCount: 1 });
    // Without words, every claimant with a claim; never one whose claims all moved away.
    const all = await listClaimants({ actor: editor, pageSize: 1000 });
    expect(all.total).toBeGreaterThanOrEqual(3);
    expect(all.items.every((c) => c.claims > 0)).toBe(true);
    await expect(listClaimants({ actor: null })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("shows a claimant's claims newest first a page at a time, with the ratings of all of them", async () => {
    const editor = await makeUser("EDITOR");
    const reviewer = await makeUser("REVIEWER");
    const name = unique("Paged Claimant");
    const claims = [];
    for (let i = 0; i < 3; i++) claims.push(await claimBy(name));
    await step(reviewer, claims[0].id, "triage");
    await draftVerdict(reviewer, claims[0].id);
    const first = await getClaimant({ actor: editor, name, pageSize: 2 });
    if (!first || first.redirectTo !== null) throw new Error("the claimant's page should show it");
    expect(first).toMatchObject({ total: 3, page: 1, pageCount: 2 });
    expect(first.claims).toHaveLength(2);
    const second = await getClaimant({ actor: editor, name, page: 2, pageSize: 2 });
    if (!second || second.redirectTo !== null) throw new Error("the claimant's page should show it");
    expect(second.claims).toHaveLength(1);
    expect(new Set([...first.claims, ...second.claims].map((c) => c.id))).toEqual(new Set(claims.map((c) => c.id)));
    // The ratings count every claim, not only the page's.
    const rating = (await db.verdict.findUniqueOrThrow({ where: { claimId: claims[0].id } })).rating;
    expect(second.ratingCounts.get(rating)).toBe(1);
    expect([...first.ratingCounts.values()].reduce((a, b) => a + b, 0)).toBe(1);
  });
});
