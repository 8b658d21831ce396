import { describe, expect, it } from 'vitest';
import { runAdmin as admin } from '../../test/support/cli.js';
import { testPrisma, uniqueTag } from '../../test/support/db.js';

describe('npm run admin -- assistant', () => {
  it('adds an assistant of the desk with skills, then deactivates them', async () => {
    const slackUser = `U${uniqueTag().toUpperCase()}`;
    const added = await admin([
      'assistant',
      '--slack-user',
      slackUser,
      '--name',
      'Giulia Bianchi',
      '--skills',
      'translation,writing',
    ]);
    expect(added).toMatchObject({
      code: 0,
      out: `Assistant Giulia Bianchi (${slackUser}) added: active, skills: translation, writing.`,
    });
    const off = await admin(['assistant', '--slack-user', slackUser, '--active', 'no']);
    expect(off.code).toBe(0);
    expect(await testPrisma().assistant.findUniqueOrThrow({ where: { slackUserId: slackUser } })).toMatchObject({
      name: 'Giulia Bianchi',
      active: false,
      skills: ['translation', 'writing'],
    });
  }, 60_000);

  it('names what is wrong in one line', async () => {
    const bad = await admin(['assistant', '--slack-user', 'U0BAD1', '--name', 'X', '--skills', 'cooking']);
    expect(bad.code).toBe(1);
    expect(bad.out).toBe(
      'admin: --skills takes a comma-separated list of: translation, writing, social, admin, email, research, call, booking, other',
    );
  }, 60_000);
});
