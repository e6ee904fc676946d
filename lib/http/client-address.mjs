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
  // Node reports IPv4 clients of a dual-stack socket as ::ffff:a.b.c.d: the same client as a.b.c.d.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(value);
  if (mapped) value = mapped[1];
  const zone = value.indexOf("%");
  if (zone > 0 && isIP(value.slice(0, zone)) === 6) value = value.slice(0, zone);
  return isIP(value) ? value : null;
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
  return bucketOf(address, 4);
}

/**
 * The wider network an IPv6 address belongs to, its /48 (what one site is usually allocated), for a
 * limit that a holder of many /64s cannot step around; null for IPv4, where one address is already
 * shared by many people behind a carrier's NAT.
 */
export function networkBucket(address) {
  const normalized = normalizeAddress(address);
  return normalized && isIP(normalized) === 6 ? bucketOf(normalized, 3) : null;
}

/** An IPv6 address's first `kept` groups of 16 bits as a network ("2001:db8:0:1::/64"); IPv4 as is. */
function bucketOf(address, kept) {
  const normalized = normalizeAddress(address);
  if (!normalized) return "unknown";
  if (isIP(normalized) === 4) return normalized;
  const [head, tail = ""] = normalized.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  // An embedded IPv4 tail (::a.b.c.d) occupies two groups; it lies in the low 64 bits either way.
  const groups = normalized.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return (
    groups
      .slice(0, kept)
      .map((g) => parseInt(g, 16).toString(16))
      .join(":") + `::/${kept * 16}`
  );
}
