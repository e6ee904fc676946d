import { route } from "@/lib/http/route";
import { listPublishedAs } from "@/lib/publishing/api";
import { toClaimReview } from "@/lib/publishing/claim-review";

export const dynamic = "force-dynamic";

export const GET = route({ name: "claim-reviews API" }, ({ request }) => listPublishedAs(request, toClaimReview));
