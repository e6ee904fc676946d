import { route } from "@/lib/http/route";
import { listPublishedAs } from "@/lib/publishing/api";
import { toMarkupPage } from "@/lib/publishing/claim-review";

export const dynamic = "force-dynamic";

export const GET = route({ name: "markup-pages API" }, ({ request }) => listPublishedAs(request, toMarkupPage));
