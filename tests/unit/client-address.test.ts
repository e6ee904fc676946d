import { describe, expect, it } from "vitest";
import { addressBucket, clientAddress, networkBuckets, normalizeAddress, trustedProxyCount } from "@/lib/http/client-address.mjs";

describe("clientAddress", () => {
  it("with no trusted proxy ignores X-Forwarded-For entirely", () => {
    expect(clientAddress({ remoteAddress: "203.0.113.5", forwardedFor: "1.2.3.4" })).toBe("203.0.113.5");
    expect(clientAddress({ remoteAddress: "203.0.113.5", forwardedFor: "1.2.3.4", trustedProxies: 0 })).toBe("203.0.113.5");
  });

  it("behind one proxy takes the last entry, the one our proxy wrote", () => {
    expect(clientAddress({ remoteAddress: "10.0.0.2", forwardedFor: "198.51.100.7", trustedProxies: 1 })).toBe("198.51.100.7");
    // A client's own X-Forwarded-For text stays to the left of what the proxy appends.
    expect(clientAddress({ remoteAddress: "10.0.0.2", forwardedFor: "6.6.6.6, 198.51.100.7", trustedProxies: 1 })).toBe("198.51.100.7");
    expect(clientAddress({ remoteAddress: "10.0.0.2", forwardedFor: ["6.6.6.6", "198.51.100.7"], trustedProxies: 1 })).toBe("198.51.100.7");
  });

  it("behind two proxies takes the second entry from the right", () => {
    expect(clientAddress({ remoteAddress: "10.0.0.3", forwardedFor: "6.6.6.6, 198.51.100.7, 10.0.0.2", trustedProxies: 2 })).toBe("198.51.100.7");
  });

  it("falls back to the socket when the chain is shorter than the proxies, or the entry is not an address", () => {
    expect(clientAddress({ remoteAddress: "10.0.0.3", forwardedFor: "198.51.100.7", trustedProxies: 2 })).toBe("10.0.0.3");
    expect(clientAddress({ remoteAddress: "10.0.0.3", forwardedFor: undefined, trustedProxies: 1 })).toBe("10.0.0.3");
    expect(clientAddress({ remoteAddress: "10.0.0.3", forwardedFor: "evil, not-an-ip", trustedProxies: 1 })).toBe("10.0.0.3");
    expect(clientAddress({ remoteAddress: undefined, forwardedFor: undefined })).toBe("unknown");
  });

  it("normalises IPv6 and IPv4-mapped addresses, ports and brackets", () => {
    expect(clientAddress({ remoteAddress: "::ffff:192.0.2.1", forwardedFor: undefined })).toBe("192.0.2.1");
    expect(clientAddress({ remoteAddress: "::1", forwardedFor: "[2001:DB8::1]:443", trustedProxies: 1 })).toBe("2001:db8::1");
    expect(clientAddress({ remoteAddress: "::1", forwardedFor: "192.0.2.1:8080", trustedProxies: 1 })).toBe("192.0.2.1");
    expect(normalizeAddress("fe80::1%eth0")).toBe("fe80::1");
    expect(normalizeAddress("x-factdesk")).toBeNull();
  });

  it("reads TRUSTED_PROXY_COUNT strictly", () => {
    expect(trustedProxyCount(undefined)).toBe(0);
    expect(trustedProxyCount("")).toBe(0);
    expect(trustedProxyCount("2")).toBe(2);
    expect(trustedProxyCount("-1")).toBe(0);
    expect(trustedProxyCount("1.5")).toBe(0);
    expect(trustedProxyCount("all")).toBe(0);
  });
});

describe("addressBucket", () => {
  it("keeps IPv4 addresses whole and groups IPv6 by /64", () => {
    expect(addressBucket("192.0.2.1")).toBe("192.0.2.1");
    expect(addressBucket("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(addressBucket("2001:db8:1:2::1")).toBe(addressBucket("2001:db8:1:2:ffff:ffff:ffff:ffff"));
    expect(addressBucket("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:db8:1:3::1")).not.toBe(addressBucket("2001:db8:1:2::1"));
    expect(addressBucket("::1")).toBe("0:0:0:0::/64");
    expect(addressBucket("garbage")).toBe("unknown");
  });

  it("groups IPv6 by /56 and /48 for the wider limits, and has none for IPv4", () => {
    expect(networkBuckets("2001:db8:1:2ff::1")).toEqual({ site: "2001:db8:1:200::/56", network: "2001:db8:1::/48" });
    expect(networkBuckets("2001:db8:1:2ff::1")?.site).toBe(networkBuckets("2001:db8:1:200::9")?.site);
    expect(networkBuckets("2001:db8:1:300::1")?.site).not.toBe(networkBuckets("2001:db8:1:200::1")?.site);
    expect(networkBuckets("2001:db8:1:ffff::1")?.network).toBe(networkBuckets("2001:db8:1:2::1")?.network);
    expect(networkBuckets("[2001:DB8:1::5]:443")?.network).toBe("2001:db8:1::/48");
    expect(networkBuckets("192.0.2.1")).toBeNull();
    expect(networkBuckets("::ffff:192.0.2.1")).toBeNull();
    expect(networkBuckets("garbage")).toBeNull();
  });

  it("reads every spelling of one address the same: a zone, the hex form of a mapped IPv4, a dotted tail", () => {
    expect(normalizeAddress("::ffff:192.0.2.1%1")).toBe("192.0.2.1");
    expect(normalizeAddress("::ffff:c000:201")).toBe("192.0.2.1");
    expect(addressBucket("::ffff:c000:201")).toBe("192.0.2.1");
    // A dotted IPv4 tail is two groups, wherever the "::" is.
    expect(addressBucket("1::3:4:5:6:1.2.3.4")).toBe(addressBucket("1:0:3:4:5:6:102:304"));
    expect(networkBuckets("1::3:4:5:6:1.2.3.4")).toEqual(networkBuckets("1:0:3:4:5:6:102:304"));
  });
});
