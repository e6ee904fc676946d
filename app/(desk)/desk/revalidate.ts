import { revalidatePath } from "next/cache";
import { forgetRetraction } from "@/lib/publishing/retractions";

/** Every cached public route that shows a verdict: refreshed whenever its public record changes. */
export function revalidatePublicVerdict(slug: string) {
  forgetRetraction(slug);
  for (const path of [
    "/claims",
    `/claims/${slug}`,
    `/claims/${slug}/badge.svg`,
    `/claims/${slug}/opengraph-image`,
    `/claims/${slug}/twitter-image`,
    `/embed/claims/${slug}`,
    "/feed.xml",
    "/sitemap.xml",
  ]) {
    revalidatePath(path);
  }
}
