import { type Checkpoint, compareCheckpoints, type RecordedEvent } from "@pushback/eventstore";
import type { FastifyInstance } from "fastify";
import type { ApiDeps } from "../http/apiDeps.ts";
import { security } from "../http/schemas.ts";
import { parseCheckpoint } from "./checkpointString.ts";
import type { LogFollower } from "./logFollower.ts";

/** How far back a reconnecting client is replayed; beyond, it should page /api/events instead. */
const MAX_RESUME_EVENTS = 10_000;

/**
 * GET /api/stream: server-sent events, one `event: story` per story event appended from now on.
 * Returns a function counting the streams open now (a gauge in /metrics).
 */
export function registerStream(
  app: FastifyInstance,
  { store }: ApiDeps,
  follower: LogFollower,
  heartbeatMs: number,
): () => number {
  const open = new Set<() => void>();
  // Close live streams first, or the server would wait for them forever on shutdown.
  app.addHook("preClose", async () => {
    for (const close of open) close();
  });
  app.get(
    "/api/stream",
    {
      schema: {
        tags: ["log"],
        summary:
          "Server-sent events: `event: story` with {storyId, type, globalPosition}; `: ping` comments. " +
          "A reconnect with `Last-Event-ID` (an event's `id: <tx>:<pos>`) first replays what it missed.",
        security,
        produces: ["text/event-stream"],
      },
    },
    async (request, reply) => {
      const lastEventId = request.headers["last-event-id"];
      const resumeFrom =
        typeof lastEventId === "string" && lastEventId ? parseCheckpoint(lastEventId, "Last-Event-ID") : null;
      reply.hijack();
      const raw = reply.raw;
      const socket = request.raw.socket;
      raw.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache, no-transform",
        connection: "keep-alive",
        "x-accel-buffering": "no",
      });
      let unsubscribe: (() => void) | null = null;
      const heartbeat = setInterval(() => raw.write(": ping\n\n"), heartbeatMs);
      const close = () => {
        clearInterval(heartbeat);
        unsubscribe?.();
        open.delete(close);
        if (!raw.writableEnded) raw.end();
        // A stream's connection is never reused: let it go, or a shutdown would wait for it.
        socket.destroy();
      };
      open.add(close);
      raw.on("close", close);
      const send = (event: RecordedEvent) => {
        if (!event.streamId.startsWith("story-")) return;
        const storyId = (event.data as { storyId?: string }).storyId ?? event.streamId.slice("story-".length);
        const data = JSON.stringify({ storyId, type: event.type, globalPosition: event.globalPosition });
        raw.write(`id: ${event.transactionId}:${event.globalPosition}\nevent: story\ndata: ${data}\n\n`);
      };
      // While a reconnecting client catches up, live events wait their turn.
      let held: RecordedEvent[] | null = resumeFrom ? [] : null;
      const subscription = await follower.subscribe((event) => (held ? held.push(event) : send(event)));
      unsubscribe = subscription.unsubscribe;
      if (!open.has(close)) {
        unsubscribe();
        return;
      }
      raw.write(": connected\n\n");
      if (resumeFrom) {
        await replay(resumeFrom, subscription.from, send);
        for (const event of held ?? []) if (compareCheckpoints(event, resumeFrom) > 0) send(event);
        held = null;
      }
    },
  );
  /** The events after `after` up to `upTo` (inclusive), at most MAX_RESUME_EVENTS of them. */
  async function replay(after: Checkpoint, upTo: Checkpoint, send: (event: RecordedEvent) => void) {
    let at = after;
    for (let replayed = 0; replayed < MAX_RESUME_EVENTS && compareCheckpoints(at, upTo) < 0; ) {
      const page = await store.readAll(at, 500);
      const due = page.filter((event) => compareCheckpoints(event, upTo) <= 0);
      for (const event of due) send(event);
      replayed += due.length;
      if (due.length === 0 || due.length < page.length) return;
      at = due[due.length - 1]!;
    }
  }

  return () => open.size;
}
