/**
 * Property-based tests for every exported server action in app/(desk)/desk/actions.ts.
 *
 * Each action gets NUM_RUNS generated inputs, mixing
 *  - completely arbitrary values (fc.anything with dates, maps, sets, bigints, typed arrays…),
 *  - records with the right keys but hostile values (NaN, huge numbers, null, arrays, nested objects,
 *    2k–20k character strings, NUL and control characters, XSS, SQL- and FTS-ish syntax), and
 *  - plausible-but-wrong records (real ids of this and other tables, stale or near-stale versions).
 *
 * For every input: the action returns a result (never throws) and never answers INTERNAL; a refusal
 * writes nothing (row counts of every table and every version number are unchanged); a VALIDATION
 * refusal carries a message and well-formed field errors. Plausible inputs sometimes succeed and write:
 * then only the INTERNAL check applies. The bugs this test found (fixed bugs A and B below) keep their
 * reproductions as examples tried first.
 *
 * fast-check v4 has no fullUnicodeString: fc.string({ unit: "binary" }) (every code point) plus explicit
 * lone surrogates stand in for it.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import type { Actor } from "@/lib/auth/roles";
import type { ActionResult } from "@/lib/actions/safe-action";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({
  getCurrentActor: async () => session.actor,
  getAccountActor: async () => session.actor && { actor: session.actor, mustChangePassword: false },
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
// createUserAction hashes every schema-valid password with bcrypt cost 12 (~250 ms). The same hash at
// cost 4 keeps the code path real and the file fast. The strength check (zxcvbn) runs as in production,
// in the password threads (tests/unit/password-policy.test.ts is its subject).
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/password")>();
  return { ...real, hashPassword: (password: string) => real.hashPassword(password, 4) };
});

import { db } from "@/lib/db";
import * as actions from "@/app/(desk)/desk/actions";
import { CLAIM_ACTIONS } from "@/lib/claims/lifecycle";
import { RATING_VALUES } from "@/lib/verdicts/ratings";
import { STANCES } from "@/lib/sources/schemas";
import { addEvidence, addSource } from "@/lib/sources/mutations";
import { linkClaims } from "@/lib/tracking/mutations";
import { suggestClaims } from "@/lib/intake/mutations";
import { addClaimantAlias } from "@/lib/claimants/mutations";
import { ARTICLE_TEXT, claimInReview, draftVerdict, makeArticle, makeClaim, makeUser, step } from "../support/factories";
import { publishedClaim } from "../support/publishing";
import { fingerprint } from "../support/fingerprint";
import { captureLoggedErrors, loggedText } from "../support/logged-errors";

const NUM_RUNS = 1000;
const TIMEOUT = 120_000;
let tried = 0;
/** Outcomes per action, printed at the end: shows the inputs reach past validation (ok, STALE, NOT_FOUND…). */
const outcomes: Record<string, Record<string, number>> = {};

const logged = captureLoggedErrors();

afterAll(() => {
  console.log(`property inputs tried (server actions): ${tried}`);
  console.log(
    "outcomes:\n" +
      Object.entries(outcomes)
        .map(([name, counts]) => `  ${name}: ${JSON.stringify(counts)}`)
        .join("\n"),
  );
});

// ---------------------------------------------------------------------------------------------------
// Fixed bugs this test found, kept as examples:
//  A: a lone UTF-16 surrogate anywhere Prisma saw it answered INTERNAL (now a field error, lib/validation.ts);
//     on PostgreSQL the same held for NUL characters, 4-byte-overflowing versions and year 0000 dates.
//  B: suggestClaimsAction(null) threw before any check → INTERNAL.

// ---------------------------------------------------------------------------------------------------
// Generators

const HOSTILE = [
  "",
  " ",
  "\t\n\r ",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "JaVaScRiPt:alert(document.cookie)",
  "data:text/html,<script>alert(1)</script>",
  '\'; DROP TABLE "Claim"; --',
  "' OR '1'='1",
  "1 OR 1=1",
  '" OR ""="',
  "1; SELECT * FROM User --",
  "%' AND 1=0 UNION SELECT passwordHash FROM User --",
  "NEAR(homes mayor, 3)",
  "quote:homes* AND NOT claimant:mayor",
  '"unterminated phrase',
  "a OR b NOT c AND",
  "*",
  "^homes",
  "(((",
  "{}",
  "[]",
  "null",
  "undefined",
  "NaN",
  "Infinity",
  "-1",
  "0",
  "1e309",
  "0x10",
  "__proto__",
  "constructor",
  "toString",
  "\u0000",
  "a\u0000b",
  "\u0000\u0001\u0002\u0003\u001b[31m\u007f",
  "\r\n\u000b\u000c\u0085\u2028\u2029",
  "\uFEFF\u200B\u200D",
  "\uD800",
  "x\uDFFFy",
  "🙂👨‍👩‍👧‍👦",
  "e\u0301\u0301\u0301",
  "مرحبا \u202Eevil",
  "%00%0a%27",
  "%s%n%x",
  "../../../etc/passwd",
  "2024-02-31",
  "2024-13-01",
  "0000-01-01",
  "9999-12-31",
  "+275760-09-13",
  "https://",
  "http://[::1]:0/",
  "http://example.com/<script>",
  "ftp://example.com/file",
  "file:///etc/passwd",
  "https://example.org/" + "a".repeat(2100),
  "PERSON",
  "ORGANIZATION",
  "TRUE",
  "SUPPORTS",
];

const control = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
const longString = fc
  .tuple(
    fc.integer({ min: 2_000, max: 20_000 }),
    fc.constantFrom("a", "é", "🙂", " ", "\n", "\u0000", "<script>alert(1)</script>", "' OR 1=1; --", "word ", "The mayor said 1,200. "),
    fc.string({ maxLength: 8 }),
  )
  .map(([n, unit, tail]) => (tail + unit.repeat(Math.ceil(n / unit.length))).slice(0, n));

const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.string() },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: control, maxLength: 20 }) },
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: longString },
);

const hostileNumber = fc.oneof(
  fc.integer(),
  fc.double(), // includes NaN, ±Infinity, -0
  fc.constantFrom(-1, 0.5, 2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 53, Number.MAX_SAFE_INTEGER, Number.MAX_VALUE, -Number.MAX_VALUE, NaN, Infinity, -Infinity),
  fc.bigInt(),
);

const smallAnything = fc.anything({ maxDepth: 2, maxKeys: 4, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true });

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileString },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 2, arbitrary: fc.constantFrom(null, undefined, true, false, [], {}, [""], [null]) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.object({ maxDepth: 2, maxKeys: 3 }) },
  { weight: 1, arbitrary: smallAnything },
);

/** Completely arbitrary input, not even an object most of the time. */
const arbitraryInput = fc.oneof(
  fc.anything({
    maxDepth: 3,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
    withBoxedValues: true,
    withObjectString: true,
  }),
  fc.object({ maxDepth: 3 }),
);

/** Right keys, every value hostile (any key may be missing), plus a few junk keys. */
function hostileRecord(keys: string[]) {
  const record = fc.record(Object.fromEntries(keys.map((k) => [k, hostileValue])), { requiredKeys: [] });
  return fc.tuple(fc.dictionary(fc.string({ maxLength: 12 }), hostileValue, { maxKeys: 2 }), record).map(([junk, r]) => ({ ...junk, ...r }));
}

/** Mostly `good`, sometimes hostile: a plausible record then has one or two bad fields. */
const mostly = <T>(good: fc.Arbitrary<T>, goodWeight = 4) => fc.oneof({ weight: goodWeight, arbitrary: good }, { weight: 1, arbitrary: hostileValue });

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Text of plausible length, with lengths around the limits the schemas enforce. */
const text = (limits: number[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.lorem({ maxCount: 12 }) },
    { weight: 3, arbitrary: fc.lorem({ maxCount: 2, mode: "sentences" }) },
    { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...limits), fc.integer({ min: -1, max: 1 }), fc.constantFrom("x", " ", "é", "\u0000"))
        .map(([limit, delta, c]) => c.repeat(Math.max(0, limit + delta))),
    },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
  );

const dateString = fc.oneof(
  fc.date({ min: new Date("0000-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
  fc.constantFrom("", " 2024-06-20 ", "2024-6-2", "20240620", "2024-06-20T00:00:00Z"),
);

const urlString = fc.oneof(
  { weight: 3, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "",
      "javascript:alert(1)",
      "mailto:a@b.c",
      "http://",
      "https://x",
      "//example.org/a",
      "https://exa mple.org",
      "http://例え.テスト/パス",
    ),
  },
);

const versionLike = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 6 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 6 }).map(String) },
  { weight: 2, arbitrary: fc.constantFrom(-1, 1.5, 2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 53 - 1, "1e3", " 2 ", "0x1", "", null, undefined, NaN, Infinity) },
  { weight: 1, arbitrary: hostileValue },
);

const actorRole = fc.constantFrom<"EDITOR" | "ADMIN">("EDITOR", "ADMIN");

// ---------------------------------------------------------------------------------------------------
// The world the inputs point into: real rows in every state that matters.

type Pool = {
  actors: Record<"EDITOR" | "ADMIN", Actor>;
  userIds: string[];
  articleIds: string[];
  claimIds: string[];
  sourceIds: string[];
  evidenceIds: string[];
  suggestionIds: string[];
  notificationIds: string[];
  connectionIds: string[];
  claimantIds: string[];
  aliasIds: string[];
  claimantNames: string[];
  tipGroupIds: string[];
  otherIds: string[];
};
let pool: Pool;

beforeAll(async () => {
  const editor = await makeUser("EDITOR");
  const admin = await makeUser("ADMIN");
  const reviewer = await makeUser("REVIEWER");
  const disabled = await makeUser("REVIEWER");
  await db.user.update({ where: { id: disabled.id }, data: { disabled: true } });

  const fresh = await makeClaim(reviewer);
  const researching = await makeClaim(reviewer);
  await step(reviewer, researching.id, "triage");
  const open = await addSource({ actor: reviewer, input: { claimId: researching.id, url: "https://stats.example/report", title: "Housing report" } });
  const hidden = await addSource({
    actor: reviewer,
    input: { claimId: researching.id, url: "https://secret.example/x", title: "Informant", withheld: true, withheldReason: "Safety of the informant." },
  });
  await addEvidence({ actor: reviewer, input: { claimId: researching.id, sourceId: open.id, stance: "SUPPORTS", excerpt: "1,180 homes were completed." } });
  const drafted = await makeClaim(reviewer);
  await step(reviewer, drafted.id, "triage");
  await draftVerdict(reviewer, drafted.id);
  const inReview = await claimInReview(reviewer);
  const published = (await publishedClaim()).claim;
  const retracted = (await publishedClaim()).claim;
  await step(editor, retracted.id, "unpublish", "Withdrawn while we re-check the figures.");
  const dismissed = await makeClaim(reviewer);
  await step(reviewer, dismissed.id, "dismiss", "Not check-worthy.");
  const repeat = await makeClaim(reviewer);
  await linkClaims({ actor: reviewer, input: { claimId: repeat.id, version: repeat.version, targetClaimId: published.id } });

  const article = await makeArticle(`${ARTICLE_TEXT} The council said it spent more than $40 million on roads in 2022, twice as much as in 2021.`);
  await suggestClaims({ actor: reviewer, input: { articleId: article.id } });
  const suggestions = await db.suggestion.findMany({ select: { id: true } });
  if (suggestions.length > 1) await db.suggestion.update({ where: { id: suggestions[0].id }, data: { status: "DISMISSED" } });

  // A second claimant with an alias, besides "The mayor" every factory claim is filed under.
  const office = await makeClaim(reviewer, undefined, "The mayor's office");
  const officeClaimant = await db.claimant.findFirstOrThrow({ where: { claims: { some: { id: office.id } } } });
  await addClaimantAlias({ actor: editor, input: { claimantId: officeClaimant.id, version: officeClaimant.version, alias: "City Hall" } });
  const claimants = await db.claimant.findMany({ select: { id: true, name: true } });
  const aliases = await db.claimantAlias.findMany({ select: { id: true, alias: true } });

  const claims = await db.claim.findMany({ select: { id: true } });
  const verdicts = await db.verdict.findMany({ select: { id: true } });
  const evidence = await db.evidence.findMany({ select: { id: true } });
  const comments = await db.comment.findMany({ select: { id: true } });
  const tracked = await db.trackedClaim.findMany({ select: { id: true } });
  const sources = await db.source.findMany({ select: { id: true } });
  const articles = await db.article.findMany({ select: { id: true } });
  const users = await db.user.findMany({ select: { id: true } });
  // Notifications of the two acting users (theirs to mark read) beside everyone else's.
  for (const actor of [editor, admin]) await db.notification.create({ data: { userId: actor.id, kind: "ASSIGNED", claimId: fresh.id, actorId: reviewer.id } });
  const notifications = await db.notification.findMany({ select: { id: true } });
  // Open claim pages: the acting users' own (theirs to mark as editing) beside someone else's.
  const connectionIds: string[] = [];
  for (const actor of [editor, admin, reviewer]) {
    const row = await db.claimPresence.create({ data: { id: crypto.randomUUID(), claimId: researching.id, userId: actor.id } });
    connectionIds.push(row.id);
  }
  const tipGroups = await Promise.all(
    ["Did the city really build 1,200 homes in 2023?", "Is it true that rents fell by 5% last year?", "Were 40 schools closed?"].map((question) =>
      db.tipGroup.create({ data: { question } }),
    ),
  );
  pool = {
    actors: { EDITOR: editor, ADMIN: admin },
    userIds: users.map((u) => u.id),
    articleIds: articles.map((a) => a.id),
    claimIds: [fresh, researching, drafted, inReview, published, retracted, dismissed, repeat].map((c) => c.id).concat(claims.map((c) => c.id)),
    sourceIds: [open.id, hidden.id, ...sources.map((s) => s.id)],
    evidenceIds: evidence.map((e) => e.id),
    suggestionIds: suggestions.map((s) => s.id),
    notificationIds: notifications.map((n) => n.id),
    connectionIds,
    claimantIds: claimants.map((c) => c.id),
    aliasIds: aliases.map((a) => a.id),
    claimantNames: [...claimants.map((c) => c.name), ...aliases.map((a) => a.alias)],
    tipGroupIds: tipGroups.map((g) => g.id),
    otherIds: [...verdicts, ...evidence, ...comments, ...tracked, ...claimants, ...aliases].map((r) => r.id),
  };
}, 60_000);

/** An id: usually a real one of the right table, sometimes of another table, padded, re-cased, or hostile. */
function idLike(ids: string[]) {
  const all = [...pool.userIds, ...pool.articleIds, ...pool.claimIds, ...pool.sourceIds, ...pool.suggestionIds, ...pool.notificationIds, ...pool.otherIds];
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...ids) },
    { weight: 2, arbitrary: fc.constantFrom(...all) },
    { weight: 1, arbitrary: fc.constantFrom(...ids).map((id) => ` ${id}\t`) },
    { weight: 1, arbitrary: fc.constantFrom(...ids).map((id) => id.toUpperCase()) },
    { weight: 1, arbitrary: fc.constantFrom(...ids).map((id) => `${id}' OR '1'='1`) },
    { weight: 2, arbitrary: hostileValue },
  );
}

// ---------------------------------------------------------------------------------------------------
// The invariant every action must keep

type Action = (input: never) => Promise<ActionResult<unknown>>;

function expectWellFormedRefusal(result: Extract<ActionResult<unknown>, { ok: false }>, log: unknown[][]) {
  expect(result.code, `a 500-class INTERNAL answer; logged: ${loggedText(log)}`).not.toBe("INTERNAL");
  expect(typeof result.error).toBe("string");
  expect(result.error.trim().length).toBeGreaterThan(0);
  if (result.code === "VALIDATION" && result.fieldErrors !== undefined) {
    expect(result.fieldErrors).toBeTypeOf("object");
    for (const [field, messages] of Object.entries(result.fieldErrors)) {
      expect(Array.isArray(messages), `fieldErrors.${field} is not an array`).toBe(true);
      expect(messages!.length, `fieldErrors.${field} is empty`).toBeGreaterThan(0);
      for (const message of messages!) {
        expect(typeof message).toBe("string");
        expect(message.trim().length, `empty message in fieldErrors.${field}`).toBeGreaterThan(0);
      }
    }
  }
}

const covered = new Set<string>();

type CheckOptions = {
  roles?: fc.Arbitrary<"EDITOR" | "ADMIN">;
  /** Inputs always tried first (the reproductions of the known bugs). */
  examples?: unknown[];
};

async function checkAction(name: keyof typeof actions, plausible: fc.Arbitrary<unknown>, keys: string[], options: CheckOptions = {}) {
  covered.add(name);
  const action = actions[name] as Action;
  const input = fc.oneof({ weight: 2, arbitrary: arbitraryInput }, { weight: 3, arbitrary: hostileRecord(keys) }, { weight: 5, arbitrary: plausible });
  // The state after a refusal is the state before the next input (nothing else writes in between), so
  // its fingerprint is read once, not twice; after a success the next input reads a fresh one.
  let unchanged: Awaited<ReturnType<typeof fingerprint>> | null = null;
  await fc.assert(
    fc.asyncProperty(options.roles ?? actorRole, input, async (role, value) => {
      tried++;
      session.actor = pool.actors[role];
      logged.length = 0;
      const before = unchanged ?? (await fingerprint());
      unchanged = null;
      let result: ActionResult<unknown>;
      try {
        result = await (action as (input: unknown) => Promise<ActionResult<unknown>>)(value);
      } catch (error) {
        throw new Error(`the action threw instead of returning a result: ${String(error)}`);
      }
      expect(result).toBeTypeOf("object");
      expect(typeof result.ok).toBe("boolean");
      const outcome = result.ok ? "ok" : result.code;
      const counts = (outcomes[name] ??= {});
      counts[outcome] = (counts[outcome] ?? 0) + 1;
      if (!result.ok) {
        expectWellFormedRefusal(result, logged);
        const after = await fingerprint();
        expect(after, `a refused ${result.code} wrote something`).toEqual(before);
        unchanged = after;
      }
    }),
    { numRuns: NUM_RUNS, examples: (options.examples ?? []).map((example): ["EDITOR" | "ADMIN", unknown] => ["ADMIN", example]) },
  );
}

// ---------------------------------------------------------------------------------------------------
// The properties

describe("server actions under generated input (EDITOR/ADMIN session)", () => {
  it("createClaimAction", { timeout: TIMEOUT }, async () => {
    const span = fc
      .integer({ min: -2, max: ARTICLE_TEXT.length + 2 })
      .chain((start) => fc.tuple(fc.constant(start), fc.integer({ min: start - 1, max: start + 60 })));
    const plausible = fc.tuple(span, fc.boolean()).chain(([[start, end], exact]) =>
      fc.record(
        {
          articleId: mostly(idLike(pool.articleIds)),
          quote: exact ? fc.constant(ARTICLE_TEXT.slice(Math.max(0, start), Math.max(0, end))) : mostly(text([1000, 3])),
          start: mostly(fc.oneof(fc.constant(start), fc.constant(String(start)))),
          end: mostly(fc.oneof(fc.constant(end), fc.constant(String(end)))),
          claimant: mostly(text([200, 2])),
          claimantType: mostly(fc.constantFrom("PERSON", "ORGANIZATION", "person", "")),
          claimDate: optional(mostly(dateString)),
        },
        { requiredKeys: ["articleId", "quote", "start", "end"] },
      ),
    );
    await checkAction("createClaimAction", plausible, ["articleId", "quote", "start", "end", "claimant", "claimantType", "claimDate"]);
  });

  it("transitionClaimAction", { timeout: TIMEOUT }, async () => {
    const plausible = fc.record(
      {
        claimId: idLike(pool.claimIds),
        version: versionLike,
        action: mostly(fc.constantFrom(...CLAIM_ACTIONS, "delete", "Publish", "__proto__")),
        note: optional(mostly(text([2000]))),
      },
      { requiredKeys: ["claimId", "version", "action"] },
    );
    await checkAction("transitionClaimAction", plausible, ["claimId", "version", "action", "note"]);
  });

  it("assignClaimAction", { timeout: TIMEOUT }, async () => {
    const plausible = fc.record(
      {
        claimId: idLike(pool.claimIds),
        version: versionLike,
        assigneeId: fc.oneof(idLike(pool.userIds), fc.constantFrom("", undefined, null)),
        dueDate: mostly(fc.oneof(dateString, fc.constantFrom("", "2999-12-31", "2000-01-01"))),
        priority: mostly(fc.constantFrom("LOW", "NORMAL", "HIGH", "URGENT", "urgent", "")),
      },
      { requiredKeys: ["claimId", "version"] },
    );
    await checkAction("assignClaimAction", plausible, ["claimId", "version", "assigneeId", "dueDate", "priority"]);
  });

  it("addSourceAction", { timeout: TIMEOUT }, async () => {
    const plausible = fc.record(
      {
        claimId: idLike(pool.claimIds),
        url: mostly(urlString),
        title: mostly(text([300])),
        publisher: optional(mostly(text([200]))),
        publishedAt: optional(mostly(dateString)),
        accessedAt: optional(mostly(dateString)),
        archiveUrl: optional(mostly(fc.oneof(urlString, fc.constant("")))),
        reliabilityNote: optional(mostly(text([1000]))),
        withheld: optional(mostly(fc.constantFrom(true, false, "true", "on", "false", "off", 1, 0, "yes"))),
        withheldReason: optional(mostly(text([500]))),
      },
      { requiredKeys: ["claimId", "url", "title"] },
    );
    const keys = ["claimId", "url", "title", "publisher", "publishedAt", "accessedAt", "archiveUrl", "reliabilityNote", "withheld", "withheldReason"];
    await checkAction("addSourceAction", plausible, keys);
  });

  it("addEvidenceAction", { timeout: TIMEOUT }, async () => {
    const plausible = fc.record(
      {
        claimId: idLike(pool.claimIds),
        sourceId: idLike(pool.sourceIds),
        stance: mostly(fc.constantFrom(...STANCES, "supports", "NEUTRAL")),
        excerpt: mostly(text([4000])),
        note: optional(mostly(text([2000]))),
      },
      { requiredKeys: ["claimId", "sourceId", "stance", "excerpt"] },
    );
    await checkAction("addEvidenceAction", plausible, ["claimId", "sourceId", "stance", "excerpt", "note"]);
  });

  it("saveVerdictAction", { timeout: TIMEOUT }, async () => {
    const plausible = fc.record(
      {
        claimId: idLike(pool.claimIds),
        version: versionLike,
        rating: mostly(fc.constantFrom(...RATING_VALUES, "true", "PANTS_ON_FIRE")),
        summary: mostly(text([10, 280])),
        rationale: mostly(text([20, 20000])),
      },
      { requiredKeys: ["claimId", "version", "rating", "summary", "rationale"] },
    );
    await checkAction("saveVerdictAction", plausible, ["claimId", "version", "rating", "summary", "rationale"]);
  });

  it("addCommentAction", { timeout: TIMEOUT }, async () => {
    const plausible = fc.record(
      { claimId: idLike(pool.claimIds), body: mostly(text([5000])), parentId: fc.oneof(idLike(pool.otherIds), fc.constantFrom("", null)) },
      { requiredKeys: ["claimId", "body"] },
    );
    await checkAction("addCommentAction", plausible, ["claimId", "body", "parentId"]);
  });

  it("correctVerdictAction", { timeout: TIMEOUT }, async () => {
    const plausible = fc.record(
      {
        claimId: idLike(pool.claimIds),
        version: versionLike,
        rating: mostly(fc.constantFrom(...RATING_VALUES, "")),
        summary: mostly(text([10, 280])),
        rationale: mostly(text([20, 20000])),
        note: mostly(text([10, 1000])),
      },
      { requiredKeys: ["claimId", "version", "rating", "summary", "rationale", "note"] },
    );
    await checkAction("correctVerdictAction", plausible, ["claimId", "version", "rating", "summary", "rationale", "note"]);
  });

  it("withholdSourceAction", { timeout: TIMEOUT }, async () => {
    const plausible = fc.record(
      {
        sourceId: idLike(pool.sourceIds),
        withheld: mostly(fc.constantFrom(true, false, "true", "on", "false", 1)),
        reason: optional(mostly(text([500]))),
      },
      { requiredKeys: ["sourceId", "withheld"] },
    );
    await checkAction("withholdSourceAction", plausible, ["sourceId", "withheld", "reason"], { examples: [{ sourceId: "\uD800", withheld: false }] });
  });

  it("suggestClaimsAction", { timeout: TIMEOUT }, async () => {
    // A real article id re-runs the check-worthiness NLP over its text (~30 ms): keep those to a share.
    const plausible = fc.record(
      { articleId: fc.oneof({ weight: 1, arbitrary: idLike(pool.articleIds) }, { weight: 1, arbitrary: hostileValue }) },
      { requiredKeys: [] },
    );
    await checkAction("suggestClaimsAction", plausible, ["articleId"], {
      examples: [null, undefined],
    });
  });

  it("acceptSuggestionAction", { timeout: TIMEOUT }, async () => {
    const plausible = fc.record(
      {
        suggestionId: idLike(pool.suggestionIds),
        claimant: optional(mostly(text([200, 2]))),
        claimantType: optional(mostly(fc.constantFrom("PERSON", "ORGANIZATION", "ROBOT"))),
      },
      { requiredKeys: ["suggestionId"] },
    );
    await checkAction("acceptSuggestionAction", plausible, ["suggestionId", "claimant", "claimantType"]);
  });

  it("dismissSuggestionAction", { timeout: TIMEOUT }, async () => {
    const plausible = fc.record(
      {
        suggestionId: idLike(pool.suggestionIds),
        claimant: optional(mostly(text([200]))),
        claimantType: optional(mostly(fc.constantFrom("PERSON", "ORGANIZATION", "ROBOT"))),
      },
      { requiredKeys: ["suggestionId"] },
    );
    await checkAction("dismissSuggestionAction", plausible, ["suggestionId", "claimant", "claimantType"]);
  });

  it("replaceArticleTextAction", { timeout: TIMEOUT }, async () => {
    const plausible = fc.record(
      {
        articleId: idLike(pool.articleIds),
        version: versionLike,
        text: mostly(fc.oneof(fc.constant(ARTICLE_TEXT), fc.constant(`Intro. ${ARTICLE_TEXT}`), text([0, 1000]))),
      },
      { requiredKeys: ["articleId", "version", "text"] },
    );
    await checkAction("replaceArticleTextAction", plausible, ["articleId", "version", "text"]);
  });

  it("linkClaimsAction", { timeout: TIMEOUT }, async () => {
    const plausible = fc.record(
      { claimId: idLike(pool.claimIds), version: versionLike, targetClaimId: idLike(pool.claimIds) },
      { requiredKeys: ["claimId", "version", "targetClaimId"] },
    );
    await checkAction("linkClaimsAction", plausible, ["claimId", "version", "targetClaimId"]);
  });

  it("reuseVerdictAction", { timeout: TIMEOUT }, async () => {
    const plausible = fc.record(
      { claimId: idLike(pool.claimIds), version: versionLike, fromClaimId: idLike(pool.claimIds) },
      { requiredKeys: ["claimId", "version", "fromClaimId"] },
    );
    await checkAction("reuseVerdictAction", plausible, ["claimId", "version", "fromClaimId"]);
  });

  it("requestReuseAction", { timeout: TIMEOUT }, async () => {
    const plausible = fc.record(
      { claimId: idLike(pool.claimIds), version: versionLike, fromClaimId: idLike(pool.claimIds) },
      { requiredKeys: ["claimId", "version", "fromClaimId"] },
    );
    await checkAction("requestReuseAction", plausible, ["claimId", "version", "fromClaimId"]);
  });

  it("createUserAction (ADMIN)", { timeout: TIMEOUT }, async () => {
    const existing = await db.user.findMany({ select: { email: true } });
    const plausible = fc.record(
      {
        email: mostly(
          fc.oneof(
            fc.emailAddress(),
            fc.nat().map((n) => `desk-${n}@example.test`),
            fc.constantFrom(...existing.map((u) => u.email)),
            fc.constantFrom(...existing.map((u) => ` ${u.email.toUpperCase()} `)),
          ),
        ),
        name: mostly(text([2, 100])),
        role: mostly(fc.constantFrom("REVIEWER", "EDITOR", "ADMIN", "admin", "ROOT")),
        password: mostly(
          fc.oneof(
            fc.string({ minLength: 10, maxLength: 30 }),
            fc.constantFrom("correct-horse-42", "correct-horse-42", "short1!", "onlyletterspassword", "123456789012345", "a".repeat(199) + "1"),
          ),
        ),
      },
      { requiredKeys: ["email", "name", "role", "password"] },
    );
    await checkAction("createUserAction", plausible, ["email", "name", "role", "password"], { roles: fc.constant("ADMIN") });
  });

  it("setUserDisabledAction (ADMIN)", { timeout: TIMEOUT }, async () => {
    const plausible = fc.record(
      {
        userId: fc.oneof(idLike(pool.userIds), fc.constant(pool.actors.ADMIN.id)),
        disabled: mostly(fc.constantFrom(true, false, "true", "false", "on", 1)),
      },
      { requiredKeys: ["userId", "disabled"] },
    );
    await checkAction("setUserDisabledAction", plausible, ["userId", "disabled"], { roles: fc.constant("ADMIN") });
  });

  it("signOutEverywhereAction (ADMIN)", { timeout: TIMEOUT }, async () => {
    const plausible = fc.record({ userId: fc.oneof(idLike(pool.userIds), fc.constant(pool.actors.ADMIN.id)) }, { requiredKeys: ["userId"] });
    await checkAction("signOutEverywhereAction", plausible, ["userId"], { roles: fc.constant("ADMIN") });
  });

  it("setUserRoleAction (ADMIN)", { timeout: TIMEOUT }, async () => {
    const plausible = fc.record(
      {
        userId: fc.oneof(idLike(pool.userIds), fc.constant(pool.actors.ADMIN.id)),
        role: mostly(fc.constantFrom("REVIEWER", "EDITOR", "ADMIN", "admin", "OWNER", "")),
      },
      { requiredKeys: ["userId", "role"] },
    );
    await checkAction("setUserRoleAction", plausible, ["userId", "role"], { roles: fc.constant("ADMIN") });
  });

  it("setDisplayNameAction", { timeout: TIMEOUT }, async () => {
    const plausible = fc.record({ displayName: optional(mostly(text([100]))) });
    await checkAction("setDisplayNameAction", plausible, ["displayName"]);
  });

  it("setUserNameAction (ADMIN)", { timeout: TIMEOUT }, async () => {
    const plausible = fc.record(
      { userId: fc.oneof(idLike(pool.userIds), fc.constant(pool.actors.ADMIN.id)), name: mostly(text([100])) },
      { requiredKeys: ["userId", "name"] },
    );
    await checkAction("setUserNameAction", plausible, ["userId", "name"], { roles: fc.constant("ADMIN") });
  });

  it("addClaimantAliasAction", { timeout: TIMEOUT }, async () => {
    const plausible = fc.record(
      {
        claimantId: idLike(pool.claimantIds),
        version: versionLike,
        alias: mostly(fc.oneof(text([200]), fc.constantFrom(...pool.claimantNames), fc.constantFrom(...pool.claimantNames.map((n) => ` ${n.toUpperCase()} `)))),
      },
      { requiredKeys: ["claimantId", "version", "alias"] },
    );
    await checkAction("addClaimantAliasAction", plausible, ["claimantId", "version", "alias"]);
  });

  it("removeClaimantAliasAction", { timeout: TIMEOUT }, async () => {
    const plausible = fc.record(
      { claimantId: idLike(pool.claimantIds), version: versionLike, aliasId: idLike(pool.aliasIds) },
      { requiredKeys: ["claimantId", "version", "aliasId"] },
    );
    await checkAction("removeClaimantAliasAction", plausible, ["claimantId", "version", "aliasId"]);
  });

  it("mergeClaimantsAction", { timeout: TIMEOUT }, async () => {
    const plausible = fc.record(
      { claimantId: idLike(pool.claimantIds), version: versionLike, into: mostly(fc.oneof(fc.constantFrom(...pool.claimantNames), text([200]))) },
      { requiredKeys: ["claimantId", "version", "into"] },
    );
    await checkAction("mergeClaimantsAction", plausible, ["claimantId", "version", "into"]);
  });

  it("acceptTipAction", { timeout: TIMEOUT }, async () => {
    const plausible = fc.record(
      { tipGroupId: idLike(pool.tipGroupIds), version: versionLike, claimant: mostly(fc.oneof(fc.constantFrom(...pool.claimantNames), text([200]))) },
      { requiredKeys: ["tipGroupId", "version", "claimant"] },
    );
    await checkAction("acceptTipAction", plausible, ["tipGroupId", "version", "claimant", "claimantType", "claim"]);
  });

  it("dismissTipAction", { timeout: TIMEOUT }, async () => {
    const plausible = fc.record({ tipGroupId: idLike(pool.tipGroupIds), version: versionLike }, { requiredKeys: ["tipGroupId", "version"] });
    await checkAction("dismissTipAction", plausible, ["tipGroupId", "version"]);
  });

  it("changePasswordAction (ADMIN: own and others')", { timeout: TIMEOUT }, async () => {
    // Mostly passwords the policy refuses: an accepted one costs a bcrypt hash (cost 12) and a zxcvbn score.
    const password = fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom("short", "password1234", "Password12345!", "x".repeat(80), "é".repeat(40), "", "           ", 12345678901234) },
      { weight: 1, arbitrary: fc.constant("an unguessable phrase, quietly 42") },
    );
    const plausible = fc.record(
      {
        userId: fc.oneof(idLike(pool.userIds), fc.constant(pool.actors.ADMIN.id)),
        currentPassword: mostly(fc.constantFrom("wrong current one", "", "correct-horse-42")),
        newPassword: password,
      },
      { requiredKeys: ["userId", "newPassword"] },
    );
    await checkAction("changePasswordAction", plausible, ["userId", "currentPassword", "newPassword"], { roles: fc.constant("ADMIN") });
  });

  it("recheckVerdictAction", { timeout: TIMEOUT }, async () => {
    const day = fc.oneof(
      fc.constantFrom("2026-11-30", "2027-05-30", "2025-01-01", "", "2027-02-30", "0000-01-01", "30/11/2026", undefined),
      fc.date({ min: new Date("0001-01-01"), max: new Date("9999-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    );
    const plausible = fc.record(
      { claimId: idLike(pool.claimIds), version: versionLike, validAsOf: mostly(day), recheckOn: day },
      { requiredKeys: ["claimId", "version"] },
    );
    await checkAction("recheckVerdictAction", plausible, ["claimId", "version", "validAsOf", "recheckOn"]);
  });

  it("updateSettingsAction (ADMIN)", { timeout: TIMEOUT }, async () => {
    const plausible = fc.record(
      { approvalsRequired: mostly(fc.oneof(fc.integer({ min: -2, max: 8 }), fc.constantFrom("1", "2", " 2 ", "2.5", "two", "", 1e9))) },
      { requiredKeys: ["approvalsRequired"] },
    );
    await checkAction("updateSettingsAction", plausible, ["approvalsRequired"], { roles: fc.constant("ADMIN") });
  });

  it("markNotificationReadAction", { timeout: TIMEOUT }, async () => {
    const plausible = fc.record({ notificationId: idLike(pool.notificationIds) }, { requiredKeys: ["notificationId"] });
    await checkAction("markNotificationReadAction", plausible, ["notificationId"]);
  });

  it("markAllNotificationsReadAction", { timeout: TIMEOUT }, async () => {
    await checkAction("markAllNotificationsReadAction", fc.constant(undefined), []);
  });

  it("updatePresenceAction", { timeout: TIMEOUT }, async () => {
    const plausible = fc.record(
      {
        connectionId: fc.oneof({ weight: 4, arbitrary: idLike(pool.connectionIds) }, { weight: 1, arbitrary: fc.uuid() }),
        editing: mostly(fc.constantFrom(true, false, "true", "on", 1)),
      },
      { requiredKeys: ["connectionId", "editing"] },
    );
    await checkAction("updatePresenceAction", plausible, ["connectionId", "editing"]);
  });

  // Last of the claim actions: a plausible removal succeeds and takes a source or evidence out of the pool.
  it("editSourceAction", { timeout: TIMEOUT }, async () => {
    const plausible = fc.record(
      {
        sourceId: idLike(pool.sourceIds),
        version: versionLike,
        url: mostly(urlString),
        title: mostly(text([300])),
        publisher: optional(mostly(text([200]))),
        publishedAt: optional(mostly(dateString)),
        accessedAt: optional(mostly(dateString)),
        archiveUrl: optional(mostly(fc.oneof(urlString, fc.constant("")))),
        reliabilityNote: optional(mostly(text([1000]))),
      },
      { requiredKeys: ["sourceId", "version", "url", "title"] },
    );
    const keys = ["sourceId", "version", "url", "title", "publisher", "publishedAt", "accessedAt", "archiveUrl", "reliabilityNote"];
    await checkAction("editSourceAction", plausible, keys);
  });

  it("editEvidenceAction", { timeout: TIMEOUT }, async () => {
    const plausible = fc.record(
      {
        evidenceId: idLike(pool.evidenceIds),
        version: versionLike,
        sourceId: idLike(pool.sourceIds),
        stance: mostly(fc.constantFrom(...STANCES, "supports", "NEUTRAL")),
        excerpt: mostly(text([4000])),
        note: optional(mostly(text([2000]))),
      },
      { requiredKeys: ["evidenceId", "version", "sourceId", "stance", "excerpt"] },
    );
    await checkAction("editEvidenceAction", plausible, ["evidenceId", "version", "sourceId", "stance", "excerpt", "note"]);
  });

  it("removeEvidenceAction", { timeout: TIMEOUT }, async () => {
    const plausible = fc.record({ evidenceId: idLike(pool.evidenceIds), version: versionLike }, { requiredKeys: ["evidenceId", "version"] });
    await checkAction("removeEvidenceAction", plausible, ["evidenceId", "version"]);
  });

  it("removeSourceAction", { timeout: TIMEOUT }, async () => {
    const plausible = fc.record({ sourceId: idLike(pool.sourceIds), version: versionLike }, { requiredKeys: ["sourceId", "version"] });
    await checkAction("removeSourceAction", plausible, ["sourceId", "version"]);
  });

  it("covers every exported server action", () => {
    expect([...covered].sort()).toEqual(Object.keys(actions).sort());
  });
});
