import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentActor } from "@/lib/auth/session";
import { appOrigin, safeCallbackUrl } from "@/lib/auth/callback-url";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in", openGraph: { type: "website", url: "/signin" } };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  // Only same-site paths: an open redirect after sign-in is a phishing aid.
  const callbackUrl = safeCallbackUrl(params.callbackUrl, appOrigin());
  if (await getCurrentActor()) redirect(callbackUrl);
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-bold">Sign in to the desk</h1>
      <SignInForm callbackUrl={callbackUrl} />
    </div>
  );
}
