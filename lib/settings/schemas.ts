import "../zod-jitless";
import { z } from "zod";
import { MAX_APPROVALS } from "../claims/review";

export const settingsSchema = z.object({
  approvalsRequired: z.coerce
    .number({ error: "Give a number of approvals" })
    .int("Give a whole number of approvals")
    .min(1, "A verdict needs at least one approval")
    .max(MAX_APPROVALS, `At most ${MAX_APPROVALS} approvals`),
});
export type SettingsInput = z.input<typeof settingsSchema>;
