import { defineConfig } from 'vitest/config';

/**
 * Integration files mostly wait (on PostgreSQL, Redis, emulators, child processes), so more of
 * them run at once than the machine has cores. VITEST_INTEGRATION_WORKERS overrides.
 */
const integrationWorkers = Number(process.env.VITEST_INTEGRATION_WORKERS ?? 4);

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // A worker keeps the modules it loaded from one file to the next: loading Prisma, BullMQ,
    // Express and the app again for every file cost more CPU than the tests themselves. Files
    // share no state but the modules' own (test/support keeps one Prisma client per worker).
    isolate: false,
    projects: [
      {
        extends: true,
        test: {
          // Pure code, emulators and fakes on loopback: no database, no Redis, no global setup.
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
          pool: 'threads',
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          // PostgreSQL and Redis: one migrated template per run (test/global-setup.ts), a copy of
          // it for each worker (test/support/worker-database.ts), so files running at the same
          // time never see each other's rows.
          name: 'integration',
          include: ['src/**/*.int.test.ts', 'test/**/*.int.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          setupFiles: ['test/support/worker-database.ts'],
          pool: 'forks',
          maxWorkers: integrationWorkers,
          // Files running side by side share two cores: a test that needs 20 s alone may need more.
          testTimeout: 60_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
