import { CompiledQuery, type Kysely } from "kysely";
import type { Sql } from "./connect.ts";

/** Runs one parameterised statement ($1, $2, …) and returns its rows. */
export type SqlExecutor = <Row = Record<string, unknown>>(text: string, params: unknown[]) => Promise<Row[]>;

/** Statements on a Kysely connection or transaction, bypassing the query builder. */
export function kyselyExecutor(db: Kysely<any>): SqlExecutor {
  return async <Row>(text: string, params: unknown[]) =>
    (await db.executeQuery<Row>(CompiledQuery.raw(text, params))).rows as Row[];
}

/** A postgres.js transaction, its statements prepared: the append path runs the same few often. */
export function runInPostgresTransaction<T>(sql: Sql, work: (execute: SqlExecutor) => Promise<T>): Promise<T> {
  return sql.begin((transaction) =>
    work(
      async <Row>(text: string, params: unknown[]) =>
        (await transaction.unsafe(text, params as never[], { prepare: true })) as unknown as Row[],
    ),
  ) as Promise<T>;
}
