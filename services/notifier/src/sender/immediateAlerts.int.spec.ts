import { rebuildProjection, runProcessor } from "@pushback/eventstore";
import { storyViews } from "@pushback/projections";
import Fastify from "fastify";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { unsubscribeRoutes } from "../http/unsubscribeRoutes.ts";
import { addSubscription, readSubscription, removeSubscription } from "../subscriptions/subscriptions.ts";
import {
  createNotifierHarness,
  flush,
  type NotifierHarness,
  seedClaim,
  seedContradiction,
  seedEvidence,
  seedStory,
} from "../testSupport/notifierHarness.ts";

let h: NotifierHarness;
beforeAll(async () => {
  h = await createNotifierHarness("notifier_immediate");
});
afterAll(() => h.close());
afterEach(() => h.stopAll());

const mailsTo = (address: string) => h.smtp.accepted().filter((m) => m.rcptTo.includes(address));

describe("immediate alerts", () => {
  it("routes each contradiction to each matching subscriber exactly once, grouped, and never re-alerts on evidence", async () => {
    const { store } = h;
    const all = await addSubscription(store, { email: "all@example.org" });
    const kz = await addSubscription(store, { email: "kz@example.org", government: "kazakhstan" });
    await addSubscription(store, { email: "uz@example.org", government: "Uzbekistan" });
    await addSubscription(store, { email: "tg@example.org", platform: "Telegram" });
    const story = await addSubscription(store, { email: "story@example.org", storyId: "ng-1" });
    expect((await addSubscription(store, { email: "ALL@example.org " })).created).toBe(false);

    await seedStory(store, {
      storyId: "kz-1",
      title: "Kazakhstan and Facebook reporting access",
      governments: ["Kazakhstan"],
      platforms: ["Facebook"],
    });
    await seedStory(store, {
      storyId: "ng-1",
      title: "Nigeria lifts Twitter suspension",
      governments: ["Nigeria"],
      platforms: ["Twitter"],
    });
    await seedClaim(store, {
      storyId: "kz-1",
      claimId: "claim-kz-1",
      text: "We have direct and exclusive access.",
      party: "Kazakhstan",
      speaker: "Aida Balayeva",
    });

    const notifier = h.start();
    // A burst on one story: two contradictions within the grouping window.
    await seedContradiction(store, { storyId: "kz-1", contradictionId: "kz-denial", claimId: "claim-kz-1" });
    await seedContradiction(store, {
      storyId: "kz-1",
      contradictionId: "kz-clar",
      claimId: "claim-kz-1",
      type: "clarification",
    });
    await seedContradiction(store, {
      storyId: "ng-1",
      contradictionId: "ng-denial",
      claimParty: "Nigeria",
      responseParty: "Twitter",
    });
    await notifier.reactor.whenCaughtUp();
    // Inside the grouping window nothing goes out.
    h.clock.advance(30_000);
    await notifier.sendDue();
    expect(h.smtp.received).toHaveLength(0);

    await flush(h, notifier, 31_000);
    expect(mailsTo("all@example.org")).toHaveLength(1);
    expect(mailsTo("kz@example.org")).toHaveLength(1);
    expect(mailsTo("story@example.org")).toHaveLength(1);
    expect(mailsTo("uz@example.org")).toHaveLength(0);
    expect(mailsTo("tg@example.org")).toHaveLength(0);

    const everything = mailsTo("all@example.org")[0]!.mail;
    expect(everything.subject).toMatch(/^3 new contradictions: /);
    const kzMail = mailsTo("kz@example.org")[0]!.mail;
    expect(kzMail.subject).toMatch(/^2 new contradictions: Meta (denies|clarifies) Kazakhstan's claim/);
    expect(kzMail.text).toContain("We have direct and exclusive access.");
    expect(kzMail.text).toContain("Aida Balayeva");
    expect(kzMail.text).toContain("https://pushback.example.org/#/stories/kz-1");
    expect(kzMail.html).toContain("https://pushback.example.org/#/stories/kz-1");
    expect(kzMail.messageId).toMatch(/^<alert-[0-9a-f-]+@pushback\.example\.org>$/);
    const rawKz = mailsTo("kz@example.org")[0]!.raw.replace(/\r?\n[ \t]+/g, " ");
    expect(rawKz).toMatch(/^List-Unsubscribe: <https:\/\/pushback\.example\.org\/unsubscribe\?token=[\w.-]+>/m);
    expect(rawKz).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    const storyMail = mailsTo("story@example.org")[0]!.mail;
    expect(storyMail.subject).toMatch(/^Twitter denies Nigeria's claim/);

    // Later evidence and a redelivered pass: nothing more.
    await seedEvidence(store, "kz-1", "kz-denial", 1);
    await seedEvidence(store, "kz-1", "kz-denial", 2);
    await flush(h, notifier, 3_600_000);
    expect(h.smtp.received).toHaveLength(3);

    // AlertSent is recorded once per email, on the subscriber's alert stream.
    const sent = await store.readStream(`alerts-${kz.subscription.subscriptionId}`);
    expect(sent.map((e) => e.type)).toEqual(["AlertSent"]);
    expect((sent[0]!.data as { contradictionIds: string[] }).contradictionIds.sort()).toEqual(["kz-clar", "kz-denial"]);
    expect((await store.readStream(`alerts-${all.subscription.subscriptionId}`)).length).toBe(1);
    expect((await store.readStream(`alerts-${story.subscription.subscriptionId}`)).length).toBe(1);

    // A new contradiction later is a new, single email.
    await seedContradiction(store, { storyId: "kz-1", contradictionId: "kz-denial-2", responseParty: "Facebook" });
    await flush(h, notifier);
    expect(mailsTo("kz@example.org")).toHaveLength(2);
    expect(mailsTo("kz@example.org")[1]!.mail.subject).toMatch(/^Facebook denies Kazakhstan's claim/);
  });

  it("rebuilding the stories projection sends nothing", async () => {
    const notifier = h.start();
    const before = h.smtp.received.length;
    const outbox = () =>
      h.store.db
        .selectFrom("notifier.outbox" as any)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
    const queued = await outbox();
    const views = runProcessor(h.store, storyViews);
    await views.whenCaughtUp();
    await views.stop();
    await rebuildProjection(h.store, storyViews);
    await flush(h, notifier, 7 * 86_400_000);
    expect(h.smtp.received.length).toBe(before);
    expect(await outbox()).toEqual(queued);
  });

  it("sends nothing to a subscriber who unsubscribed while an alert waited", async () => {
    const { store } = h;
    const { subscription } = await addSubscription(store, { email: "leaving@example.org", storyId: "leave-1" });
    await seedStory(store, {
      storyId: "leave-1",
      title: "Leaving",
      governments: ["Kazakhstan"],
      platforms: ["Facebook"],
    });
    const notifier = h.start();
    await seedContradiction(store, { storyId: "leave-1", contradictionId: "leave-denial" });
    await notifier.reactor.whenCaughtUp();
    await removeSubscription(store, subscription.subscriptionId, "unsubscribe-link");
    await flush(h, notifier);
    expect(mailsTo("leaving@example.org")).toHaveLength(0);
  });

  it("the email's List-Unsubscribe link unsubscribes by POST, never by GET", async () => {
    const { store } = h;
    const { subscription } = await addSubscription(store, { email: "link@example.org", storyId: "link-1" });
    await seedStory(store, { storyId: "link-1", title: "Link", governments: ["Kazakhstan"], platforms: ["Facebook"] });
    const notifier = h.start();
    await seedContradiction(store, { storyId: "link-1", contradictionId: "link-denial" });
    await flush(h, notifier);
    const raw = mailsTo("link@example.org")[0]!.raw.replace(/\r?\n[ \t]+/g, " ");
    const link = /^List-Unsubscribe: <([^>]+)>/m.exec(raw)![1]!;
    const app = Fastify();
    await app.register(unsubscribeRoutes, { store, db: store.db, env: h.env });
    const path = link.replace(h.env.PUSHBACK_PUBLIC_URL, "");
    expect((await app.inject({ method: "GET", url: path })).statusCode).toBe(200);
    expect(await readSubscription(store, subscription.subscriptionId)).not.toBeNull();
    const post = await app.inject({
      method: "POST",
      url: path,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "List-Unsubscribe=One-Click",
    });
    expect(post.statusCode).toBe(200);
    expect(await readSubscription(store, subscription.subscriptionId)).toBeNull();
    await app.close();
  });

  it("keeps CR/LF in quotes and names out of the headers", async () => {
    const { store } = h;
    await addSubscription(store, { email: "victim@example.org", storyId: "inject-1" });
    await seedStory(store, {
      storyId: "inject-1",
      title: "Title\r\nX-Story: injected",
      governments: ["Kazakhstan"],
      platforms: ["Facebook"],
    });
    const notifier = h.start();
    await seedContradiction(store, {
      storyId: "inject-1",
      contradictionId: "inject-denial",
      claimText: "access\r\nBcc: x@evil.example\r\n\r\nspoofed body",
      claimParty: "Kazakhstan\nBcc: y@evil.example",
      responseParty: "Meta\r\nX-Injected: yes",
      responseText: "no access\r\nBcc: z@evil.example",
      speakerName: "Spokesperson\r\nBcc: w@evil.example",
    });
    await flush(h, notifier);
    const mails = mailsTo("victim@example.org");
    expect(mails).toHaveLength(1);
    const { mail, rcptTo, raw } = mails[0]!;
    expect(rcptTo).toEqual(["victim@example.org"]);
    expect(mail.bcc).toBeUndefined();
    expect(mail.headers.has("bcc")).toBe(false);
    expect(mail.headers.has("x-injected")).toBe(false);
    expect(mail.headers.has("x-story")).toBe(false);
    const headerBlock = raw.split(/\r?\n\r?\n/)[0]!;
    expect(headerBlock).not.toMatch(/^(Bcc|X-Injected|X-Story):/im);
    expect(mail.text).not.toMatch(/^(Bcc|X-Injected):/m);
    expect(mail.subject).toContain("Bcc: x@evil.example");
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });
});
