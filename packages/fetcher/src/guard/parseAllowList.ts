import ipaddr from "ipaddr.js";
import { parseAddress } from "./addressRange.ts";

/**
 * One entry of PUSHBACK_ALLOW_PRIVATE_HOSTS. `host` is a lowercased host name or a normalised IP
 * address; `port` null means any port.
 */
export type AllowRule =
  | { readonly kind: "host"; readonly host: string; readonly port: number | null }
  | { readonly kind: "cidr"; readonly range: [ipaddr.IPv4 | ipaddr.IPv6, number]; readonly text: string };

/**
 * Parses an allow list: a comma list (or array) of `host`, `host:port`, `[v6]:port`, a bare IP, or
 * a CIDR (`10.0.0.0/8`, `fc00::/7`). Throws on an entry it cannot read, so a typo in the
 * environment fails at start instead of silently blocking or allowing.
 */
export function parseAllowList(value: string | readonly string[] | undefined | null): AllowRule[] {
  const entries = typeof value === "string" ? value.split(",") : (value ?? []);
  return entries
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map(parseEntry);
}

function parseEntry(entry: string): AllowRule {
  if (entry.includes("/")) {
    try {
      const range = ipaddr.parseCIDR(entry);
      return { kind: "cidr", range, text: entry };
    } catch {
      throw new Error(`allow list: "${entry}" is not a valid CIDR range`);
    }
  }
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  if (bracketed) return addressRule(entry, bracketed[1]!, bracketed[2]);
  // Two or more colons without brackets: a bare IPv6 address, no port.
  if ((entry.match(/:/g) ?? []).length > 1) return addressRule(entry, entry, undefined);
  const [host, port] = entry.split(":") as [string, string | undefined];
  if (parseAddress(host)) return addressRule(entry, host, port);
  if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\.?$/i.test(host)) {
    throw new Error(`allow list: "${entry}" is not a host, host:port, IP or CIDR`);
  }
  return { kind: "host", host: host.toLowerCase().replace(/\.$/, ""), port: parsePort(entry, port) };
}

function addressRule(entry: string, address: string, port: string | undefined): AllowRule {
  const parsed = parseAddress(address);
  if (!parsed) throw new Error(`allow list: "${entry}" is not a valid IP address`);
  return { kind: "host", host: parsed.toString(), port: parsePort(entry, port) };
}

function parsePort(entry: string, port: string | undefined): number | null {
  if (port === undefined) return null;
  const n = Number(port);
  if (!/^\d+$/.test(port) || n < 1 || n > 65535) throw new Error(`allow list: "${entry}" has an invalid port`);
  return n;
}
