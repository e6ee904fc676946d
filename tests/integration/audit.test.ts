import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentActor: async () => session.actor }));

import { GET as exportRoute } from "@/app/api/audit/export/route";
import { addComment } from "@/lib/claims/mutations";
import { setUserDisabled, createUserByAdmin, listUsers } from "@/lib/auth/admin";
import { findActiveActor } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { AUDIT_BATCH } from "@/lib/audit/export";
import { makeClaim, makeUser } from "../support/factories";
import { bodyReadOnlyWhenRead } from "../support/streams";

const get = (format?: string) => exportRoute(new Request(`http://localhost/api/audit/export${format ? `?format=${format}` : ""}`));

beforeEach(() => {
  session.actor = null;
});

describe("audit log export", () => {
  it("gives editors every event as CSV (formula cells neutralised) and JSON; refuses reviewers and anonymous", async () => {
    const reviewer = await makeUser("REVIEWER");
    const claim = await makeClaim(reviewer);
    await addComment({ actor: reviewer, input: { claimId: claim.id, body: '=HYPERLINK("http://evil.example","click"), "quoted", with comma' } });
    session.actor = await makeUser("EDITOR");
    const csv = await get("csv");
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.headers.get("content-disposition")).toMatch(/attachment; filename="factdesk-audit-\d{4}-\d{2}-\d{2}\.csv"/);
    const text = await csv.text();
    const lines = text.trim().split("\n");
    expect(lines[0]).toBe("createdAt,actor,actorEmail,action,entityType,entityId,claimId,before,after");
    expect(lines.length - 1).toBe(await db.auditEvent.count());
    expect(text).toContain("comment.add");
    expect(text).not.toMatch(/,=HYPERLINK/);
    const json = await (await get("json")).json();
    expect(json).toHaveLength(await db.auditEvent.count());
    expect(json.map((r: { action: string }) => r.action)).toEqual(expect.arrayContaining(["claim.create", "comment.add"]));
    expect((await get("xml")).status).toBe(400);
    session.actor = reviewer;
    expect((await get()).status).toBe(403);
    session.actor = null;
    expect((await get()).status).toBe(401);
  });

  it("streams the whole log a batch at a time, oldest first, each event once, ties in id order", async () => {
    const editor = await makeUser("EDITOR");
    const at = new Date(Date.UTC(2020, 0, 1));
    // More than two batches, many written in the same millisecond (the batches continue after (time, id)).
    await db.auditEvent.createMany({
      data: Array.from({ length: 2 * AUDIT_BATCH + 3 }, (_, i) => ({
        actorId: editor.id,
        action: "test.batch",
        entityType: "Test",
        entityId: `batch-${i}`,
        before: JSON.stringify({ n: i }),
        createdAt: new Date(at.getTime() + Math.floor(i / 7)),
      })),
    });
    session.actor = editor;
    const total = await db.auditEvent.count();
    const json: { createdAt: string; entityId: string; action: string }[] = await (await get("json")).json();
    expect(json).toHaveLength(total);
    const ours = json.filter((r) => r.action === "test.batch");
    expect(new Set(ours.map((r) => r.entityId)).size).toBe(2 * AUDIT_BATCH + 3);
    const ordered = await db.auditEvent.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { entityId: true } });
    expect(json.map((r) => r.entityId)).toEqual(ordered.map((r) => r.entityId));
    const csv = (await (await get("csv")).text()).trim().split("\n");
    expect(csv).toHaveLength(total + 1);
    expect(csv.filter((line) => line.startsWith("createdAt,"))).toHaveLength(1);
  });

  it("reads nothing until its body is read (Next answers a HEAD with the GET's headers and never reads the body)", async () => {
    session.actor = await makeUser("EDITOR");
    const read = vi.spyOn(db.auditEvent, "findMany");
    try {
      expect(Array.isArray(JSON.parse(await bodyReadOnlyWhenRead(await get("json"), read)))).toBe(true);
    } finally {
      read.mockRestore();
    }
  });

  it("has no update or delete path anywhere in the code", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir)) {
        const full = path.join(dir, entry);
        if (entry === "generated" || entry === "node_modules") continue;
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.(ts|tsx|mjs)$/.test(entry)) files.push(full);
      }
    };
    for (const dir of ["lib", "app", "scripts", "prisma"]) walk(path.resolve(dir));
    // The one exception: `npm run demo:remove` deletes the demo claims with the events of their fake
    // work (a claim cannot go while events name it), and records its own event of what it removed.
    const DEMO_REMOVAL = path.resolve("lib/demo/remove.ts");
    const offenders = files
      .filter((f) => f !== DEMO_REMOVAL)
      .filter((f) =>
        /auditEvent\s*\.\s*(update|updateMany|upsert|delete|deleteMany)\b|UPDATE\s+"?AuditEvent|DELETE\s+FROM\s+"?AuditEvent/i.test(readFileSync(f, "utf8")),
      );
    expect(files.length).toBeGreaterThan(50);
    expect(offenders).toEqual([]);
  });
});

describe("user administration", () => {
  it("lets an admin create and disable accounts; a disabled session stops at once", async () => {
    const admin = await makeUser("ADMIN");
    const { id } = await createUserByAdmin({
      actor: admin,
      input: { email: "new@example.test", name: "New Person", role: "REVIEWER", password: "a-fine-password-1" },
    });
    expect(await findActiveActor(id)).toMatchObject({ email: "new@example.test" });
    await setUserDisabled({ actor: admin, input: { userId: id, disabled: true } });
    expect(await findActiveActor(id)).toBeNull();
    await setUserDisabled({ actor: admin, input: { userId: id, disabled: false } });
    expect(await findActiveActor(id)).not.toBeNull();
    expect(await db.auditEvent.count({ where: { entityId: id, action: { in: ["user.create", "user.disable", "user.enable"] } } })).toBe(3);
    await expect(setUserDisabled({ actor: admin, input: { userId: admin.id, disabled: true } })).rejects.toMatchObject({ code: "VALIDATION" });
    expect((await listUsers({ actor: admin })).some((u) => u.email === "new@example.test")).toBe(true);
  });

  it("refuses everyone but admins", async () => {
    const editor = await makeUser("EDITOR");
    const target = await makeUser("REVIEWER");
    await expect(setUserDisabled({ actor: editor, input: { userId: target.id, disabled: true } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      createUserByAdmin({ actor: editor, input: { email: "x@example.test", name: "X Y", role: "ADMIN", password: "a-fine-password-1" } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listUsers({ actor: null })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await findActiveActor(target.id)).not.toBeNull();
  });
});
