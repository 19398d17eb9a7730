import { Readable, type Transform } from "node:stream";
import zlib from "node:zlib";

type Stage = (source: AsyncIterable<Buffer>) => AsyncGenerator<Buffer>;

/**
 * Pipeline stages that undo a Content-Encoding list ("gzip", "br", "deflate, gzip"...), last
 * applied first. Each stage pulls from its source only as fast as it is read, so a bomb is
 * inflated no further than the consumer's cap. Null for an encoding we do not know.
 */
export function bodyDecoders(contentEncoding: string | undefined): Stage[] | null {
  const codings = (contentEncoding ?? "")
    .toLowerCase()
    .split(",")
    .map((c) => c.trim())
    .filter((c) => c !== "" && c !== "identity");
  const stages: Stage[] = [];
  for (const coding of codings.reverse()) {
    const stage = STAGES[coding];
    if (!stage) return null;
    stages.push(stage);
  }
  return stages;
}

// Tolerate truncated streams as browsers do: flush what was decoded instead of failing.
const gzipOptions = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
const brotliOptions = { finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH };

const STAGES: Record<string, Stage> = {
  gzip: through(() => zlib.createGunzip(gzipOptions)),
  "x-gzip": through(() => zlib.createGunzip(gzipOptions)),
  br: through(() => zlib.createBrotliDecompress(brotliOptions)),
  // HTTP "deflate" is meant to be zlib-wrapped, but some servers send raw deflate: a zlib header
  // has compression method 8 in the low nibble of its first byte.
  deflate: through((first) =>
    (first[0]! & 0x0f) === 0x08 ? zlib.createInflate(gzipOptions) : zlib.createInflateRaw(gzipOptions),
  ),
};

function through(create: (first: Buffer) => Transform): Stage {
  return async function* decode(source) {
    const iterator = source[Symbol.asyncIterator]();
    const first = await iterator.next();
    if (first.done) return;
    const decoder = create(first.value);
    const input = Readable.from(rest(first.value, iterator), { objectMode: false });
    input.on("error", (error) => decoder.destroy(error));
    input.pipe(decoder);
    try {
      for await (const chunk of decoder) yield chunk as Buffer;
    } finally {
      input.destroy();
      decoder.destroy();
    }
  };
}

async function* rest(first: Buffer, iterator: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  yield first;
  for (;;) {
    const next = await iterator.next();
    if (next.done) return;
    yield next.value;
  }
}
