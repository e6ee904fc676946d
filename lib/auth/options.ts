import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { CLIENT_ADDRESS_HEADER } from "../http/client-address.mjs";
import { safeCallbackUrl } from "./callback-url";
import { signInSchema } from "./schemas";
import { authenticate } from "./users";
import { consumeSignInAttempt, recordSignInSuccess } from "./rate-limit";
import { endSession, SESSION_MAX_AGE_SECONDS, startSession } from "./sessions";

/**
 * The client's address as scripts/serve.mjs worked it out (it replaces any copy a client sends and
 * honours X-Forwarded-For only behind TRUSTED_PROXY_COUNT proxies). Never X-Forwarded-For itself.
 */
function requestAddress(headers: Record<string, unknown> | undefined): string {
  const value = headers?.[CLIENT_ADDRESS_HEADER];
  return (typeof value === "string" && value.trim()) || "unknown";
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const address = requestAddress(req?.headers as Record<string, unknown> | undefined);
        // Spent before the password is checked: throws "Too many sign-in attempts. Try again in N seconds."
        await consumeSignInAttempt({ email, address });
        const actor = await authenticate(email, password);
        if (!actor) return null;
        await recordSignInSuccess({ email, address });
        return { id: actor.id, name: actor.name, email: actor.email, role: actor.role };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      // Only at sign-in: the token names a server-side session that sign-out and admins can end.
      if (user) {
        const session = await startSession({ userId: user.id });
        token.uid = user.id;
        token.sid = session.id;
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user && typeof token.uid === "string") (session.user as { id?: string }).id = token.uid;
      if (typeof token.sid === "string") (session as { sid?: string }).sid = token.sid;
      return session;
    },
    // After sign-in and sign-out next-auth redirects to the callbackUrl it was given: same origin only.
    async redirect({ url, baseUrl }) {
      const origin = new URL(baseUrl).origin;
      return origin + safeCallbackUrl(url, origin);
    },
  },
  events: {
    async signOut({ token }) {
      await endSession(typeof token?.sid === "string" ? token.sid : null);
    },
  },
};
