import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { pipeline } from "node:stream/promises";
import { FetchError } from "../FetchError.ts";
import { AddressBlockedError } from "../guard/guardedLookup.ts";
import { bodyDecoders } from "./bodyDecoders.ts";

export type Hop = {
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly lookup: LookupFunction;
  readonly agents: { readonly http: http.Agent; readonly https: https.Agent };
  readonly connectTimeoutMs: number;
  /** Time left for this hop, headers and body included. */
  readonly timeoutMs: number;
  readonly maxBodyBytes: number;
  /** Whether to read the body of a response with this status (redirects and errors are dropped). */
  readonly wantsBody: (httpStatus: number) => boolean;
};

export type HopResponse = {
  readonly httpStatus: number;
  readonly headers: Record<string, string>;
  readonly body: Uint8Array | null;
};

class TooLarge extends Error {
  constructor(readonly what: string) {
    super(what);
  }
}

/**
 * One HTTP GET, no redirect handling: timeouts, body cap (raw and decoded), decompression.
 * A kept-alive socket that the server closed just as we reused it is retried once on a fresh one
 * (the race Node's docs describe for `request.reusedSocket`); GET is safe to repeat.
 */
export function requestOnce(hop: Hop): Promise<HopResponse> {
  return attempt(hop).catch((error: unknown) => {
    if (error instanceof StaleSocket) return attempt(hop);
    throw error;
  });
}

class StaleSocket extends Error {}

function attempt(hop: Hop): Promise<HopResponse> {
  const where = hop.url.href;
  return new Promise((resolve, reject) => {
    let settled = false;
    let gotResponse = false;
    const timers: NodeJS.Timeout[] = [];
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      for (const timer of timers) clearTimeout(timer);
      outcome();
    };
    const fail = (error: FetchError) =>
      finish(() => {
        request.destroy();
        reject(error);
      });

    const isHttps = hop.url.protocol === "https:";
    const request = (isHttps ? https : http).request(
      hop.url,
      { method: "GET", headers: hop.headers, agent: isHttps ? hop.agents.https : hop.agents.http, lookup: hop.lookup },
      (response) => {
        gotResponse = true;
        const httpStatus = response.statusCode ?? 0;
        const headers = lowercaseHeaders(response.headers);
        if (!hop.wantsBody(httpStatus)) {
          response.destroy();
          return finish(() => resolve({ httpStatus, headers, body: null }));
        }
        const declared = Number(headers["content-length"] ?? Number.NaN);
        if (declared > hop.maxBodyBytes) {
          return fail(tooLarge(where, hop.maxBodyBytes, `Content-Length ${declared}`));
        }
        const decoders = bodyDecoders(headers["content-encoding"]);
        if (decoders === null) {
          return fail(
            new FetchError("http", where, `unsupported Content-Encoding "${headers["content-encoding"]}"`, {
              httpStatus,
            }),
          );
        }
        const chunks: Buffer[] = [];
        // Raw bytes are capped as they arrive, decoded bytes as they are produced.
        const decode = (source: AsyncIterable<Buffer>) => decoders.reduce((input, stage) => stage(input), source);
        const rawCap = capped(hop.maxBodyBytes, "body");
        const decodedCap = capped(hop.maxBodyBytes, "decoded body");
        pipeline(response, async (source: AsyncIterable<Buffer>) => {
          for await (const chunk of decodedCap(decode(rawCap(source)))) chunks.push(chunk);
        }).then(
          () => finish(() => resolve({ httpStatus, headers, body: Buffer.concat(chunks) })),
          (error: unknown) => {
            if (error instanceof TooLarge) return fail(tooLarge(where, hop.maxBodyBytes, error.what));
            fail(new FetchError("network", where, `reading the body failed: ${describe(error)}`, { cause: error }));
          },
        );
      },
    );

    timers.push(
      setTimeout(
        () => fail(new FetchError("timeout", where, `no complete response within ${hop.timeoutMs} ms`)),
        hop.timeoutMs,
      ),
    );
    request.on("socket", (socket) => {
      if (!socket.connecting) return; // a kept-alive socket
      const timer = setTimeout(
        () => fail(new FetchError("timeout", where, `connect took longer than ${hop.connectTimeoutMs} ms`)),
        hop.connectTimeoutMs,
      );
      timers.push(timer);
      socket.once(isHttps ? "secureConnect" : "connect", () => clearTimeout(timer));
    });
    request.on("error", (error: NodeJS.ErrnoException) => {
      if (request.reusedSocket && !gotResponse && error.code === "ECONNRESET") {
        return finish(() => reject(new StaleSocket()));
      }
      if (error instanceof AddressBlockedError) return fail(new FetchError("blocked", where, error.message));
      fail(new FetchError("network", where, describe(error), { cause: error }));
    });
    request.end();
  });
}

/** A stage that passes chunks through and throws once more than `limit` bytes went by. */
function capped(limit: number, what: string) {
  return async function* (source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    let total = 0;
    for await (const chunk of source) {
      total += chunk.length;
      if (total > limit) throw new TooLarge(what);
      yield chunk;
    }
  };
}

function tooLarge(url: string, limit: number, what: string): FetchError {
  return new FetchError("too_large", url, `${what} exceeds the cap of ${limit} bytes`);
}

function lowercaseHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code && !error.message.includes(code) ? `${code} ${error.message}` : error.message;
  }
  return String(error);
}
