import { z } from "zod";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "Enter your email address").email("Enter a valid email address").max(254),
  password: z.string().min(1, "Enter your password").max(200),
});

export const createUserSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address").max(254),
  name: z.string().trim().min(2, "Name must be at least 2 characters").max(100),
  role: z.enum(["REVIEWER", "EDITOR", "ADMIN"], { error: "Role must be REVIEWER, EDITOR or ADMIN" }),
  password: z
    .string()
    .min(12, "Password must be at least 12 characters")
    .max(200, "Password must be at most 200 characters")
    .refine((p) => /\p{L}/u.test(p) && /[^\p{L}\s]/u.test(p), "Password must mix letters with digits or symbols"),
});
export type CreateUserInput = z.input<typeof createUserSchema>;
