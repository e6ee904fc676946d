import { z } from "zod";
import { personName } from "./schemas";

/**
 * The name a person signs published verdicts with (the public byline): their own choice, their name
 * when they leave it empty. The ClaimReview `author` stays the organisation.
 */
export const displayNameSchema = z.object({
  displayName: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), personName.optional()),
});
export type DisplayNameInput = z.input<typeof displayNameSchema>;
