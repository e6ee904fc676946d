import { db } from "../db";
import { DomainError, notFound } from "../errors";
import { parseInput } from "../validation";
import { setDisabledSchema, type SetDisabledInput } from "./admin-schemas";
import { assertCan } from "./permissions";
import { createUser } from "./users";
import type { CreateUserInput } from "./schemas";
import type { Actor } from "./roles";

export { setDisabledSchema, type SetDisabledInput } from "./admin-schemas";

export async function listUsers({ actor }: { actor: Actor | null }) {
  assertCan(actor, "user.manage");
  return db.user.findMany({ orderBy: [{ disabled: "asc" }, { name: "asc" }], select: { id: true, name: true, email: true, role: true, disabled: true, createdAt: true } });
}

/** An admin creates a desk account; the password policy lives in createUserSchema. */
export async function createUserByAdmin({ actor, input }: { actor: Actor | null; input: CreateUserInput }) {
  assertCan(actor, "user.manage");
  const user = await createUser({ input, actorId: actor.id });
  return { id: user.id };
}

/** Disable or re-enable an account. A disabled user's session stops working at its next request. */
export async function setUserDisabled({ actor, input }: { actor: Actor | null; input: SetDisabledInput }) {
  assertCan(actor, "user.manage");
  const data = parseInput(setDisabledSchema, input);
  if (data.userId === actor.id && data.disabled) {
    throw new DomainError("VALIDATION", "You cannot disable your own account; ask another admin.");
  }
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: data.userId }, select: { id: true, disabled: true, email: true } });
    if (!user) throw notFound("user");
    await tx.user.update({ where: { id: user.id }, data: { disabled: data.disabled } });
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: data.disabled ? "user.disable" : "user.enable",
        entityType: "User",
        entityId: user.id,
        before: JSON.stringify({ disabled: user.disabled }),
        after: JSON.stringify({ disabled: data.disabled, email: user.email }),
      },
    });
    return { id: user.id, disabled: data.disabled };
  });
}
