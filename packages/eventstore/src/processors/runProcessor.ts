import { hostname } from "node:os";
import type { EventStore } from "../eventStore.ts";
import { type Checkpoint, compareCheckpoints, type RecordedEvent, START } from "../recordedEvent.ts";
import { type HeldLock, holdAdvisoryLock } from "./advisoryLock.ts";
import { applyBatch, type BatchTarget, GenerationSwitchedError, ProcessorStoppingError } from "./applyBatch.ts";
import { CheckpointConflictError, loadCheckpoint } from "./checkpoints.ts";
import type { Processor } from "./processorDefinition.ts";
import { ensureProjection } from "./projectionGenerations.ts";

export interface RunProcessorOptions {
  batchSize?: number;
  /** Idle polling starts at the min and doubles to the max: the bound on commit-to-handling latency. */
  idleMinMs?: number;
  idleMaxMs?: number;
  /** How often a standby instance tries to take over. */
  standbyRetryMs?: number;
  maxAttempts?: number;
  retryDelayMs?: number;
  /** Shown in `processor_checkpoints.owner`. */
  owner?: string;
  onError?: (error: unknown) => void;
  onParked?: (event: RecordedEvent, error: unknown) => void;
  /**
   * Errors that mean a dependency is down rather than the event is bad (a reactor's Redis): the
   * event is retried, with back-off up to 30 s, until it passes, and never parked.
   */
  isOutage?: (error: unknown) => boolean;
}

export interface ProcessorHandle {
  readonly name: string;
  /** True while this instance holds the processor's lock (one active instance; others stand by). */
  isActive(): boolean;
  /** Resolves once everything appended before the call has been handled (or parked). */
  whenCaughtUp(timeoutMs?: number): Promise<void>;
  /** Where this instance stands, when active. */
  checkpoint(): Checkpoint | null;
  /** Stops after the batch in flight, releasing the lock. */
  stop(): Promise<void>;
}

interface Waiter {
  target: Checkpoint;
  resolve: () => void;
}

/**
 * Runs a projector or reactor: one active instance per name (an advisory lock held on a reserved
 * connection, released by Postgres if the process dies), reading the global log in batches and
 * applying each batch with its checkpoint in one transaction.
 */
export function runProcessor(
  store: EventStore<any>,
  processor: Processor<any>,
  options: RunProcessorOptions = {},
): ProcessorHandle {
  const settings = {
    batchSize: options.batchSize ?? 500,
    idleMinMs: options.idleMinMs ?? 5,
    idleMaxMs: options.idleMaxMs ?? 50,
    standbyRetryMs: options.standbyRetryMs ?? 1000,
    maxAttempts: options.maxAttempts ?? 3,
    retryDelayMs: options.retryDelayMs ?? 50,
    owner: options.owner ?? `${hostname()}:${process.pid}`,
  };
  let stopped = false;
  let lock: HeldLock | null = null;
  let current: Checkpoint | null = null;
  let waiters: Waiter[] = [];
  let wake: (() => void) | null = null;
  let lastLockCheck = Date.now();
  const readOptions = processor.dataOf ? { dataOf: processor.dataOf } : {};

  const settleWaiters = () => {
    if (!current) return;
    const reached = current;
    waiters = waiters.filter((waiter) => {
      if (compareCheckpoints(reached, waiter.target) >= 0) {
        waiter.resolve();
        return false;
      }
      return true;
    });
  };

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = null;
        resolve();
      }
      wake = done;
    });

  async function resolveTarget(): Promise<BatchTarget> {
    if (processor.kind === "projector") {
      const generation = await ensureProjection(store.db, processor);
      return { checkpointKey: generation.checkpointKey, generation, requireLiveGeneration: true };
    }
    return { checkpointKey: processor.name };
  }

  async function initialCheckpoint(): Promise<Checkpoint> {
    if (processor.kind === "reactor" && processor.startFrom === "now") return (await store.readReadableHead()) ?? START;
    return START;
  }

  async function loop(): Promise<void> {
    let idle = settings.idleMinMs;
    let target: BatchTarget | null = null;
    while (!stopped) {
      try {
        if (!lock) {
          lock = await holdAdvisoryLock(store.sql, `pushback:processor:${processor.name}`);
          if (!lock) {
            await pause(settings.standbyRetryMs);
            continue;
          }
          target = null;
        }
        if (Date.now() - lastLockCheck > 5_000) {
          lastLockCheck = Date.now();
          await lock.check();
        }
        if (!lock.isHeld()) throw new Error(`lost the lock of processor ${processor.name}`);
        if (!target || !current) {
          target = await resolveTarget();
          current = await loadCheckpoint(store.db, target.checkpointKey, await initialCheckpoint());
        }
        const events = await store.readAll(current, settings.batchSize, readOptions);
        if (events.length === 0) {
          settleWaiters();
          await pause(idle);
          idle = Math.min(idle * 2, settings.idleMaxMs);
          continue;
        }
        idle = settings.idleMinMs;
        current = await applyBatch(store.db, processor, target, current, events, {
          owner: settings.owner,
          maxAttempts: settings.maxAttempts,
          retryDelayMs: settings.retryDelayMs,
          ...(options.onParked ? { onParked: options.onParked } : {}),
          ...(options.isOutage ? { isOutage: options.isOutage } : {}),
          isStopping: () => stopped,
        });
        settleWaiters();
      } catch (error) {
        // A switched generation or a moved checkpoint: reload where we stand and go on.
        target = null;
        current = null;
        if (error instanceof GenerationSwitchedError || error instanceof ProcessorStoppingError) continue;
        if (!(error instanceof CheckpointConflictError)) options.onError?.(error);
        if (lock && !lock.isHeld()) lock = null;
        if (!stopped) await pause(settings.standbyRetryMs);
      }
    }
  }

  const running = loop();

  return {
    name: processor.name,
    isActive: () => lock?.isHeld() ?? false,
    checkpoint: () => current,
    async whenCaughtUp(timeoutMs = 30_000) {
      const head = await store.readHead();
      if (!head) return;
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`${processor.name} did not catch up within ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiters.push({
          target: head,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
        settleWaiters();
        wake?.();
      });
    },
    async stop() {
      stopped = true;
      wake?.();
      await running;
      await lock?.release();
      lock = null;
    },
  };
}
