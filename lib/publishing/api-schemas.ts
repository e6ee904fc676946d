import { z } from "zod";
import { isStorable } from "../validation";

/** Cursor: the last item's public-change time and id, base64url-encoded, opaque to clients. */
export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString("base64url");
}

// The database stores four-digit years; anything outside them is not a date this API can mean.
const MIN_TIME = Date.parse("0001-01-01T00:00:00Z");
const MAX_TIME = Date.parse("9999-12-31T23:59:59.999Z");
const inRange = (d: Date) => !Number.isNaN(d.getTime()) && d.getTime() >= MIN_TIME && d.getTime() <= MAX_TIME;

function decodeCursor(value: string): { at: Date; id: string } | null {
  try {
    const [at, id] = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as unknown[];
    if (typeof at !== "string" || typeof id !== "string" || id.length === 0 || id.length > 64 || !isStorable(id)) return null;
    const date = new Date(at);
    return inRange(date) ? { at: date, id } : null;
  } catch {
    return null;
  }
}

export const claimReviewQuerySchema = z.object({
  limit: z.coerce
    .number({ error: "limit must be a whole number from 1 to 100" })
    .int("limit must be a whole number from 1 to 100")
    .min(1, "limit must be a whole number from 1 to 100")
    .max(100, "limit must be a whole number from 1 to 100")
    .default(20),
  updatedSince: z
    .string()
    .optional()
    .refine((v) => v === undefined || (/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(v) && inRange(new Date(v))), {
      message: "updatedSince must be an ISO 8601 date or date-time, e.g. 2024-06-20 or 2024-06-20T12:00:00Z",
    })
    .transform((v) => (v === undefined ? undefined : new Date(v))),
  cursor: z
    .string()
    .max(300, "cursor is not valid; use the nextCursor of a previous response")
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return undefined;
      const decoded = decodeCursor(v);
      if (!decoded) {
        ctx.addIssue({ code: "custom", message: "cursor is not valid; use the nextCursor of a previous response" });
        return z.NEVER;
      }
      return decoded;
    }),
});
