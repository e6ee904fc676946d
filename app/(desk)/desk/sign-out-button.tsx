"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/" })} className="rounded border border-stone-300 px-2 py-1 hover:bg-stone-100">
      Sign out
    </button>
  );
}
