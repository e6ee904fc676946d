import { describe, expect, it } from "vitest";
import { PERMISSIONS, assertCan, can, deniedMessage, type Permission } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";

/** Expected matrix, written out by hand: permission → [REVIEWER, EDITOR, ADMIN]. */
const MATRIX: Record<Permission, [boolean, boolean, boolean]> = {
  "claim.create": [true, true, true],
  "claim.take": [true, true, true],
  "claim.assign": [false, true, true],
  "claim.schedule": [false, true, true],
  "notification.read": [true, true, true],
  "desk.export": [false, true, true],
  "settings.manage": [false, false, true],
  "verdict.recheck": [false, true, true],
  "desk.dashboard": [false, true, true],
  "claim.link": [true, true, true],
  "claim.requestReuse": [true, true, true],
  "article.import": [true, true, true],
  "article.edit": [true, true, true],
  "source.add": [true, true, true],
  "research.edit": [true, true, true],
  "source.withhold": [false, true, true],
  "evidence.add": [true, true, true],
  "verdict.draft": [true, true, true],
  "comment.add": [true, true, true],
  "desk.read": [true, true, true],
  "user.manage": [false, false, true],
  "audit.export": [false, true, true],
  "claimant.manage": [false, true, true],
  "tip.triage": [true, true, true],
};

const ROLES: Role[] = ["REVIEWER", "EDITOR", "ADMIN"];

const makeActor = (role: Role): Actor => ({ id: `u-${role}`, role, name: `${role} user`, email: `${role.toLowerCase()}@example.org` });

const rows = (Object.keys(MATRIX) as Permission[]).flatMap((permission) => ROLES.map((role, i) => ({ permission, role, allowed: MATRIX[permission][i] })));

describe("PERMISSIONS", () => {
  it("has exactly the permissions in the expected matrix", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(MATRIX).sort());
  });
});

describe("can", () => {
  it.each(rows)("$role → $permission: $allowed", ({ permission, role, allowed }) => {
    expect(can({ role }, permission)).toBe(allowed);
  });

  it.each(Object.keys(MATRIX) as Permission[])("null and undefined actors cannot %s", (permission) => {
    expect(can(null, permission)).toBe(false);
    expect(can(undefined, permission)).toBe(false);
  });
});

describe("assertCan", () => {
  it.each(rows.filter((r) => r.allowed))("lets $role $permission", ({ permission, role }) => {
    expect(() => assertCan(makeActor(role), permission)).not.toThrow();
  });

  it.each(rows.filter((r) => !r.allowed))("refuses $role $permission with FORBIDDEN", ({ permission, role }) => {
    let thrown: unknown;
    try {
      assertCan(makeActor(role), permission);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect((thrown as DomainError).code).toBe("FORBIDDEN");
    expect((thrown as DomainError).message).toMatch(/^Only /);
  });

  it.each(Object.keys(MATRIX) as Permission[])("refuses a null actor %s with UNAUTHENTICATED", (permission) => {
    for (const nobody of [null, undefined]) {
      let thrown: unknown;
      try {
        assertCan(nobody, permission);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(DomainError);
      expect((thrown as DomainError).code).toBe("UNAUTHENTICATED");
    }
  });

  it("gives the permission's own message", () => {
    expect(() => assertCan(makeActor("EDITOR"), "user.manage")).toThrow("Only admins can manage users.");
    expect(() => assertCan(makeActor("REVIEWER"), "claim.assign")).toThrow("Only editors can assign claims to someone else.");
    expect(() => assertCan(makeActor("REVIEWER"), "desk.dashboard")).toThrow(deniedMessage("desk.dashboard"));
    expect(deniedMessage("desk.dashboard")).toBe("Only editors can see the desk dashboard.");
  });
});
