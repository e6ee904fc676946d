import { z } from "zod";
import { id } from "../validation";
import { newPasswordField, personName } from "./schemas";

export const setDisabledSchema = z.object({
  userId: id("User"),
  disabled: z.preprocess((v) => v === true || v === "true", z.boolean()),
});
export type SetDisabledInput = z.input<typeof setDisabledSchema>;

export const signOutEverywhereSchema = z.object({ userId: id("User") });
export type SignOutEverywhereInput = z.input<typeof signOutEverywhereSchema>;

export const setRoleSchema = z.object({
  userId: id("User"),
  role: z.enum(["REVIEWER", "EDITOR", "ADMIN"], { error: "Role must be REVIEWER, EDITOR or ADMIN" }),
});
export type SetRoleInput = z.input<typeof setRoleSchema>;

export const setNameSchema = z.object({ userId: id("User"), name: personName });
export type SetNameInput = z.input<typeof setNameSchema>;

/** A person changing their own password gives the current one; an admin resetting someone else's does not. */
export const changePasswordSchema = z.object({
  userId: id("User"),
  currentPassword: z.string().max(200).optional(),
  newPassword: newPasswordField,
});
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;
