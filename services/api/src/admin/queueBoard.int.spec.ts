import { type Database, openDatabase } from "@pushback/runtime";
import { createTestDatabase, type TestDatabase, uniquePrefix } from "@pushback/testing";
import { Queue } from "bullmq";
import Fastify, { type FastifyInstance } from "fastify";
import { Redis } from "ioredis";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createApiKey } from "../auth/apiKeys.ts";
import { QUEUE_BOARD_PATH, queueBoard } from "./queueBoard.ts";

let testDatabase: TestDatabase;
let database: Database;
let redis: Redis;
let app: FastifyInstance;
let key: string;
const prefix = uniquePrefix("board");

beforeAll(async () => {
  testDatabase = await createTestDatabase("board");
  database = await openDatabase(testDatabase.url);
  await database.migrate();
  key = (await createApiKey(database.db, "ops")).key;
  redis = new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379", { maxRetriesPerRequest: null });
  const queue = new Queue("article-fetch", { connection: redis, prefix });
  await queue.add("fetch", { articleId: "a1" }, { jobId: "board-job-1" });
  await queue.close();
  app = Fastify();
  await app.register(queueBoard, {
    db: database.db,
    redis,
    redisPrefix: prefix,
    queueNames: ["feed-poll", "article-fetch"],
  });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
  await database.close();
  await testDatabase.drop();
});

it("asks for an API key, and with one shows the queues and their jobs", async () => {
  const anonymous = await app.inject({ url: QUEUE_BOARD_PATH });
  expect(anonymous.statusCode).toBe(401);
  expect(anonymous.headers["www-authenticate"]).toContain("Basic");
  const wrong = await app.inject({
    url: QUEUE_BOARD_PATH,
    headers: { authorization: `Basic ${Buffer.from("ops:nope").toString("base64")}` },
  });
  expect(wrong.statusCode).toBe(401);

  const basic = { authorization: `Basic ${Buffer.from(`ops:${key}`).toString("base64")}` };
  const page = await app.inject({ url: QUEUE_BOARD_PATH, headers: basic });
  expect(page.statusCode).toBe(200);
  expect(page.body).toContain("<html");
  const queues = await app.inject({
    url: `${QUEUE_BOARD_PATH}/api/queues`,
    headers: { authorization: `Bearer ${key}` },
  });
  expect(queues.statusCode).toBe(200);
  const names = queues.json().queues.map((q: { name: string }) => q.name);
  expect(names.sort()).toEqual(["article-fetch", "feed-poll"]);
  const fetchQueue = queues.json().queues.find((q: { name: string }) => q.name === "article-fetch");
  expect(fetchQueue.counts.waiting).toBe(1);
});
