import type ipaddr from "ipaddr.js";
import { addressRange, parseAddress } from "./addressRange.ts";
import type { AllowRule } from "./parseAllowList.ts";

/** Where a connection is going: the URL's host (name or IP literal) and port. */
export type ConnectTarget = { readonly host: string; readonly port: number };

/**
 * May we connect to `address` (the resolved IP actually dialled) for `target`? Public unicast
 * addresses always; anything else (loopback, private, link-local incl. 169.254.169.254, CGNAT,
 * ULA, multicast, unspecified, reserved, their IPv4-mapped forms) only when an allow-list rule
 * names the host (and port, if given), the address itself, or a CIDR containing it.
 */
export function isAddressAllowed(address: string, target: ConnectTarget, allowList: readonly AllowRule[]): boolean {
  const parsed = parseAddress(address);
  if (parsed === null) return false;
  if (addressRange(address) === "public") return true;
  const host = normaliseHost(target.host);
  const candidates = comparableForms(parsed);
  return allowList.some((rule) => {
    if (rule.kind === "cidr") {
      return candidates.some((c) => c.kind() === rule.range[0].kind() && c.match(rule.range));
    }
    if (rule.port !== null && rule.port !== target.port) return false;
    return rule.host === host || candidates.some((c) => c.toString() === rule.host);
  });
}

/** An IPv4-mapped IPv6 address also matches rules written for its IPv4 form. */
function comparableForms(address: ipaddr.IPv4 | ipaddr.IPv6): (ipaddr.IPv4 | ipaddr.IPv6)[] {
  if (address.kind() === "ipv6" && (address as ipaddr.IPv6).isIPv4MappedAddress()) {
    return [address, (address as ipaddr.IPv6).toIPv4Address()];
  }
  return [address];
}

function normaliseHost(host: string): string {
  const parsed = parseAddress(host);
  return parsed ? parsed.toString() : host.toLowerCase().replace(/\.$/, "");
}
