export { type FixtureHandler, type FixtureResponse, type FixtureServer, startFixtureServer } from "./fixtureServer.ts";
export { holdTransactionOpen, type OpenTransaction } from "./holdTransactionOpen.ts";
export { createTestDatabase, TEST_ADMIN_URL, type TestDatabase } from "./testDatabase.ts";
export { uniquePrefix } from "./uniquePrefix.ts";
