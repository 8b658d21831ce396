import { inject } from 'vitest';
import { createTestServer, databaseName, testAdminUrl, workerDatabaseName } from './test-server.js';

// Runs before each integration test file (setupFiles): the worker's first file copies the run's
// template into the worker's database (testDatabaseUrl in test/support/db.ts); later files find it there.
const template = databaseName(inject('templateDatabaseUrl'));
await createTestServer(testAdminUrl()).cloneDatabase(template, workerDatabaseName(template), { ifMissing: true });
