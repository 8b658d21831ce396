import { existsSync } from 'node:fs';
import { defineConfig } from 'prisma/config';

// Prisma 7 does not read .env itself; variables already set in the environment win.
if (existsSync('.env')) process.loadEnvFile('.env');

/**
 * Used by the Prisma CLI (`prisma generate`, and `prisma migrate deploy` where the native
 * engine can be downloaded). The app and `npm run db:migrate` do not read this file.
 * The URL may be unset: generation needs no database.
 */
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL },
});
