import { describe, expect, it } from "vitest";
import { addressRange } from "./addressRange.ts";
import { isAddressAllowed } from "./isAddressAllowed.ts";
import { parseAllowList } from "./parseAllowList.ts";

const target = { host: "news.example", port: 443 };

// [address, expected range]; everything but "public" must be refused without an allow list.
const ranges: [string, string][] = [
  ["93.184.215.14", "public"],
  ["2606:2800:21f:cb07:6820:80da:af6b:8b2c", "public"],
  ["127.0.0.1", "loopback"],
  ["127.255.0.9", "loopback"],
  ["::1", "loopback"],
  ["10.1.2.3", "private"],
  ["172.16.0.1", "private"],
  ["172.31.255.255", "private"],
  ["192.168.1.1", "private"],
  ["fc00::1", "uniqueLocal"],
  ["fd12:3456::1", "uniqueLocal"],
  ["169.254.169.254", "linkLocal"],
  ["fe80::1", "linkLocal"],
  ["[fe80::1%eth0]", "linkLocal"],
  ["100.64.0.1", "carrierGradeNat"],
  ["100.127.255.254", "carrierGradeNat"],
  ["224.0.0.251", "multicast"],
  ["ff02::1", "multicast"],
  ["0.0.0.0", "unspecified"],
  ["::", "unspecified"],
  ["255.255.255.255", "broadcast"],
  ["::ffff:127.0.0.1", "loopback"],
  ["::ffff:a9fe:a9fe", "linkLocal"],
  ["::ffff:10.0.0.1", "private"],
  ["::ffff:8.8.8.8", "public"],
  ["64:ff9b::a00:1", "private"],
  ["64:ff9b::808:808", "public"],
  ["2002:7f00:1::", "loopback"],
  ["::7f00:1", "reserved"],
  ["fec0::1", "deprecatedSiteLocal"],
  ["192.0.2.10", "reserved"],
  ["not-an-ip", "invalid"],
  ["0x7f.1", "invalid"],
];

describe("addressRange", () => {
  it.each(ranges)("%s is %s", (address, range) => {
    expect(addressRange(address)).toBe(range);
  });

  it.each(ranges)("%s is allowed without an allow list only when public", (address, range) => {
    expect(isAddressAllowed(address, target, [])).toBe(range === "public");
  });
});

// [allow list, address, target host, target port, allowed?]
const allowCases: [string, string, string, number, boolean][] = [
  ["127.0.0.1", "127.0.0.1", "127.0.0.1", 8080, true],
  ["127.0.0.1:8080", "127.0.0.1", "127.0.0.1", 8080, true],
  ["127.0.0.1:8080", "127.0.0.1", "127.0.0.1", 9090, false],
  ["127.0.0.1:8080", "::ffff:127.0.0.1", "127.0.0.1", 8080, true],
  ["localhost:3000", "127.0.0.1", "localhost", 3000, true],
  ["LOCALHOST", "::1", "localhost.", 80, true],
  ["localhost", "127.0.0.1", "evil.example", 80, false],
  ["10.0.0.0/8", "10.200.3.4", "intranet.example", 80, true],
  ["10.0.0.0/8", "192.168.0.1", "intranet.example", 80, false],
  ["10.0.0.0/8", "::ffff:10.9.9.9", "intranet.example", 80, true],
  ["fc00::/7", "fd00::5", "v6.example", 80, true],
  ["fc00::/7", "10.0.0.1", "v6.example", 80, false],
  ["[::1]:8443", "::1", "[::1]", 8443, true],
  ["[::1]:8443", "::1", "[::1]", 8444, false],
  ["::1", "::1", "anything", 1, true],
  ["minio.internal, 192.168.0.0/16", "192.168.7.7", "other", 9000, true],
  ["minio.internal, 192.168.0.0/16", "172.16.0.1", "minio.internal", 9000, true],
  ["minio.internal, 192.168.0.0/16", "172.16.0.1", "other", 9000, false],
  ["", "169.254.169.254", "169.254.169.254", 80, false],
];

describe("isAddressAllowed with an allow list", () => {
  it.each(allowCases)("allow=%j address=%s host=%s port=%i → %s", (list, address, host, port, expected) => {
    expect(isAddressAllowed(address, { host, port }, parseAllowList(list))).toBe(expected);
  });
});
