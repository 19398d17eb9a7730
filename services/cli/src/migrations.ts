import * as deskStateMigration from "@pushback/desk/migrations";
import type { Migration } from "kysely";

/** Tables owned by services, applied with the packages' ones by every `pushback` process. */
export const serviceMigrations: Record<string, Migration> = {
  "0003_desk_001_state": deskStateMigration,
};
