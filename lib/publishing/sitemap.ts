import { absoluteUrl } from "../site";
import { escapeXml } from "./badge";
import { verdictPath } from "./claim-review";
import { countSitemapVerdicts, listSitemapVerdicts } from "./queries";

/**
 * The sitemap, in parts (sitemaps.org: at most 50,000 addresses and 50 MB a file): /sitemap.xml is an
 * index of /sitemaps/<n>.xml, each listing up to SITEMAP_PART_SIZE published verdicts. One file for
 * every verdict took a query and a string of every published verdict on the request thread, and broke
 * the protocol's limit past 50,000.
 */
export const SITEMAP_PART_SIZE = 10_000;

/** The public pages listed before the verdicts, in the first part. */
const PAGES = [
  { path: "/", changefreq: "daily" },
  { path: "/claims", changefreq: "hourly" },
  { path: "/methodology", changefreq: "monthly" },
];

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';

/** A part's address in the index. */
export const sitemapPartPath = (n: number) => `/sitemaps/${n}.xml`;

/**
 * Built parts, kept until a verdict's public record changes (forgetSitemaps, called wherever a
 * verdict's pages are revalidated, on every instance) or for an hour. Only parts that exist are kept,
 * so the addresses anyone can ask for cannot grow it.
 */
const TTL_MS = 3_600_000;
type Kept = { generation: number; built: Map<string, { xml: Promise<string>; at: number; generation: number }> };
// Held on globalThis: the routes that read it and the server actions that forget it are bundled apart
// but share the process (as lib/publishing/retractions.ts).
const holder = globalThis as unknown as { [key: symbol]: Kept | undefined };
const kept = (holder[Symbol.for("factdesk.sitemaps")] ??= { generation: 0, built: new Map() });

export function forgetSitemaps() {
  kept.generation++;
  kept.built.clear();
}

/**
 * A part built once however many ask at the same time: the first request builds it, the others wait for
 * it. A verdict that changes meanwhile clears it (forgetSitemaps), and the next request builds anew.
 */
function keep(key: string, build: () => Promise<string>, now: number): Promise<string> {
  const hit = kept.built.get(key);
  if (hit && hit.generation === kept.generation && now - hit.at < TTL_MS) return hit.xml;
  const entry = { xml: build(), at: now, generation: kept.generation };
  kept.built.set(key, entry);
  // A failed build is not kept: the next request tries again.
  entry.xml.catch(() => kept.built.get(key) === entry && kept.built.delete(key));
  return entry.xml;
}

async function partCount(partSize: number, now: number) {
  return Number(await keep(`count:${partSize}`, async () => String(Math.max(1, Math.ceil((await countSitemapVerdicts()) / partSize))), now));
}

/** The index: one entry per part (there is always a first, with the site's own pages). */
export async function sitemapIndexXml({ partSize = SITEMAP_PART_SIZE, now = Date.now() } = {}) {
  const parts = await partCount(partSize, now);
  let xml = `${HEAD}<sitemapindex ${NS}>\n`;
  for (let n = 0; n < parts; n++) xml += `<sitemap><loc>${escapeXml(absoluteUrl(sitemapPartPath(n)))}</loc></sitemap>\n`;
  return xml + "</sitemapindex>\n";
}

/** Part `n`, or null when there is no such part. */
export async function sitemapPartXml(n: number, { partSize = SITEMAP_PART_SIZE, now = Date.now() } = {}) {
  if (!Number.isSafeInteger(n) || n < 0 || n >= (await partCount(partSize, now))) return null;
  return keep(
    `part:${partSize}:${n}`,
    async () => {
      const rows = await listSitemapVerdicts({ skip: n * partSize, take: partSize });
      let xml = `${HEAD}<urlset ${NS}>\n`;
      if (n === 0) for (const page of PAGES) xml += `<url><loc>${escapeXml(absoluteUrl(page.path))}</loc><changefreq>${page.changefreq}</changefreq></url>\n`;
      for (const row of rows) {
        const lastmod = row.publicUpdatedAt ? `<lastmod>${row.publicUpdatedAt.toISOString()}</lastmod>` : "";
        xml += `<url><loc>${escapeXml(absoluteUrl(verdictPath(row.slug!)))}</loc>${lastmod}</url>\n`;
      }
      return xml + "</urlset>\n";
    },
    now,
  );
}
