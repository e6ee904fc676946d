// Which address a request came from, as the production server (scripts/serve.mjs) decides it.
// Plain ESM so that the Node server can import it without a TypeScript step; types in the .d.mts.
import { isIP } from "node:net";

/** The internal request header that carries the address to the app. serve.mjs deletes any copy a client sent. */
export const CLIENT_ADDRESS_HEADER = "x-factdesk-client-address";

/** One address in canonical form, or null when it is not an IP address. */
export function normalizeAddress(raw) {
  if (typeof raw !== "string") return null;
  let value = raw.trim();
  // "[2001:db8::1]:443" and "192.0.2.1:8080": some proxies write the port too.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  value = value.toLowerCase();
  // A zone ("fe80::1%eth0") names the interface, not the client: dropped first, so that the forms below see the address.
  const zone = value.indexOf("%");
  if (zone > 0 && isIP(value.slice(0, zone)) === 6) value = value.slice(0, zone);
  if (isIP(value) === 6) {
    // Node reports IPv4 clients of a dual-stack socket as ::ffff:a.b.c.d (also written ::ffff:c000:201): the
    // same client as a.b.c.d.
    const g = groupsOf(value);
    if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) return [g[6] >> 8, g[6] & 255, g[7] >> 8, g[7] & 255].join(".");
  }
  return isIP(value) ? value : null;
}

/** The eight 16-bit groups of a valid IPv6 address, "::" expanded and a dotted IPv4 tail read as two groups. */
function groupsOf(address) {
  const dotted = /^(.*:)(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address);
  const hex = dotted ? `${dotted[1]}${((+dotted[2] << 8) | +dotted[3]).toString(16)}:${((+dotted[4] << 8) | +dotted[5]).toString(16)}` : address;
  const [head, tail] = hex.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill("0"), ...right];
  return groups.map((x) => parseInt(x, 16));
}

/**
 * The client's address. With no trusted proxies (the default) X-Forwarded-For is anyone's to write,
 * so only the socket counts. Behind N proxies, each appends the address it received from, so the
 * Nth entry from the right was written by our outermost proxy and is the first one a client cannot
 * forge; everything left of it is the client's own text. A chain shorter than N means the request did
 * not come through every proxy: the socket's address is used rather than a forgeable entry.
 */
export function clientAddress({ remoteAddress, forwardedFor, trustedProxies = 0 }) {
  const socket = normalizeAddress(remoteAddress) ?? "unknown";
  const hops = Number.isInteger(trustedProxies) && trustedProxies > 0 ? trustedProxies : 0;
  if (hops === 0) return socket;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor;
  const entries =
    typeof header === "string"
      ? header
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean)
      : [];
  if (entries.length < hops) return socket;
  return normalizeAddress(entries[entries.length - hops]) ?? socket;
}

/** TRUSTED_PROXY_COUNT as a number of hops: anything but a non-negative integer is 0 (trust none). */
export function trustedProxyCount(raw) {
  const n = Number(raw ?? 0);
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

/**
 * The key a per-address limit counts under: an IPv4 address, or an IPv6 address's /64 network,
 * since one subscriber is usually handed a whole /64 and could otherwise change address per guess.
 */
export function addressBucket(address) {
  const normalized = normalizeAddress(address);
  if (!normalized) return "unknown";
  return isIP(normalized) === 4 ? normalized : prefixOf(normalized, 64);
}

/**
 * The wider networks an IPv6 address belongs to, for limits a holder of many /64s cannot step around:
 * its /56 (what one household or small site is usually delegated) and its /48 (a larger site); null for
 * IPv4, where one address is already shared by many people behind a carrier's NAT.
 */
export function networkBuckets(address) {
  const normalized = normalizeAddress(address);
  return normalized && isIP(normalized) === 6 ? { site: prefixOf(normalized, 56), network: prefixOf(normalized, 48) } : null;
}

/** An IPv6 address's first `bits` bits (a multiple of 8) as a network: "2001:db8:1:200::/56". */
function prefixOf(address, bits) {
  const groups = groupsOf(address).slice(0, Math.ceil(bits / 16));
  if (bits % 16) groups[groups.length - 1] &= 0xffff << (16 - (bits % 16));
  return `${groups.map((g) => g.toString(16)).join(":")}::/${bits}`;
}
