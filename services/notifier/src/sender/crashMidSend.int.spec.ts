import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Kysely } from "kysely";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import type { NotifierTables } from "../notifierTables.ts";
import { addSubscription } from "../subscriptions/subscriptions.ts";
import {
  createNotifierHarness,
  type NotifierHarness,
  seedContradiction,
  seedStory,
  TEST_SECRET,
  waitFor,
} from "../testSupport/notifierHarness.ts";
import type { ReceivedMail } from "../testSupport/smtpTestServer.ts";

const childScript = fileURLToPath(new URL("../testSupport/notifierProcess.ts", import.meta.url));

let h: NotifierHarness;
let subscriptionId: string;
beforeAll(async () => {
  h = await createNotifierHarness("notifier_crash");
  subscriptionId = (await addSubscription(h.store, { email: "crash@example.org" })).subscription.subscriptionId;
  await seedStory(h.store, {
    storyId: "kz-c",
    title: "Kazakhstan and Facebook",
    governments: ["Kazakhstan"],
    platforms: ["Facebook"],
  });
});
afterAll(() => h.close());
afterEach(() => h.stopAll());

function startChild(): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", childScript], {
    stdio: ["ignore", "pipe", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: h.testDb.url,
      SMTP_URL: h.smtp.url,
      PUSHBACK_PUBLIC_URL: h.env.PUSHBACK_PUBLIC_URL,
      PUSHBACK_SECRET: TEST_SECRET,
      PUSHBACK_ALERT_GROUP_SECONDS: "0",
      LOG_LEVEL: "silent",
    },
  });
}

/** Starts a child notifier, waits until the SMTP server holds its DATA, and kills it there. */
async function killMidSend(afterKill: () => void): Promise<ReceivedMail> {
  h.smtp.behaviour = "hold";
  const child = startChild();
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const held = await new Promise<ReceivedMail>((resolve) => h.smtp.events.once("held", resolve));
  child.kill("SIGKILL");
  await exited;
  afterKill();
  h.smtp.behaviour = "accept";
  return held;
}

const alertsDb = () => h.store.db as unknown as Kysely<NotifierTables>;
const sentEvents = async () =>
  (await h.store.readStream(`alerts-${subscriptionId}`)).filter((e) => e.type === "AlertSent");
const byMessageId = (id: string | undefined) => h.smtp.received.filter((m) => m.mail.messageId === id);

/** Restarts in-process; the dead child's locks go when Postgres sees its connections close. */
async function restartAndDeliver(until: () => boolean): Promise<void> {
  const notifier = h.start();
  await waitFor(
    async () => {
      await notifier.sendDue();
      return until();
    },
    20_000,
    "the restarted notifier to deliver",
  );
  await notifier.reactor.whenCaughtUp();
}

it("killed while the server holds DATA (not accepted): re-sent once with the same Message-ID", async () => {
  await seedContradiction(h.store, { storyId: "kz-c", contradictionId: "crash-1" });
  const held = await killMidSend(() => h.smtp.discardHeld());
  const left = await alertsDb().selectFrom("notifier.alerts").select(["status", "message_id"]).execute();
  expect(left).toEqual([{ status: "sending", message_id: held.mail.messageId }]);

  await restartAndDeliver(() => h.smtp.accepted().length === 1);
  const copies = byMessageId(held.mail.messageId);
  expect(copies.map((m) => m.accepted)).toEqual([false, true]); // the held one was never acknowledged
  expect(h.smtp.accepted()).toHaveLength(1);
  expect((await sentEvents()).map((e) => (e.data as { contradictionIds: string[] }).contradictionIds)).toEqual([
    ["crash-1"],
  ]);
});

it("killed after the server accepted but before the record (the documented window): one duplicate, same Message-ID, one AlertSent", async () => {
  const acceptedBefore = h.smtp.accepted().length;
  await seedContradiction(h.store, { storyId: "kz-c", contradictionId: "crash-2" });
  // The server acknowledges only after the client is dead: SMTP accepted, the notifier never knew.
  const held = await killMidSend(() => h.smtp.releaseHeld());
  await restartAndDeliver(() => h.smtp.accepted().length === acceptedBefore + 2);
  const copies = byMessageId(held.mail.messageId);
  expect(copies).toHaveLength(2);
  expect(copies.every((m) => m.accepted)).toBe(true);
  // At most this one duplicate, which a mailbox can drop by Message-ID; the record is single.
  expect(h.smtp.accepted()).toHaveLength(acceptedBefore + 2);
  const sent = await sentEvents();
  expect(sent).toHaveLength(2);
  expect(sent.filter((e) => (e.data as { messageId: string }).messageId === held.mail.messageId)).toHaveLength(1);
  const statuses = await alertsDb().selectFrom("notifier.alerts").select("status").execute();
  expect(statuses.map((s) => s.status)).toEqual(["sent", "sent"]);
});
