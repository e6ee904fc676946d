import type { MetadataRoute } from "next";
import { listPublishedSlugs } from "@/lib/publishing/queries";
import { verdictPath } from "@/lib/publishing/claim-review";
import { absoluteUrl } from "@/lib/site";

export const revalidate = 3600;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const claims = await listPublishedSlugs();
  return [
    { url: absoluteUrl("/"), changeFrequency: "daily" },
    { url: absoluteUrl("/claims"), lastModified: claims[0]?.publicUpdatedAt ?? undefined, changeFrequency: "hourly" },
    { url: absoluteUrl("/methodology"), changeFrequency: "monthly" },
    ...claims.map((c) => ({ url: absoluteUrl(verdictPath(c.slug!)), lastModified: c.publicUpdatedAt ?? undefined })),
  ];
}
