import type { Command } from "commander";
import { openDatabase } from "../openDatabase.ts";

const time = (value: Date | null) => (value ? value.toISOString() : "-");
// Loaded on demand: importing the API (Fastify and its plugins) would slow every other command.
const api = () => import("@pushback/api");

/** `pushback apikeys create|list|revoke`: the keys that `/api/*` asks for (Authorization: Bearer). */
export function registerApiKeyCommands(program: Command): void {
  const apikeys = program.command("apikeys").description("API keys for the HTTP API and dashboard");

  apikeys
    .command("create")
    .argument("<name>", "who or what the key is for (shown as `by` on acknowledgements)")
    .description("create a key and print it once: only its hash is stored")
    .action(async (name: string) => {
      const database = await openDatabase();
      try {
        await database.migrate();
        const created = await (await api()).createApiKey(database.db, name);
        process.stderr.write(`created key ${created.id} for "${created.name}"; it is shown only now:\n`);
        process.stdout.write(`${created.key}\n`);
      } finally {
        await database.close();
      }
    });

  apikeys
    .command("list")
    .description("every key: id, name, created, last used, revoked")
    .action(async () => {
      const database = await openDatabase();
      try {
        await database.migrate();
        const keys = await (await api()).listApiKeys(database.db);
        process.stdout.write("id\tname\tcreated\tlast used\trevoked\n");
        for (const key of keys) {
          process.stdout.write(
            `${key.id}\t${key.name}\t${time(key.createdAt)}\t${time(key.lastUsedAt)}\t${time(key.revokedAt)}\n`,
          );
        }
      } finally {
        await database.close();
      }
    });

  apikeys
    .command("revoke")
    .argument("<id>", "the key's id (from `apikeys list`)")
    .description("revoke a key: requests with it get 401 from then on")
    .action(async (id: string) => {
      const database = await openDatabase();
      try {
        await database.migrate();
        if (!(await (await api()).revokeApiKey(database.db, id))) {
          process.stderr.write(`no live key with id ${id}\n`);
          process.exitCode = 1;
          return;
        }
        process.stdout.write(`revoked ${id}\n`);
      } finally {
        await database.close();
      }
    });
}
