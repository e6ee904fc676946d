import ipaddr from "ipaddr.js";

/**
 * Which addresses the server may fetch an article from. Only public unicast addresses: never this
 * machine (loopback), the local network (private, link-local, unique-local, carrier-grade NAT), nor
 * reserved, multicast or unspecified ranges — checked on the address the connection will use, after
 * DNS, so that a name pointing inside cannot reach it. An IPv4 address written as IPv6 is judged as IPv4.
 */
export function isPublicAddress(address: string): boolean {
  const parsed = normalized(address);
  if (!parsed) return false;
  // IPv6 global unicast is 2000::/3; anything else ipaddr.js calls "unicast" (the deprecated
  // IPv4-compatible ::/96, say) is no public host.
  if (parsed.kind() === "ipv6" && !parsed.match(ipaddr.IPv6.parse("2000::"), 3)) return false;
  return parsed.range() === "unicast";
}

/**
 * What the operator's setting opens besides: the newsroom's own networks (private, unique-local,
 * carrier-grade NAT) and this machine. Never link-local (where cloud metadata answers), unspecified,
 * multicast or reserved addresses.
 */
export function isIntranetAddress(address: string): boolean {
  const parsed = normalized(address);
  if (!parsed || METADATA.some((m) => m.toNormalizedString() === parsed.toNormalizedString())) return false;
  return ["private", "uniqueLocal", "carrierGradeNat", "loopback"].includes(parsed.range());
}

// Cloud instance metadata services outside link-local space: AWS's IPv6 one (unique-local) and Alibaba
// Cloud's (100.100.100.200, in carrier-grade NAT space).
const METADATA = [ipaddr.parse("fd00:ec2::254"), ipaddr.parse("100.100.100.200")];

function normalized(address: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  if (!ipaddr.isValid(address)) return null;
  const parsed = ipaddr.parse(address);
  return parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress() ? (parsed as ipaddr.IPv6).toIPv4Address() : parsed;
}

/** Whether a fetch may connect to `address`: a public one, or with the operator's setting an intranet one. */
export function mayConnect(address: string, allowPrivate: boolean): boolean {
  return isPublicAddress(address) || (allowPrivate && isIntranetAddress(address));
}

/**
 * FACTDESK_FETCH_PRIVATE_ADDRESSES=1 lets the server fetch from private and loopback addresses too, on
 * any port: for a newsroom's own intranet, and for the tests' local server. Off by default.
 */
export function privateFetchesAllowed(env: Record<string, string | undefined> = process.env): boolean {
  return env.FACTDESK_FETCH_PRIVATE_ADDRESSES === "1";
}
