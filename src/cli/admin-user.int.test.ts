import { describe, expect, it } from 'vitest';
import { runAdmin, spawnAdmin } from '../../test/support/cli.js';
import { testPrisma, uniqueTag } from '../../test/support/db.js';
import { verifyPassword } from '../web/admin/password.js';

/** Runs the admin command with `stdin` piped in. */
const admin = (args: string[], stdin = '') => runAdmin(args, { stdin });

describe('npm run admin -- user', () => {
  it('adds an admin with the password piped in, lists, changes the password and disables', async () => {
    const email = `Owner-${uniqueTag()}@Agency.example`;
    const added = await admin(
      ['user', 'add', '--email', email, '--name', 'Anna Owner', '--role', 'admin'],
      'piped password 123\n',
    );
    expect(added).toMatchObject({
      code: 0,
      out: `User ${email.toLowerCase()} (Anna Owner, admin) added.\nPassword: the one given on stdin.\nLog in at http://localhost:3000/admin/login`,
    });
    const row = await testPrisma().staffUser.findUniqueOrThrow({ where: { email: email.toLowerCase() } });
    expect(row.role).toBe('admin');
    expect(await verifyPassword('piped password 123', row.passwordHash)).toBe(true);

    const list = await admin(['user', 'list']);
    expect(list.out).toContain(`${email.toLowerCase()}\tAnna Owner\tadmin\tactive\tnever logged in`);

    // Nothing piped: a password is generated and printed once.
    const changed = await admin(['user', 'password', '--email', email]);
    expect(changed.code).toBe(0);
    const generated = /Password \(shown only now\): (\S+)/.exec(changed.out)?.[1];
    expect(generated).toHaveLength(20);
    expect(
      await verifyPassword(
        generated!,
        (await testPrisma().staffUser.findUniqueOrThrow({ where: { id: row.id } })).passwordHash,
      ),
    ).toBe(true);

    expect((await admin(['user', 'disable', '--email', email])).code).toBe(0);
    expect((await testPrisma().staffUser.findUniqueOrThrow({ where: { id: row.id } })).active).toBe(false);
  }, 60_000);

  it('names what is wrong in one line', async () => {
    const email = `short-${uniqueTag()}@agency.example`;
    // The real process once (stdin piped, exit code, one line on stderr); the rest in this process.
    const spawned = await spawnAdmin(['user', 'add', '--email', email, '--name', 'Short'], { stdin: 'too short\n' });
    expect(spawned).toMatchObject({
      code: 1,
      out: 'admin: the password must have at least 12 characters',
    });
    expect(
      await admin(['user', 'add', '--email', 'not-an-email', '--name', 'X'], 'long enough password\n'),
    ).toMatchObject({ code: 1, out: 'admin: the email must be an address such as giulia@example.com' });
    expect(
      await admin(['user', 'add', '--email', email, '--name', 'X', '--role', 'boss'], 'long enough password\n'),
    ).toMatchObject({ code: 1, out: 'admin: the role must be admin or assistant' });
    expect(await admin(['user', 'disable', '--email', email])).toMatchObject({
      code: 1,
      out: `admin: no user with email ${email}`,
    });
    expect(await testPrisma().staffUser.count({ where: { email } })).toBe(0);
  }, 60_000);
});
