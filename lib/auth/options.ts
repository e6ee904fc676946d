import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { signInSchema } from "./schemas";
import { authenticate } from "./users";
import { assertSignInAllowed, recordSignInFailure, recordSignInSuccess } from "./rate-limit";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 60 * 60 * 12 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        // The first x-forwarded-for hop is the client when a proxy sets it; otherwise all share one bucket.
        const forwarded = req?.headers?.["x-forwarded-for"];
        const address = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim() || "unknown";
        await assertSignInAllowed(email, address);
        const actor = await authenticate(email, password);
        if (!actor) {
          await recordSignInFailure(email, address);
          return null;
        }
        await recordSignInSuccess(email);
        return { id: actor.id, name: actor.name, email: actor.email, role: actor.role };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) token.uid = user.id;
      return token;
    },
    async session({ session, token }) {
      if (session.user && typeof token.uid === "string") (session.user as { id?: string }).id = token.uid;
      return session;
    },
  },
};
