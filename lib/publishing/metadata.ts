import type { Metadata } from "next";
import { absoluteUrl, siteName } from "../site";

/** Open Graph and Twitter card metadata for a public page, with its social card image. */
export function publicMetadata({
  title,
  description,
  path,
  type = "website",
  publishedTime,
  modifiedTime,
}: {
  title: string;
  description: string;
  path: string;
  type?: "website" | "article";
  publishedTime?: Date | null;
  modifiedTime?: Date | null;
}): Metadata {
  const url = absoluteUrl(path);
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: {
      title,
      description,
      url,
      siteName: siteName(),
      type,
      ...(type === "article" && publishedTime ? { publishedTime: publishedTime.toISOString() } : {}),
      ...(type === "article" && modifiedTime ? { modifiedTime: modifiedTime.toISOString() } : {}),
      // A page's own openGraph replaces the inherited site card, so name it again; verdict pages
      // have their own opengraph-image file, which takes precedence.
      ...(type === "website" ? { images: ["/opengraph-image"] } : {}),
    },
    twitter: { card: "summary_large_image", title, description, ...(type === "website" ? { images: ["/twitter-image"] } : {}) },
  };
}
