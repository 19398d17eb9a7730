import { Kysely } from "kysely";
import { PostgresJSDialect } from "kysely-postgres-js";
import postgres from "postgres";

export type Sql = postgres.Sql<Record<string, never>>;

export interface ConnectOptions {
  /** Pool size. */
  max?: number;
  /** Name shown in pg_stat_activity. */
  applicationName?: string;
}

/**
 * One postgres.js pool with int8 parsed as numbers, and an idle-in-transaction timeout:
 * a transaction left open stalls every subscriber of the global log (field notes §1).
 */
export function connectPostgres(url: string, options: ConnectOptions = {}): Sql {
  return postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    connection: {
      application_name: options.applicationName ?? "pushback",
      idle_in_transaction_session_timeout: 60_000,
    },
    types: {
      bigint: {
        to: 20,
        from: [20],
        serialize: (value: number | bigint | string) => String(value),
        parse: (value: string) => Number(value),
      },
    },
  }) as unknown as Sql;
}

/**
 * A Kysely instance over a postgres.js pool. Destroying it ends the pool.
 * The dialect sends every query unprepared; appends and log reads run the same few statements
 * thousands of times, so the connections it reserves prepare them (postgres.js caches each
 * statement per connection).
 */
export function createKysely<DB>(sql: Sql): Kysely<DB> {
  return new Kysely<DB>({ dialect: new PostgresJSDialect({ postgres: preparing(sql) }) });
}

function preparing(sql: Sql): Sql {
  return new Proxy(sql, {
    get(target, property, receiver) {
      if (property !== "reserve") return Reflect.get(target, property, receiver);
      return async () => {
        const connection = await target.reserve();
        return new Proxy(connection, {
          get(inner, name, innerReceiver) {
            if (name !== "unsafe") return Reflect.get(inner, name, innerReceiver);
            return (query: string, args?: unknown[], options?: Record<string, unknown>) =>
              inner.unsafe(query, args as never, { prepare: true, ...options });
          },
        });
      };
    },
  });
}
