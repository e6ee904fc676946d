import { revalidatePath } from "next/cache";
import { forgetRetraction } from "@/lib/publishing/retractions";

/** Every cached public route that shows a verdict: refreshed whenever its public record changes. */
export function revalidatePublicVerdict(slug: string) {
  forgetRetraction(slug);
  // The page itself, then everything under its path (badge and social card images).
  revalidatePath(`/claims/${slug}`);
  revalidatePath(`/claims/${slug}`, "layout");
  for (const path of ["/claims", `/embed/claims/${slug}`, "/feed.xml", "/sitemap.xml"]) revalidatePath(path);
}
