export * as deskStateMigration from "./migrations/001_deskState.ts";
export { type RunningDesk, startDesk } from "./startDesk.ts";
export { statementExtractor, statementIdOf } from "./statementExtractor.ts";
export { storyDesk, storyStream } from "./storyDesk.ts";
