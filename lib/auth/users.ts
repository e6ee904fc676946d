import { db } from "../db";
import { DomainError, prismaErrorCode } from "../errors";
import { parseInput } from "../validation";
import { hashPassword, verifyPassword } from "./password";
import { assertStrongPassword } from "./password-policy";
import { createUserSchema, type CreateUserInput } from "./schemas";
import type { Actor } from "./roles";

/** Create a desk account. Used by the seed and `npm run user:create`; admins get a UI later. */
export async function createUser({ input, actorId = null }: { input: CreateUserInput; actorId?: string | null }) {
  const data = parseInput(createUserSchema, input);
  await assertStrongPassword({ password: data.password, userInputs: [data.email, data.name] });
  const passwordHash = await hashPassword(data.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email: data.email, name: data.name, role: data.role, passwordHash } });
      await tx.auditEvent.create({
        data: { actorId, action: "user.create", entityType: "User", entityId: user.id, after: JSON.stringify({ email: user.email, role: user.role }) },
      });
      return user;
    });
  } catch (error) {
    if (prismaErrorCode(error) === "P2002") {
      throw new DomainError("CONFLICT", "An account with this email already exists.", { email: ["An account with this email already exists"] });
    }
    throw error;
  }
}

let dummy: Promise<string> | undefined;
// Forgotten when it fails (the threads were busy, say): a failed promise kept would fail every later
// sign-in of an unknown email, and only those, which would tell which emails exist.
const dummyHash = () =>
  (dummy ??= hashPassword("factdesk-timing-equaliser").catch((error: unknown) => {
    dummy = undefined;
    throw error;
  }));

/** Check credentials; null for unknown email, wrong password or a disabled account (never say which). */
export async function authenticate(email: string, password: string): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    omit: { passwordHash: false },
  });
  if (!user || user.disabled) {
    // Spend the same time as a real check so response time does not reveal which emails exist.
    await verifyPassword(password, await dummyHash());
    return null;
  }
  if (!(await verifyPassword(password, user.passwordHash))) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}

/**
 * The user behind an id when not disabled. Requests do not use this: they go through their
 * server-side session (sessions.ts actorForSession), which also ends with sign-out and revocation.
 */
export async function findActiveActor(id: string): Promise<Actor | null> {
  const user = await db.user.findUnique({ where: { id }, select: { id: true, role: true, name: true, email: true, disabled: true } });
  if (!user || user.disabled) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}
