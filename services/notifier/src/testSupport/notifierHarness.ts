import { type Env, loadEnv } from "@pushback/config";
import type { EventData } from "@pushback/events";
import { eventId } from "@pushback/eventstore";
import { createLogger, type Database, openDatabase, openEventStore, type PushbackStore } from "@pushback/runtime";
import { createTestDatabase, type TestDatabase } from "@pushback/testing";
import { type NotifierOptions, type RunningNotifier, startNotifier } from "../startNotifier.ts";
import { type SmtpTestServer, startSmtpTestServer } from "./smtpTestServer.ts";

export interface FakeClock {
  now: () => Date;
  set(iso: string | Date): void;
  advance(ms: number): void;
}

export function fakeClock(start: string | Date = new Date()): FakeClock {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (iso) => {
      current = new Date(iso);
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
}

export interface NotifierHarness {
  testDb: TestDatabase;
  database: Database;
  store: PushbackStore;
  smtp: SmtpTestServer;
  clock: FakeClock;
  env: Env;
  /** A notifier on the harness's clock; its sender polls rarely unless `pollMs` says otherwise. */
  start(options?: NotifierOptions): RunningNotifier;
  /** Stops every notifier started so far (each test ends with this, so the next can take the locks). */
  stopAll(): Promise<void>;
  close(): Promise<void>;
}

export const TEST_SECRET = "notifier-test-secret-0123456789";

export async function createNotifierHarness(label: string, env: Record<string, string> = {}): Promise<NotifierHarness> {
  const testDb = await createTestDatabase(label);
  const database = await openDatabase(testDb.url, { max: 8 });
  await database.migrate();
  const store = openEventStore(database);
  const smtp = await startSmtpTestServer();
  const clock = fakeClock();
  const fullEnv = loadEnv({
    DATABASE_URL: testDb.url,
    SMTP_URL: smtp.url,
    PUSHBACK_PUBLIC_URL: "https://pushback.example.org",
    PUSHBACK_SECRET: TEST_SECRET,
    PUSHBACK_ALERT_GROUP_SECONDS: "60",
    ...env,
  });
  const running: RunningNotifier[] = [];
  return {
    testDb,
    database,
    store,
    smtp,
    clock,
    env: fullEnv,
    start(options = {}) {
      const notifier = startNotifier(
        { env: fullEnv, store, database, logger: createLogger("silent", "notifier-test") },
        { clock: clock.now, pollMs: 3_600_000, retryBaseMs: 1000, ...options },
      );
      running.push(notifier);
      return notifier;
    },
    async stopAll() {
      await Promise.all(running.splice(0).map((n) => n.stop()));
    },
    async close() {
      await Promise.all(running.splice(0).map((n) => n.stop()));
      await smtp.close().catch(() => {});
      await database.close();
      await testDb.drop();
    },
  };
}

/** Passes the clock over the grouping window and runs a sender pass. */
export async function flush(h: NotifierHarness, notifier: RunningNotifier, advanceMs = 61_000): Promise<void> {
  await notifier.reactor.whenCaughtUp();
  h.clock.advance(advanceMs);
  await notifier.sendDue();
}

const source = (outlet: string, path: string) => ({
  articleId: `article-${path}`,
  url: `https://news.example.com/${path}`,
  outlet,
  title: `Report ${path}`,
  publishedAt: "2021-11-18T12:30:00Z",
});

export async function seedStory(
  store: PushbackStore,
  story: { storyId: string; title: string; governments: string[]; platforms: string[] },
): Promise<void> {
  await store.append(`story-${story.storyId}`, [
    {
      id: eventId(`test:StoryOpened:${story.storyId}`),
      type: "StoryOpened",
      data: { ...story, openedBy: source("Kazinform", `${story.storyId}-open`) },
    },
  ]);
}

export async function seedClaim(
  store: PushbackStore,
  claim: { storyId: string; claimId: string; text: string; party: string; speaker: string },
): Promise<void> {
  const statementId = `statement-${claim.claimId}`;
  await store.append(`story-${claim.storyId}`, [
    {
      id: eventId(`test:StatementRecorded:${statementId}`),
      type: "StatementRecorded",
      data: {
        storyId: claim.storyId,
        statementId,
        ...source("Kazinform", statementId),
        text: claim.text,
        kind: "full",
        speaker: { name: claim.speaker, role: "minister", organization: null },
        party: claim.party,
        stance: "claim",
        confidence: 0.9,
        cues: [],
        claimId: claim.claimId,
      },
    },
    {
      id: eventId(`test:ClaimIdentified:${claim.claimId}`),
      type: "ClaimIdentified",
      data: { storyId: claim.storyId, claimId: claim.claimId, text: claim.text, party: claim.party, statementId },
    },
  ]);
}

export interface ContradictionSeed {
  storyId: string;
  contradictionId: string;
  claimId?: string;
  claimText?: string;
  claimParty?: string;
  responseParty?: string;
  responseText?: string;
  speakerName?: string;
  type?: EventData<"ContradictionDetected">["type"];
}

export async function seedContradiction(store: PushbackStore, c: ContradictionSeed): Promise<void> {
  await store.append(`story-${c.storyId}`, [
    {
      id: eventId(`test:ContradictionDetected:${c.contradictionId}`),
      type: "ContradictionDetected",
      data: {
        storyId: c.storyId,
        contradictionId: c.contradictionId,
        type: c.type ?? "denial",
        claim: {
          claimId: c.claimId ?? `claim-${c.storyId}`,
          text: c.claimText ?? "direct and exclusive access to the content reporting system",
          party: c.claimParty ?? "Kazakhstan",
        },
        response: {
          party: c.responseParty ?? "Meta",
          statementId: `statement-${c.contradictionId}`,
          text: c.responseText ?? "The process is the same in Kazakhstan as it is for other countries.",
          speaker: { name: c.speakerName ?? "Meta spokesperson", role: null, organization: c.responseParty ?? "Meta" },
          ...source("Reuters", c.contradictionId),
        },
      },
    },
  ]);
}

export async function seedEvidence(
  store: PushbackStore,
  storyId: string,
  contradictionId: string,
  n: number,
): Promise<void> {
  await store.append(`story-${storyId}`, [
    {
      id: eventId(`test:ContradictionEvidenceAdded:${contradictionId}:${n}`),
      type: "ContradictionEvidenceAdded",
      data: {
        storyId,
        contradictionId,
        statementId: `statement-${contradictionId}-evidence-${n}`,
        text: "Meta repeated that no government has special access.",
        speaker: null,
        ...source("AP", `${contradictionId}-evidence-${n}`),
      },
    },
  ]);
}

/** Polls `check` until it returns true (or throws after `timeoutMs`). */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 15_000,
  label = "condition",
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${label}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
