import { listPublishedAs } from "@/lib/publishing/api";
import { toMarkupPage } from "@/lib/publishing/claim-review";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return listPublishedAs(request, toMarkupPage);
}
