import { describe, expect, it } from "vitest";
import { CHALLENGE_MAX_AGE_MS, POW_BITS, checkSolution, issueChallenge, leadingZeroBits, powDigest, solve } from "@/lib/tips/pow";
import { tipSchema } from "@/lib/tips/schemas";
import { tipLimits } from "@/lib/tips/limits";
import { claimOfQuestion } from "@/lib/tips/mutations";

describe("the tip form's proof of work", () => {
  it("counts leading zero bits", () => {
    expect(leadingZeroBits(Buffer.from([0, 0, 0x0f, 0xff]))).toBe(20);
    expect(leadingZeroBits(Buffer.from([0x80]))).toBe(0);
    expect(leadingZeroBits(Buffer.from([0x01, 0]))).toBe(7);
  });

  it("accepts a solved, signed, fresh challenge", () => {
    const { challenge, bits } = issueChallenge();
    expect(bits).toBe(POW_BITS);
    const nonce = solve(challenge);
    expect(leadingZeroBits(powDigest(challenge, nonce))).toBeGreaterThanOrEqual(POW_BITS);
    expect(checkSolution(challenge, nonce)).toBe("ok");
  });

  it("refuses an unsolved, forged, expired or malformed one", () => {
    const now = Date.now();
    const { challenge } = issueChallenge(now);
    const nonce = solve(challenge);
    // A nonce that misses the target: the first whose hash does not start with enough zero bits.
    let miss = 0;
    while (leadingZeroBits(powDigest(challenge, miss.toString(36))) >= POW_BITS) miss++;
    expect(checkSolution(challenge, miss.toString(36), now)).toBe("insufficient");
    const [issued, random, signature] = challenge.split(".");
    expect(checkSolution(`${Number(issued) + 1}.${random}.${signature}`, nonce, now)).toBe("forged");
    expect(checkSolution(challenge, nonce, now + CHALLENGE_MAX_AGE_MS + 1)).toBe("expired");
    expect(checkSolution("not-a-challenge", nonce, now)).toBe("malformed");
    expect(checkSolution(challenge, "bad nonce!", now)).toBe("malformed");
  });
});

describe("a tip's input", () => {
  const base = { challenge: "c", nonce: "n" };
  it("needs a question of 10 to 1,000 characters and an http(s) address if any", () => {
    expect(tipSchema.safeParse({ ...base, question: "Were 40 schools closed?" }).success).toBe(true);
    expect(tipSchema.safeParse({ ...base, question: "short" }).success).toBe(false);
    expect(tipSchema.safeParse({ ...base, question: "x".repeat(1001) }).success).toBe(false);
    expect(tipSchema.safeParse({ ...base, question: "Were 40 schools closed?", url: "javascript:alert(1)" }).success).toBe(false);
    expect(tipSchema.safeParse({ ...base, question: "Were 40 schools closed?", url: "" }).success).toBe(true);
  });

  it("reads the claim out of a question", () => {
    expect(claimOfQuestion("Is it true that Belarus shipped fertiliser to Venezuela?")).toBe("Belarus shipped fertiliser to Venezuela");
    expect(claimOfQuestion("Can you check whether 40 schools closed?")).toBe("40 schools closed");
    expect(claimOfQuestion("Did North Korea supply shells to Russia?")).toBe("North Korea supply shells to Russia");
  });

  it("limits each connection by the operator's settings, a bad value keeping the default", () => {
    expect(tipLimits({})).toEqual({ perHour: 5, perDay: 20, perSiteHour: 20, perNetworkHour: 200 });
    expect(
      tipLimits({ FACTDESK_TIPS_PER_HOUR: "12", FACTDESK_TIPS_PER_DAY: "50", FACTDESK_TIPS_PER_SITE_HOUR: "40", FACTDESK_TIPS_PER_NETWORK_HOUR: "100" }),
    ).toEqual({ perHour: 12, perDay: 50, perSiteHour: 40, perNetworkHour: 100 });
    expect(tipLimits({ FACTDESK_TIPS_PER_HOUR: "-1", FACTDESK_TIPS_PER_DAY: "lots", FACTDESK_TIPS_PER_NETWORK_HOUR: "0" })).toEqual({
      perHour: 5,
      perDay: 20,
      perSiteHour: 20,
      perNetworkHour: 200,
    });
  });
});
