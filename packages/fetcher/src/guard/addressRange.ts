import ipaddr from "ipaddr.js";

/**
 * The range an IP address falls in, as named by ipaddr.js ("loopback", "private", "linkLocal",
 * "uniqueLocal", ...), or "public" for globally routable unicast. IPv4-mapped IPv6 (::ffff:a.b.c.d),
 * NAT64 (64:ff9b::/96) and 6to4 (2002::/16) are judged by the IPv4 address they embed, so that
 * `::ffff:127.0.0.1` is loopback. IPv6 outside 2000::/3 is never public: every real global
 * address is there, and the rest (IPv4-compatible ::a.b.c.d, ULA, site-local...) is not for us.
 */
export function addressRange(address: string): string {
  const parsed = parseAddress(address);
  if (parsed === null) return "invalid";
  if (parsed.kind() === "ipv4") return ipv4Range(parsed as ipaddr.IPv4);
  const v6 = parsed as ipaddr.IPv6;
  const range = v6.range();
  const embedded = embeddedIPv4(v6, range);
  if (embedded !== null) return ipv4Range(embedded);
  if (range !== "unicast") return range;
  return v6.match(GLOBAL_UNICAST_V6) ? "public" : "reserved";
}

/** True for addresses we may connect to without an allow-list entry. */
export function isPublicAddress(address: string): boolean {
  return addressRange(address) === "public";
}

/** Parses an IPv4 or IPv6 literal (brackets and a zone id tolerated); null when not an address. */
export function parseAddress(address: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  const bare = address.replace(/^\[(.*)\]$/, "$1").replace(/%.*$/, "");
  if (!ipaddr.isValid(bare)) return null;
  // ipaddr.parse accepts odd IPv4 forms ("0x7f.1"); only the four-part decimal form is an address here.
  if (!bare.includes(":") && !ipaddr.IPv4.isValidFourPartDecimal(bare)) return null;
  return ipaddr.parse(bare);
}

const GLOBAL_UNICAST_V6: [ipaddr.IPv6, number] = [ipaddr.IPv6.parse("2000::"), 3];

function ipv4Range(address: ipaddr.IPv4): string {
  const range = address.range();
  return range === "unicast" ? "public" : range;
}

function embeddedIPv4(address: ipaddr.IPv6, range: string): ipaddr.IPv4 | null {
  const p = address.parts;
  if (range === "ipv4Mapped") return address.toIPv4Address();
  // NAT64 well-known prefix: the IPv4 address is the last 32 bits (RFC 6052 §2.2, /96).
  if (range === "rfc6052" && p[0] === 0x64 && p[1] === 0xff9b && p[2] === 0) return fromWords(p[6]!, p[7]!);
  // 6to4: 2002:AABB:CCDD::/48 tunnels to IPv4 AA.BB.CC.DD.
  if (range === "6to4") return fromWords(p[1]!, p[2]!);
  return null;
}

function fromWords(high: number, low: number): ipaddr.IPv4 {
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
}
