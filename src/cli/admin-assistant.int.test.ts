import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { testPrisma, uniqueTag } from '../../test/support/db.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

function admin(args: string[]): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/admin.ts', ...args], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: inject('databaseUrl') },
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, out: out.trim() })));
}

describe('npm run admin -- assistant', () => {
  it('adds an assistant of the desk with skills, then deactivates them', async () => {
    const slackUser = `U${uniqueTag().toUpperCase()}`;
    const added = await admin(['assistant', '--slack-user', slackUser, '--name', 'Giulia Bianchi', '--skills', 'translation,writing']);
    expect(added).toEqual({ code: 0, out: `Assistant Giulia Bianchi (${slackUser}) added: active, skills: translation, writing.` });
    const off = await admin(['assistant', '--slack-user', slackUser, '--active', 'no']);
    expect(off.code).toBe(0);
    expect(await testPrisma().assistant.findUniqueOrThrow({ where: { slackUserId: slackUser } })).toMatchObject({ name: 'Giulia Bianchi', active: false, skills: ['translation', 'writing'] });
  }, 60_000);

  it('names what is wrong in one line', async () => {
    const bad = await admin(['assistant', '--slack-user', 'U0BAD1', '--name', 'X', '--skills', 'cooking']);
    expect(bad.code).toBe(1);
    expect(bad.out).toBe('admin: --skills takes a comma-separated list of: translation, writing, social, admin, email, research, call, booking, other');
  }, 60_000);
});
