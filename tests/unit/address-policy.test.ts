import { describe, expect, it } from "vitest";
import { isIntranetAddress, isPublicAddress, mayConnect, privateFetchesAllowed } from "@/lib/intake/address-policy";

describe("which addresses an article may be fetched from", () => {
  it("allows public unicast addresses", () => {
    for (const address of ["93.184.216.34", "8.8.8.8", "2606:2800:220:1:248:1893:25c8:1946", "::ffff:93.184.216.34"]) {
      expect(isPublicAddress(address), address).toBe(true);
    }
  });

  it("refuses this machine, the local network and every reserved range, however written", () => {
    for (const address of [
      "127.0.0.1",
      "127.1.2.3",
      "0.0.0.0",
      "10.0.0.5",
      "172.16.3.4",
      "192.168.1.1",
      "169.254.169.254", // cloud metadata
      "100.64.0.1", // carrier-grade NAT
      "224.0.0.1",
      "255.255.255.255",
      "::1",
      "::",
      "fe80::1",
      "fc00::1",
      "fd12:3456::1",
      "::ffff:127.0.0.1",
      "::ffff:10.0.0.1",
      "ff02::1",
      "::7f00:1", // IPv4-compatible ::127.0.0.1, as the URL parser writes it
      "64:ff9b::7f00:1", // NAT64
      "2002:7f00:1::", // 6to4
      "2001::1", // Teredo
      "fd00:ec2::254", // AWS metadata over IPv6
      "not an address",
      "",
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });

  it("opens the newsroom's own networks with the operator's setting, never link-local metadata or reserved ranges", () => {
    for (const address of ["10.0.0.5", "192.168.1.1", "172.16.3.4", "fd12:3456::1", "100.64.0.1", "127.0.0.1", "::1"]) {
      expect(isIntranetAddress(address), address).toBe(true);
      expect(mayConnect(address, false), address).toBe(false);
      expect(mayConnect(address, true), address).toBe(true);
    }
    for (const address of [
      "169.254.169.254",
      "fe80::1",
      "fd00:ec2::254",
      "100.100.100.200",
      "::ffff:100.100.100.200",
      "0.0.0.0",
      "::",
      "224.0.0.1",
      "255.255.255.255",
    ]) {
      expect(mayConnect(address, true), address).toBe(false);
    }
    expect(mayConnect("93.184.216.34", false)).toBe(true);
  });

  it("lets an operator allow private addresses, and only with the exact setting", () => {
    expect(privateFetchesAllowed({})).toBe(false);
    expect(privateFetchesAllowed({ FACTDESK_FETCH_PRIVATE_ADDRESSES: "true" })).toBe(false);
    expect(privateFetchesAllowed({ FACTDESK_FETCH_PRIVATE_ADDRESSES: "1" })).toBe(true);
  });
});
