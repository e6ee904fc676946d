"use server";

import { runSessionlessAction } from "@/lib/actions/safe-action";
import { createFirstAdmin } from "@/lib/setup/first-admin";
import type { FirstAdminInput } from "@/lib/setup/schemas";

export async function createFirstAdminAction(input: FirstAdminInput) {
  return runSessionlessAction(() => createFirstAdmin({ input }));
}
