import { createBullBoard } from "@bull-board/api";
import { BullMQAdapter } from "@bull-board/api/bullMQAdapter";
import { FastifyAdapter } from "@bull-board/fastify";
import { Queue } from "bullmq";
import type { FastifyInstance, FastifyPluginAsync } from "fastify";
import type { Redis } from "ioredis";
import type { Kysely } from "kysely";
import { findApiKey } from "../auth/apiKeys.ts";

export const QUEUE_BOARD_PATH = "/admin/queues";

export interface QueueBoardOptions {
  db: Kysely<any>;
  redis: Redis;
  /** The Redis key prefix of the queues (not `prefix`: Fastify reads that as a route prefix). */
  redisPrefix: string;
  queueNames: string[];
}

/**
 * Bull Board, the queue inspector, at /admin/queues, behind the API keys. A browser cannot send a
 * Bearer header, so Basic auth is accepted too: any user name, the API key as the password.
 */
export const queueBoard: FastifyPluginAsync<QueueBoardOptions> = async (app: FastifyInstance, options) => {
  const queues = options.queueNames.map(
    (name) => new Queue(name, { connection: options.redis, prefix: options.redisPrefix }),
  );
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({ queues: queues.map((queue) => new BullMQAdapter(queue, { readOnlyMode: false })), serverAdapter });
  app.addHook("onClose", async () => {
    await Promise.all(queues.map((queue) => queue.close()));
  });
  await app.register(
    async (board) => {
      board.addHook("onRequest", async (request, reply) => {
        const header = request.headers.authorization ?? "";
        const bearer = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
        const basic = /^Basic\s+(\S+)$/i.exec(header)?.[1];
        const key =
          bearer ?? (basic ? Buffer.from(basic, "base64").toString("utf8").split(":").slice(1).join(":") : null);
        if (key && (await findApiKey(options.db, key))) return;
        await reply
          .code(401)
          .header("www-authenticate", 'Basic realm="Pushback queues", charset="UTF-8"')
          .send({ error: "unauthorized", message: "an API key is required (Basic auth password or Bearer)" });
      });
      await board.register(serverAdapter.registerPlugin());
    },
    { prefix: QUEUE_BOARD_PATH },
  );
};
