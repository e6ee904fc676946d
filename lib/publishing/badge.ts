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

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);

/** A shields-style badge: "<site> | <rating>". Text widths are estimated; 7px per character at 11px. */
export function badgeSvg(site: string, rating: Rating): string {
  const left = escapeXml(site);
  const right = escapeXml(RATING_LABEL[rating]);
  const lw = Math.round(site.length * 7 + 12);
  const rw = Math.round(RATING_LABEL[rating].length * 7 + 12);
  const w = lw + rw;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="20" role="img" aria-label="${left}: ${right}">
<title>${left}: ${right}</title>
<rect width="${lw}" height="20" fill="#44403c"/><rect x="${lw}" width="${rw}" height="20" fill="${RATING_COLOR[rating]}"/>
<g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11" text-anchor="middle">
<text x="${lw / 2}" y="14">${left}</text><text x="${lw + rw / 2}" y="14">${right}</text>
</g></svg>`;
}
