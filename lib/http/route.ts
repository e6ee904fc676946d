import { ZodError } from "zod";
import { getCurrentActor } from "../auth/session";
import type { Actor } from "../auth/roles";
import { BusyError, DomainError, RateLimitedError, type ErrorCode, type FieldErrors } from "../errors";
import { BodyTooLargeError, UnreadableBodyError } from "./body-limit";
import { decideOrigin, ownOrigins } from "./origin";

/**
 * The one wrapper every route handler under app/api/ goes through (next-auth's own route excepted:
 * it has its CSRF token). It refuses cross-site state-changing requests, resolves the actor when the
 * route needs one, and maps errors to HTTP once, so handlers stay parse → authorize (in lib) → respond.
 */

export const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 400,
  STALE: 409,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  RATE_LIMITED: 429,
  TIMEOUT: 503,
  BUSY: 503,
};

/** A request the handler could not read at all (a body that is not the declared format). */
export class MalformedRequestError extends Error {
  constructor(message = "The request could not be read.") {
    super(message);
    this.name = "MalformedRequestError";
  }
}

export type ErrorBody = { ok: false; code: ErrorCode | "MALFORMED" | "TOO_LARGE" | "INTERNAL"; error: string; fieldErrors?: FieldErrors };

const errorResponse = (status: number, body: ErrorBody, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });

export const CROSS_SITE_MESSAGE = "This request did not come from a Factdesk page, so it was refused. Reload the page and try again.";

type RouteOptions = {
  /** For logs: which route failed. */
  name: string;
  /** Resolve the signed-in actor (null when there is none: lib decides whether that is allowed). */
  actor?: boolean;
  /**
   * "same" (the default): POST/PUT/PATCH/DELETE must come from one of our own pages. "exempt" only for
   * a route no browser calls, which proves itself another way (internal/revalidate's process token).
   */
  origin?: "same" | "exempt";
  /**
   * The GET writes (the live stream records who has the claim open and tells the others): it must come
   * from one of our own pages too, or an image on a sibling site would open streams in a person's name.
   */
  writesOnGet?: boolean;
};

type Context<P> = { params: Promise<P> };
type Handler<P> = (input: { request: Request; params: P; actor: Actor | null }) => Promise<Response> | Response;

export function route<P extends Record<string, string | string[]> = Record<string, never>>(options: RouteOptions, handler: Handler<P>) {
  return async function handle(request: Request, context?: Context<P>): Promise<Response> {
    if (options.origin !== "exempt") {
      const origins = ownOrigins({ configuredUrl: process.env.NEXTAUTH_URL, requestUrl: request.url, host: request.headers.get("host") });
      const decision = decideOrigin({ method: request.method, headers: request.headers, origins, writesOnGet: options.writesOnGet });
      if (!decision.allowed) {
        console.warn(`[factdesk] ${options.name}: refused a cross-site ${request.method} (${decision.why})`);
        return errorResponse(403, { ok: false, code: "FORBIDDEN", error: CROSS_SITE_MESSAGE });
      }
    }
    try {
      const params = ((await context?.params) ?? {}) as P;
      const actor = options.actor ? await getCurrentActor() : null;
      return await handler({ request, params, actor });
    } catch (error) {
      return toErrorResponse(options.name, error);
    }
  };
}

/** Errors to HTTP, in one place. Messages of DomainErrors are written for people; anything else is not. */
export function toErrorResponse(name: string, error: unknown): Response {
  if (error instanceof DomainError) {
    const body = { ok: false as const, code: error.code, error: error.message, fieldErrors: error.fieldErrors };
    const retry =
      error instanceof RateLimitedError || error instanceof BusyError ? { "Retry-After": String(Math.max(1, Math.ceil(error.retryAfterSeconds))) } : undefined;
    return errorResponse(HTTP_STATUS[error.code] ?? 400, body, retry);
  }
  // Connection: close so the server drops the unread rest of the body rather than reading it to discard it.
  if (error instanceof BodyTooLargeError) {
    return errorResponse(413, { ok: false, code: "TOO_LARGE", error: error.message, fieldErrors: error.fieldErrors }, { Connection: "close" });
  }
  if (error instanceof UnreadableBodyError) return errorResponse(400, { ok: false, code: "MALFORMED", error: error.message });
  if (error instanceof MalformedRequestError) return errorResponse(400, { ok: false, code: "MALFORMED", error: error.message });
  if (error instanceof ZodError) return errorResponse(400, { ok: false, code: "MALFORMED", error: "The request is not in the expected form." });
  console.error(`[factdesk] ${name} failed`, error);
  return errorResponse(500, { ok: false, code: "INTERNAL", error: "Something went wrong on our side. Nothing was saved; please try again." });
}

/** The JSON body; a body that is not JSON is the client's mistake (400), not ours (500). */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new MalformedRequestError("The request body is not valid JSON.");
  }
}

/** The JSON body, or null when there is none or it is not JSON (the caller's schema then refuses it). */
export async function readJsonOrNull(request: Request): Promise<unknown> {
  return request.json().catch(() => null);
}
