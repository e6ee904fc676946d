import "../zod-jitless";
import { z } from "zod";
import { createUserSchema } from "../auth/schemas";

/** The first admin: the account fields of any user (same password policy), the role is fixed. */
export const firstAdminSchema = createUserSchema.omit({ role: true }).extend({
  token: z.string().min(1, "The setup link is incomplete").max(200),
});
export type FirstAdminInput = z.input<typeof firstAdminSchema>;
