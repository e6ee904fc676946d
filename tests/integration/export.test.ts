import { parse } from "csv-parse/sync";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentActor: async () => session.actor }));

import { GET as exportRoute } from "@/app/api/export/[kind]/route";
import { CLAIM_COLUMNS, VERDICT_COLUMNS } from "@/lib/reports/export";
import { db } from "@/lib/db";
import { makeClaim, makeUser } from "../support/factories";
import { bodyReadOnlyWhenRead } from "../support/streams";
import { publishedClaim } from "../support/publishing";

const get = (kind: string) => exportRoute(new Request(`http://localhost/api/export/${kind}`), { params: Promise.resolve({ kind }) });
const rows = async (response: Response) => parse(await response.text(), { columns: true }) as Record<string, string>[];

beforeEach(() => {
  session.actor = null;
});

describe("claims and verdicts export", () => {
  it("gives editors every claim as CSV, formula cells neutralised, across batches", async () => {
    const reviewer = await makeUser("REVIEWER");
    const claim = await makeClaim(reviewer);
    await db.claim.update({
      where: { id: claim.id },
      data: { claimant: '=HYPERLINK("http://evil.example","x"), with "quotes"', priority: "URGENT", dueDate: new Date("2027-01-05T00:00:00Z") },
    });
    const total = await db.claim.count();
    session.actor = await makeUser("EDITOR");
    const response = await get("claims");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="factdesk-claims-\d{4}-\d{2}-\d{2}\.csv"/);
    const text = await response.text();
    expect(text.split("\n")[0]).toBe(CLAIM_COLUMNS.join(","));
    const all = parse(text, { columns: true }) as Record<string, string>[];
    expect(all).toHaveLength(total);
    expect(new Set(all.map((r) => r.id)).size).toBe(total);
    expect(all.find((r) => r.id === claim.id)).toMatchObject({
      claimant: `'=HYPERLINK("http://evil.example","x"), with "quotes"`,
      priority: "URGENT",
      dueDate: "2027-01-05",
      status: "NEW",
      publicUrl: "",
    });
  });

  it("streams more claims than one batch holds, each once", async () => {
    const reviewer = await makeUser("REVIEWER");
    const template = await makeClaim(reviewer);
    const { id: _id, ...rest } = template;
    void _id;
    await db.claim.createMany({ data: Array.from({ length: 2_100 }, (_, i) => ({ ...rest, slug: null, quote: `Batch claim ${i}` })) });
    session.actor = await makeUser("ADMIN");
    const all = await rows(await get("claims"));
    expect(all).toHaveLength(await db.claim.count());
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
  });

  it("gives verdicts with their rating, approver, corrections and public address", async () => {
    const { claim } = await publishedClaim();
    session.actor = await makeUser("EDITOR");
    const response = await get("verdicts");
    const text = await response.text();
    expect(text.split("\n")[0]).toBe(VERDICT_COLUMNS.join(","));
    const row = (parse(text, { columns: true }) as Record<string, string>[]).find((r) => r.claimId === claim.id);
    expect(row).toMatchObject({ status: "PUBLISHED", corrections: "0" });
    expect(row!.rating).not.toBe("");
    expect(row!.approvedBy).not.toBe("");
    expect(row!.publicUrl).toMatch(new RegExp(`/claims/${claim.slug}$`));
  });

  it("refuses reviewers (403) and anonymous callers (401), and unknown kinds (404)", async () => {
    expect((await get("claims")).status).toBe(401);
    session.actor = await makeUser("REVIEWER");
    const denied = await get("verdicts");
    expect(denied.status).toBe(403);
    expect(await denied.json()).toEqual({ ok: false, code: "FORBIDDEN", error: "Only editors can export claims and verdicts." });
    session.actor = await makeUser("EDITOR");
    expect((await get("users")).status).toBe(404);
  });

  it("reads nothing until its body is read (Next answers a HEAD with the GET's headers and never reads the body)", async () => {
    session.actor = await makeUser("EDITOR");
    const read = vi.spyOn(db.claim, "findMany");
    try {
      expect((await bodyReadOnlyWhenRead(await get("claims"), read)).split("\n")[0]).toBe(CLAIM_COLUMNS.join(","));
    } finally {
      read.mockRestore();
    }
  });
});
