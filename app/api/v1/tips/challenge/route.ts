import { route } from "@/lib/http/route";
import { issueChallenge } from "@/lib/tips/pow";

export const dynamic = "force-dynamic";

/** A fresh proof-of-work challenge for one tip (lib/tips/pow.ts says how to solve it). */
export const GET = route({ name: "tip challenge" }, () => Response.json(issueChallenge(), { headers: { "Cache-Control": "no-store" } }));
