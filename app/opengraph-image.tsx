import { ogCard, OG_SIZE } from "@/lib/publishing/og-card";
import { siteName } from "@/lib/site";

export const size = OG_SIZE;
export const contentType = "image/png";
export const alt = "Fact-checks of claims in the news";

export default function Image() {
  return ogCard({ site: siteName() });
}
