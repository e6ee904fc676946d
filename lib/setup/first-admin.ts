import { createHash, randomBytes } from "node:crypto";
import { db } from "../db";
import { DomainError, prismaErrorCode } from "../errors";
import { hashPassword } from "../auth/password";
import { assertStrongPassword } from "../auth/password-policy";
import { parseInput } from "../validation";
import { firstAdminSchema, type FirstAdminInput } from "./schemas";

/** Long enough to set up a desk after a start, short enough that a forgotten link in a log goes stale. */
export const SETUP_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

export const SETUP_CLOSED_MESSAGE = "This desk already has accounts, so setup links no longer work. Sign in, or ask an admin for an account.";
export const SETUP_INVALID_MESSAGE = "This setup link is not valid or has expired. Restart the server (npm start) for a new one.";

// A database copy or a log of queries must not be enough to open an empty desk: only the hash is kept.
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * A fresh one-time token while the desk has no account (null otherwise). Earlier tokens are dropped:
 * only the link printed at the latest start works.
 */
export async function issueSetupToken({ now = new Date() }: { now?: Date } = {}): Promise<string | null> {
  const token = randomBytes(32).toString("base64url");
  return db.$transaction(async (tx) => {
    if ((await tx.user.count()) > 0) {
      await tx.setupToken.deleteMany({});
      return null;
    }
    await tx.setupToken.deleteMany({});
    await tx.setupToken.create({ data: { tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + SETUP_TOKEN_TTL_MS) } });
    return token;
  });
}

export type SetupLinkState = "valid" | "invalid" | "closed";

/** What the setup page shows: the form, a dead link, or "setup is over" — without revealing more. */
export async function setupLinkState({ token, now = new Date() }: { token: string; now?: Date }): Promise<SetupLinkState> {
  if ((await db.user.count()) > 0) return "closed";
  if (token.length === 0 || token.length > 200) return "invalid";
  const row = await db.setupToken.findUnique({ where: { tokenHash: hashToken(token) } });
  return row && row.usedAt === null && row.expiresAt > now ? "valid" : "invalid";
}

/**
 * Create the first admin with a valid, unused, unexpired token — only while no account exists, checked
 * again inside the transaction (two visitors with the link, or `npm run user:create` meanwhile). The
 * token is spent first with a conditional update: on PostgreSQL the second of two concurrent requests
 * waits on that row and then finds it spent; on SQLite writers are serialized anyway.
 */
export async function createFirstAdmin({ input, now = new Date() }: { input: FirstAdminInput; now?: Date }) {
  const data = parseInput(firstAdminSchema, input);
  // The cheap checks first: a closed desk or a dead link must not make the server hash anything.
  const state = await setupLinkState({ token: data.token, now });
  if (state === "closed") throw new DomainError("FORBIDDEN", SETUP_CLOSED_MESSAGE);
  if (state === "invalid") throw new DomainError("NOT_FOUND", SETUP_INVALID_MESSAGE);
  // The most powerful account meets the same password policy as every other (lib/auth/password-policy.ts).
  await assertStrongPassword({ password: data.password, userInputs: [data.email, data.name] });
  const passwordHash = await hashPassword(data.password);
  try {
    return await db.$transaction(async (tx) => {
      const spent = await tx.setupToken.updateMany({
        where: { tokenHash: hashToken(data.token), usedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
      });
      if ((await tx.user.count()) > 0) throw new DomainError("FORBIDDEN", SETUP_CLOSED_MESSAGE);
      if (spent.count !== 1) throw new DomainError("NOT_FOUND", SETUP_INVALID_MESSAGE);
      const user = await tx.user.create({ data: { email: data.email, name: data.name, role: "ADMIN", passwordHash } });
      await tx.auditEvent.create({
        data: {
          actorId: null,
          action: "user.create",
          entityType: "User",
          entityId: user.id,
          after: JSON.stringify({ email: user.email, role: user.role, via: "setup link" }),
        },
      });
      return { id: user.id, email: user.email };
    });
  } catch (error) {
    if (prismaErrorCode(error) === "P2002")
      throw new DomainError("CONFLICT", "An account with this email already exists.", { email: ["An account with this email already exists"] });
    throw error;
  }
}
