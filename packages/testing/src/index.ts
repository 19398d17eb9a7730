export { createTestDatabase, TEST_ADMIN_URL, type TestDatabase } from "./testDatabase.ts";
