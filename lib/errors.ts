export type ErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "VALIDATION"
  | "STALE"
  | "INVALID_TRANSITION"
  | "CONFLICT"
  /** Too much at once from one person (open live streams): wait or close something, then try again. */
  | "RATE_LIMITED"
  /** Work that ran past its time budget and was stopped (an article too long or too complex to read). */
  | "TIMEOUT"
  /** Too much of one kind of work on the server at once (password checks): nothing was done; try again shortly. */
  | "BUSY";

export type FieldErrors = Record<string, string[] | undefined>;

/** An error a user can act on: its message is safe to show as it is. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/** Refused by a rate limit: the message says when to try again, and so does `Retry-After` (lib/http/route.ts). */
/** "3 minutes", "1 minute": how long until a limit allows again, rounded up to whole minutes. */
export const minutesToWait = (ms: number) => {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
};

/** The server is busy with one kind of work (503 with `Retry-After`): the message says so and to try again shortly. */
export class BusyError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds = 5,
  ) {
    super("BUSY", message);
  }
}

export class RateLimitedError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
    fieldErrors?: FieldErrors,
  ) {
    super("RATE_LIMITED", message, fieldErrors);
  }
}

export const STALE_MESSAGE = "Someone else changed this claim after you opened it. Nothing was overwritten: reload to see their change, then try again.";

export function staleError(what = "claim"): DomainError {
  return new DomainError("STALE", STALE_MESSAGE.replace("this claim", `this ${what}`));
}

export function notFound(what: string): DomainError {
  return new DomainError("NOT_FOUND", `That ${what} does not exist or is no longer available.`);
}

/** Prisma's known request errors carry a stable code; map by code, never by message text. */
export function prismaErrorCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === "string" ? code : undefined;
  }
  return undefined;
}
