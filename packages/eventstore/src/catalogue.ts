import type { z } from "zod";
import { EventSchemaError } from "./errors.ts";

/** One event type: its current schema, its version, and how to lift older versions' data. */
export interface EventDefinition<S extends z.ZodType = z.ZodType> {
  schema: S;
  /** Current schema version, starting at 1. Stored in each event's metadata. */
  version?: number;
  /** `upcasters[n]` turns data of version n into data of version n + 1. */
  upcasters?: Record<number, (data: any) => unknown>;
}

export type EventDefinitions = Record<string, EventDefinition>;

/** The typed union of a catalogue's events: `{ type: "A"; data: {...} } | { type: "B"; ... }`. */
export type EventUnion<D extends EventDefinitions> = {
  [K in keyof D & string]: { type: K; data: z.output<D[K]["schema"]> };
}[keyof D & string];

export interface EventCatalogue<D extends EventDefinitions = EventDefinitions> {
  readonly definitions: D;
  /** Validates data on append and returns it with the schema version to record. */
  encode(type: string, data: unknown): { data: unknown; schemaVersion: number };
  /** Upcasts stored data to the current version. Types the catalogue does not know pass unchanged. */
  decode(type: string, data: unknown, schemaVersion: number): unknown;
}

function formatIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`).join("; ");
}

/**
 * Declares the events an application stores. Appends are validated against the schemas;
 * reads upcast old versions step by step, so events written years ago still load.
 */
export function defineEvents<D extends EventDefinitions>(definitions: D): EventCatalogue<D> {
  return {
    definitions,
    encode(type, data) {
      const definition = definitions[type];
      if (!definition) throw new EventSchemaError(type, "unknown event type");
      const parsed = definition.schema.safeParse(data);
      if (!parsed.success) throw new EventSchemaError(type, formatIssues(parsed.error));
      return { data: parsed.data, schemaVersion: definition.version ?? 1 };
    },
    decode(type, data, schemaVersion) {
      const definition = definitions[type];
      if (!definition) return data;
      const current = definition.version ?? 1;
      let lifted = data;
      for (let version = schemaVersion; version < current; version++) {
        const upcast = definition.upcasters?.[version];
        if (!upcast) throw new EventSchemaError(type, `no upcaster from version ${version}`);
        lifted = upcast(lifted);
      }
      return lifted;
    },
  };
}
