import type { FastifyInstance } from "fastify";
import type { ApiDeps } from "../http/apiDeps.ts";
import { security } from "../http/schemas.ts";
import type { LogFollower } from "./logFollower.ts";

/**
 * GET /api/stream: server-sent events, one `event: story` per story event appended from now on.
 * Returns a function counting the streams open now (a gauge in /metrics).
 */
export function registerStream(
  app: FastifyInstance,
  _deps: ApiDeps,
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
        summary: "Server-sent events: `event: story` with {storyId, type, globalPosition}; `: ping` comments",
        security,
        produces: ["text/event-stream"],
      },
    },
    async (request, reply) => {
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
      unsubscribe = await follower.subscribe((event) => {
        if (!event.streamId.startsWith("story-")) return;
        const storyId = (event.data as { storyId?: string }).storyId ?? event.streamId.slice("story-".length);
        const data = JSON.stringify({ storyId, type: event.type, globalPosition: event.globalPosition });
        raw.write(`id: ${event.transactionId}:${event.globalPosition}\nevent: story\ndata: ${data}\n\n`);
      });
      if (!open.has(close)) {
        unsubscribe();
        return;
      }
      raw.write(": connected\n\n");
    },
  );
  return () => open.size;
}
