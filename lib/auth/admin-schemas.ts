import { z } from "zod";
import { id } from "../validation";

export const setDisabledSchema = z.object({
  userId: id("User"),
  disabled: z.preprocess((v) => v === true || v === "true", z.boolean()),
});
export type SetDisabledInput = z.input<typeof setDisabledSchema>;
