import type { Rating } from "../generated/prisma/enums";
import { RATING_LABEL } from "../verdicts/ratings";

export const RATING_COLOR: Record<Rating, string> = {
  TRUE: "#15803d",
  MOSTLY_TRUE: "#16a34a",
  MIXED: "#d97706",
  MISLEADING: "#c2410c",
  MOSTLY_FALSE: "#dc2626",
  FALSE: "#991b1b",
  UNVERIFIABLE: "#57534e",
};

/** Text for XML content or an attribute value (the badge, the sitemap). */
export const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);

/** A shields-style badge: "<site> | <rating>". Text widths are estimated; 7px per character at 11px. */
export function badgeSvg(site: string, rating: Rating): string {
  return badge(site, RATING_LABEL[rating], RATING_COLOR[rating]);
}

/** What a withdrawn verdict's badge says: still an image, so the pages that embed it show the news. */
export function withdrawnBadgeSvg(site: string): string {
  return badge(site, "Withdrawn", "#57534e");
}

function badge(site: string, label: string, color: string): string {
  const left = escapeXml(site);
  const right = escapeXml(label);
  const lw = Math.round(site.length * 7 + 12);
  const rw = Math.round(label.length * 7 + 12);
  const w = lw + rw;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="20" role="img" aria-label="${left}: ${right}">
<title>${left}: ${right}</title>
<rect width="${lw}" height="20" fill="#44403c"/><rect x="${lw}" width="${rw}" height="20" fill="${color}"/>
<g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11" text-anchor="middle">
<text x="${lw / 2}" y="14">${left}</text><text x="${lw + rw / 2}" y="14">${right}</text>
</g></svg>`;
}
