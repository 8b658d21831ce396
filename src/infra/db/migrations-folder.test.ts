import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../kernel/errors.js';
import { handWrittenConstraints, migrationDirName, parseMigrationName } from './migrations-folder.js';

describe('migration folder names', () => {
  it('prefixes the name with the UTC creation time, as Prisma does', () => {
    expect(migrationDirName('add_booking_notes', new Date('2026-11-23T08:05:09.123+01:00'))).toBe(
      '20261123070509_add_booking_notes',
    );
  });

  it('refuses names that are not lower snake_case, saying what is expected', () => {
    for (const name of ['', 'Add', 'add-notes', 'add notes', '1st', '../escape', 'x'.repeat(81)]) {
      expect(() => parseMigrationName(name), name).toThrow(ValidationError);
    }
    expect(() => parseMigrationName('add-notes')).toThrow('lower snake_case');
  });
});

describe('hand-written constraints', () => {
  it('finds CHECK and EXCLUDE constraints added in migration files, not generated keys', () => {
    const file = (value: string) => ({
      path: 'x',
      migrationFile: { path: 'migration.sql', content: { tag: 'ok' as const, value } },
    });
    const migrations = {
      baseDir: '/m',
      lockfile: { path: 'migration_lock.toml', content: null },
      shadowDbInitScript: '',
      migrationDirectories: [
        file(
          'ALTER TABLE "a" ADD CONSTRAINT "a_fkey" FOREIGN KEY ("b") REFERENCES "b"("id");\nALTER TABLE "t"\n  ADD CONSTRAINT "t_rating_check" CHECK ("rating" > 0),\n  ADD CONSTRAINT "t_no_overlap" EXCLUDE USING gist ("c" WITH =);',
        ),
        file('alter table "u" add constraint "u_minutes_check" check ("minutes" > 0);'),
      ],
    };
    expect(handWrittenConstraints(migrations).sort()).toEqual(['t_no_overlap', 't_rating_check', 'u_minutes_check']);
  });
});
