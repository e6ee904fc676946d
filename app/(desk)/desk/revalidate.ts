import { revalidatePath } from "next/cache";
import { forgetRetraction } from "@/lib/publishing/retractions";

/** Every cached public route that shows a verdict: refreshed whenever its public record changes. */
export function revalidatePublicVerdict(slug: string) {
  forgetRetraction(slug);
  // "layout" takes the verdict page and everything under it: badge and social card images.
  revalidatePath(`/claims/${slug}`, "layout");
  for (const path of ["/claims", `/embed/claims/${slug}`, "/feed.xml", "/sitemap.xml"]) revalidatePath(path);
}
