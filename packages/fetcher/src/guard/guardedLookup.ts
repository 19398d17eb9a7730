import type { LookupFunction } from "node:net";
import { addressRange } from "./addressRange.ts";
import { type ConnectTarget, isAddressAllowed } from "./isAddressAllowed.ts";
import type { AllowRule } from "./parseAllowList.ts";

export type Resolve = (host: string) => Promise<{ address: string; family: number }[]>;

/** Raised inside the socket's lookup: the address about to be dialled is not allowed. */
export class AddressBlockedError extends Error {
  override readonly name = "AddressBlockedError";
  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    super(`${host} resolves to ${address} (${addressRange(address)}), which is not allowed`);
  }
}

/**
 * A `lookup` for net/http that resolves, checks every address, and hands exactly the checked
 * addresses to the socket: what is checked is what is connected to (no second resolution to race).
 * Any refused address fails the whole lookup, so a round-robin answer cannot sneak one in.
 */
export function guardedLookup(
  target: ConnectTarget,
  allowList: readonly AllowRule[],
  resolve: Resolve,
): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (found) => {
        const family = options.family === 4 || options.family === 6 ? options.family : 0;
        const addresses = found.filter((a) => family === 0 || a.family === family);
        const refused = addresses.find((a) => !isAddressAllowed(a.address, target, allowList));
        if (refused) return callback(new AddressBlockedError(hostname, refused.address), "", 0);
        const first = addresses[0];
        if (!first) {
          const error = Object.assign(new Error(`no address found for ${hostname}`), { code: "ENOTFOUND" });
          return callback(error, "", 0);
        }
        // With autoSelectFamily (Node 20 default) the socket asks for all addresses.
        if (options.all) return (callback as unknown as AllCallback)(null, addresses);
        return callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, "", 0),
    );
  };
}

type AllCallback = (error: Error | null, addresses: { address: string; family: number }[]) => void;
