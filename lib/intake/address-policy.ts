import ipaddr from "ipaddr.js";

/**
 * Which addresses the server may fetch an article from. Only public unicast addresses: never this
 * machine (loopback), the local network (private, link-local, unique-local, carrier-grade NAT), nor
 * reserved, multicast or unspecified ranges — checked on the address the connection will use, after
 * DNS, so that a name pointing inside cannot reach it. An IPv4 address written as IPv6 is judged as IPv4.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed.range() === "unicast";
}

/**
 * FACTDESK_FETCH_PRIVATE_ADDRESSES=1 lets the server fetch from private and loopback addresses too: for
 * a newsroom's own intranet, and for the tests' local server. Off by default.
 */
export function privateFetchesAllowed(env: Record<string, string | undefined> = process.env): boolean {
  return env.FACTDESK_FETCH_PRIVATE_ADDRESSES === "1";
}
