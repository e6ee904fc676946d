import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentActor: async () => session.actor }));

import { POST as tipRoute } from "@/app/api/v1/tips/route";
import { GET as challengeRoute } from "@/app/api/v1/tips/challenge/route";
import { db } from "@/lib/db";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address.mjs";
import { acceptTip, dismissTip, submitTip } from "@/lib/tips/mutations";
import { addressBucket } from "@/lib/http/client-address.mjs";
import { addressKey, issueChallenge, solve } from "@/lib/tips/pow";
import { tipLimits } from "@/lib/tips/limits";
import { listOpenTips } from "@/lib/tips/queries";
import { makeUser, rowCounts } from "../support/factories";
import { publishedClaim } from "../support/publishing";

// Small network allowances, read when the limiters are first built in this worker (lib/tips/limits.ts).
process.env.FACTDESK_TIPS_PER_SITE_HOUR = "4";
process.env.FACTDESK_TIPS_PER_NETWORK_HOUR = "6";
delete (globalThis as { factdeskTipLimiters?: unknown }).factdeskTipLimiters;

let n = 0;
/** Each test asks from its own address, so the per-address limit is only reached where it is the subject. */
const address = () => `203.0.113.${++n}`;

function solved(question: string, extra: Record<string, unknown> = {}) {
  const { challenge } = issueChallenge();
  return { question, challenge, nonce: solve(challenge), ...extra };
}

async function post(body: unknown, from = address()) {
  const request = new Request("http://localhost/api/v1/tips", {
    method: "POST",
    headers: { "Content-Type": "application/json", [CLIENT_ADDRESS_HEADER]: from },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const response = await tipRoute(request);
  return { status: response.status, body: await response.json(), retryAfter: response.headers.get("retry-after") };
}

beforeEach(() => {
  session.actor = null;
});

describe("readers' tips", () => {
  it("take a solved challenge from the API, and group readers asking about the same claim", async () => {
    const challenge = await (await challengeRoute(new Request("http://localhost/api/v1/tips/challenge"))).json();
    expect(challenge).toMatchObject({ challenge: expect.any(String), bits: expect.any(Number) });
    const first = await post({
      question: "Is it true that Belarus shipped 300 tonnes of fertiliser to Venezuela in 2024?",
      url: "https://social.example/post/1",
      challenge: challenge.challenge,
      nonce: solve(challenge.challenge),
    });
    expect(first).toMatchObject({ status: 200, body: { ok: true, count: 1, answer: null } });
    const second = await post(solved("Did Belarus ship 300 tonnes of fertiliser to Venezuela in 2024?"));
    expect(second.body).toMatchObject({ ok: true, count: 2 });
    const third = await post(solved("Is it true that Belarus did not ship any fertiliser to Venezuela in 2024?"));
    expect(third.body).toMatchObject({ ok: true, count: 1 });
    const group = await db.tipGroup.findFirstOrThrow({ where: { question: { contains: "300 tonnes" } }, include: { tips: true } });
    expect(group).toMatchObject({ count: 2, status: "OPEN", version: 1 });
    expect(group.tips.map((t) => t.url)).toContain("https://social.example/post/1");

    const reviewer = await makeUser("REVIEWER");
    const open = await listOpenTips({ actor: reviewer });
    expect(open.find((g) => g.id === group.id)).toMatchObject({ count: 2, urls: ["https://social.example/post/1"] });
    await expect(listOpenTips({ actor: null })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("count readers, not submissions: one connection asking again adds a tip, not a reader", async () => {
    const from = address();
    expect((await post(solved("Did Minsk export 500 tractors to Caracas in 2024?"), from)).body).toMatchObject({ count: 1 });
    expect((await post(solved("Is it true that Minsk exported 500 tractors to Caracas in 2024?"), from)).body).toMatchObject({ count: 1, again: true });
    expect((await post(solved("Did Minsk really export 500 tractors to Caracas in 2024?"))).body).toMatchObject({ count: 2, again: false });
    const group = await db.tipGroup.findFirstOrThrow({ where: { question: { contains: "500 tractors" } }, include: { tips: true } });
    expect(group.count).toBe(2);
    expect(group.tips).toHaveLength(3);
  });

  it("answer at once with the published verdict a question repeats", async () => {
    const { claim } = await publishedClaim();
    const { body } = await post(solved("Is it true that the city built 1,200 new homes in 2023?"));
    expect(body.answer).toMatchObject({ url: `/claims/${claim.slug}`, rating: expect.any(String) });
    const group = await db.tipGroup.findFirstOrThrow({ where: { question: { contains: "1,200 new homes" } } });
    expect(group.answeredById).toBe(claim.id);
  });

  it("write nothing for bad input, a forged, stale or replayed challenge, and pretend to take a bot's", async () => {
    const before = await rowCounts();
    const tips = await db.tip.count();
    const groups = await db.tipGroup.count();
    expect(await post(solved("short"))).toMatchObject({
      status: 400,
      body: { code: "VALIDATION", fieldErrors: { question: [expect.stringMatching(/at least 10/)] } },
    });
    expect(await post(solved("A good question about 40 schools?", { url: "javascript:alert(1)" }))).toMatchObject({
      status: 400,
      body: { fieldErrors: { url: [expect.stringMatching(/http/)] } },
    });
    const { challenge } = issueChallenge();
    expect((await post({ question: "Were 40 schools closed in 2024?", challenge, nonce: "0" })).status).toBe(400);
    expect((await post({ question: "Were 40 schools closed in 2024?", challenge: challenge.replace(/.$/, "x"), nonce: solve(challenge) })).status).toBe(400);
    // A link that hides its host behind a user name.
    expect(await post(solved("Were 40 schools closed in 2024?", { url: "https://www.reuters.com@evil.example/" }))).toMatchObject({
      status: 400,
      body: { fieldErrors: { url: [expect.stringMatching(/user name/)] } },
    });
    const old = issueChallenge(Date.now() - 31 * 60 * 1000).challenge;
    expect(await post({ question: "Were 40 schools closed in 2024?", challenge: old, nonce: solve(old) })).toMatchObject({
      status: 400,
      body: { error: expect.stringMatching(/open too long/) },
    });
    expect(await post("{not json")).toMatchObject({ status: 400, body: { code: "MALFORMED" } });
    expect(await post(solved("Were 40 schools closed in 2024?", { website: "https://spam.example" }))).toMatchObject({ status: 200, body: { ok: true } });
    expect(await db.tip.count()).toBe(tips);
    expect(await db.tipGroup.count()).toBe(groups);
    expect(await rowCounts()).toEqual(before);

    const once = solved("Were 40 schools closed in Minsk in 2024?");
    expect((await post(once)).status).toBe(200);
    expect(await post(once)).toMatchObject({ status: 409, body: { error: expect.stringMatching(/already sent/) } });
    expect(await db.tip.count()).toBe(tips + 1);
  });

  it("limit how many one connection sends, before anything is matched or written", async () => {
    const from = address();
    const { perHour } = tipLimits();
    for (let i = 0; i < perHour; i++) expect((await post(solved(`Question number ${i} about 40 bridges in Minsk?`), from)).status).toBe(200);
    const tips = await db.tip.count();
    const refused = await post(solved("One more question about 40 bridges in Minsk?"), from);
    expect(refused).toMatchObject({ status: 429, body: { code: "RATE_LIMITED" } });
    // When to try again, for an API partner too: within the hour.
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(3600);
    expect(await db.tip.count()).toBe(tips);
    // The limiter counts under a keyed hash: no reader's address is in the table.
    const keys = (await db.rateLimit.findMany({ select: { key: true } })).map((r) => r.key);
    expect(keys.some((k) => k.startsWith("tips-hour"))).toBe(true);
    expect(keys.filter((k) => k.includes("203.0.113"))).toEqual([]);
    // Another connection is not held back.
    expect((await post(solved("One more question about 40 bridges in Minsk?"))).status).toBe(200);
  });

  it("spend a challenge before any work: parallel copies of one request are refused at once and cost no allowance", async () => {
    const from = address();
    const { perHour } = tipLimits();
    const once = solved("Did the port of Minsk handle 90 tankers in 2024?");
    const answers = await Promise.all(Array.from({ length: perHour + 1 }, () => post(once, from)));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409).map((a) => a.body.error)).toEqual(Array(perHour).fill(expect.stringMatching(/already sent/)));
    // Only the copy that went through spent one of the hour's tips: the reader still has the rest.
    for (let i = 1; i < perHour; i++) expect((await post(solved(`Another question ${i} about 90 tankers in Minsk?`), from)).status).toBe(200);
    expect((await post(solved("And one too many about 90 tankers in Minsk?"), from)).status).toBe(429);
  });

  it("limit an IPv6 /56 and a /48 however many /64s they use, without costing a refused reader their own allowance", async () => {
    const { perSiteHour, perNetworkHour } = tipLimits();
    expect([perSiteHour, perNetworkHour]).toEqual([4, 6]);
    // One household's /56: a new /64 per question does not get past its allowance.
    const home = (i: number) => `2001:db8:77:1${i.toString(16).padStart(2, "0")}::1`;
    for (let i = 0; i < perSiteHour; i++) expect((await post(solved(`Question ${i} about 77 ferries on Lake Minsk?`), home(i))).status).toBe(200);
    const tips = await db.tip.count();
    const own = `tips-hour:${addressKey(addressBucket(home(0)))}`;
    const spent = (await db.rateLimit.findUniqueOrThrow({ where: { key: own } })).points;
    expect(await post(solved("One more question about 77 ferries on Lake Minsk?"), home(0))).toMatchObject({
      status: 429,
      body: { code: "RATE_LIMITED", error: expect.stringMatching(/from your network/) },
    });
    expect(await db.tip.count()).toBe(tips);
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: own } })).points).toBe(spent);
    // The rest of the /48 still has room, up to its own allowance, and another /48 is not held back.
    const street = (i: number) => `2001:db8:77:${(i + 2).toString(16)}00::1`;
    for (let i = 0; i < perNetworkHour - perSiteHour; i++)
      expect((await post(solved(`Question ${i} about 77 buses on Lake Minsk?`), street(i))).status).toBe(200);
    expect((await post(solved("And one about 77 buses on Lake Minsk?"), street(perNetworkHour))).status).toBe(429);
    expect((await post(solved("A question about 77 ferries on Lake Minsk from next door?"), "2001:db8:78::1")).status).toBe(200);
  });

  it("give a challenge back when a limit refuses the request, so it may be sent again later", async () => {
    const from = address();
    const { perHour } = tipLimits();
    for (let i = 0; i < perHour; i++) expect((await post(solved(`Question number ${i} about 12 canals in Minsk?`), from)).status).toBe(200);
    const once = solved("Were 12 canals in Minsk closed in 2024?");
    expect((await post(once, from)).status).toBe(429);
    expect((await post(once)).status).toBe(200);
    expect(await post(once)).toMatchObject({ status: 409 });
  });
});

describe("the desk decides on readers' questions", () => {
  async function group(question = "Did the port of Minsk handle 40 ships in 2024?") {
    await submitTip({ input: solved(question), address: address() });
    return db.tipGroup.findFirstOrThrow({ where: { question } });
  }

  it("makes a claim of one: an article holding the question, a claim of all of it, audited", async () => {
    const reviewer = await makeUser("REVIEWER");
    const g = await group();
    await expect(acceptTip({ actor: reviewer, input: { tipGroupId: g.id, version: g.version, claimant: "" } })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { claimant: [expect.any(String)] },
    });
    await expect(
      acceptTip({ actor: reviewer, input: { tipGroupId: g.id, version: g.version, claimant: "Port authority", claim: "short" } }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { claim: [expect.stringMatching(/at least 10/)] },
    });
    // The desk words the claim itself; the readers' question stays in the audit.
    const worded = "The port of Minsk handled 40 ships in 2024.";
    const { claimId } = await acceptTip({
      actor: reviewer,
      input: { tipGroupId: g.id, version: g.version, claimant: "Port authority", claimantType: "ORGANIZATION", claim: worded },
    });
    const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId }, include: { article: true } });
    expect(claim).toMatchObject({ quote: worded, claimant: "Port authority", status: "NEW" });
    // The readers' links stay on the question: none becomes the article's (public) address.
    expect(claim.article).toMatchObject({ outlet: "Readers' tips", text: worded, url: null });
    expect(await db.tipGroup.findUniqueOrThrow({ where: { id: g.id } })).toMatchObject({ status: "ACCEPTED", claimId, decidedById: reviewer.id, version: 2 });
    expect(await db.auditEvent.count({ where: { entityId: g.id, action: "tip.accept" } })).toBe(1);
    // Decided once: a second decision is refused, whatever it is.
    await expect(dismissTip({ actor: reviewer, input: { tipGroupId: g.id, version: 2 } })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("makes the claim of a question typed over several lines one line of text", async () => {
    const reviewer = await makeUser("REVIEWER");
    const g = await group("Did the port of Brest\r\n\r\nhandle   55 ships\tin 2024?");
    const { claimId } = await acceptTip({ actor: reviewer, input: { tipGroupId: g.id, version: g.version, claimant: "Port authority" } });
    const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId }, include: { article: true } });
    expect(claim.quote).toBe("Did the port of Brest handle 55 ships in 2024?");
    expect(claim.article.text).toBe(claim.quote);
    expect(claim.article.text.slice(claim.start, claim.end)).toBe(claim.quote);
  });

  it("counts a reader asking about a question the desk made a claim of there, not as a new question on the desk's list", async () => {
    const reviewer = await makeUser("REVIEWER");
    const question = "Did the port of Grodno handle 70 container ships in 2024?";
    const g = await group(question);
    await acceptTip({ actor: reviewer, input: { tipGroupId: g.id, version: g.version, claimant: "Port authority", claimantType: "ORGANIZATION" } });
    const { count } = await submitTip({ input: solved("Is it true that the port of Grodno handled 70 container ships in 2024?"), address: address() });
    expect(count).toBe(2);
    expect(await db.tipGroup.findUniqueOrThrow({ where: { id: g.id }, include: { tips: true } })).toMatchObject({
      status: "ACCEPTED",
      count: 2,
      tips: [{}, {}],
    });
    expect((await listOpenTips({ actor: reviewer })).some((t) => /Grodno/.test(t.question))).toBe(false);
  });

  it("dismisses at the version seen, and refuses the signed-out, a stale version and an unknown tip", async () => {
    const reviewer = await makeUser("REVIEWER");
    const g = await group("Did the Minsk metro carry 300 million passengers in 2024?");
    const before = await rowCounts();
    await expect(dismissTip({ actor: null, input: { tipGroupId: g.id, version: 1 } })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(acceptTip({ actor: null, input: { tipGroupId: g.id, version: 1, claimant: "Someone" } })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(dismissTip({ actor: reviewer, input: { tipGroupId: g.id, version: 7 } })).rejects.toMatchObject({ code: "STALE" });
    await expect(dismissTip({ actor: reviewer, input: { tipGroupId: "nope", version: 1 } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await rowCounts()).toEqual(before);
    expect(await db.tipGroup.findUniqueOrThrow({ where: { id: g.id } })).toMatchObject({ status: "OPEN", version: 1 });
    await dismissTip({ actor: reviewer, input: { tipGroupId: g.id, version: 1 } });
    expect(await db.tipGroup.findUniqueOrThrow({ where: { id: g.id } })).toMatchObject({ status: "DISMISSED", version: 2 });
    // A reader asking again about a dismissed question starts a new group.
    await submitTip({ input: solved("Did the Minsk metro carry 300 million passengers in 2024?"), address: address() });
    expect(await db.tipGroup.count({ where: { question: g.question } })).toBe(2);
  });
});
