import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { PrismaClient } from '../infra/db/types.js';
import { ValidationError } from '../kernel/errors.js';
import { parseOrThrow } from '../web/admin/params.js';
import { generatePassword } from '../web/admin/password.js';
import { addStaffUser, disableStaffUser, listStaffUsers, setStaffPassword } from '../web/admin/staff-users.js';

export const userUsage = [
  'usage: npm run admin -- user add --email EMAIL --name "NAME" [--role admin|assistant] [--assistant SLACK_USER_ID]',
  '       npm run admin -- user disable --email EMAIL',
  '       npm run admin -- user password --email EMAIL',
  '       npm run admin -- user list',
  '  add and password read the password from stdin when it is piped; otherwise one is generated and printed once.',
].join('\n');

/** Where a password comes from: piped stdin (first line), or none (a TTY, or nothing piped). */
export type PasswordSource = () => Promise<string | undefined>;

/** What was piped in, as a password: the text without its final line break; nothing if empty. */
export function pipedPassword(text: string): string | undefined {
  const line = text.replace(/\r?\n$/, '');
  return line === '' ? undefined : line;
}

export const stdinPassword: PasswordSource = async () => {
  if (process.stdin.isTTY) return undefined;
  let text = '';
  for await (const chunk of process.stdin) text += (chunk as Buffer).toString('utf8');
  return pipedPassword(text);
};

const emailOnly = z.object({ email: z.string({ message: '--email is required' }) });

async function choosePassword(source: PasswordSource): Promise<{ password: string; generated: boolean }> {
  const given = await source();
  return given === undefined
    ? { password: generatePassword(), generated: true }
    : { password: given, generated: false };
}

/** `npm run admin -- user ...`: back-office accounts. Returns what to print. */
export async function userCommand(
  prisma: PrismaClient,
  argv: string[],
  options: { loginUrl: string; readPassword?: PasswordSource },
): Promise<string> {
  const readPassword = options.readPassword ?? stdinPassword;
  const [sub, ...rest] = argv;
  const flags = (names: string[]) =>
    parseArgs({
      args: rest,
      options: Object.fromEntries(names.map((n) => [n, { type: 'string' as const }])),
      strict: true,
    }).values;
  switch (sub) {
    case 'add': {
      const values = flags(['email', 'name', 'role', 'assistant']);
      if (values.email === undefined || values.name === undefined)
        throw new ValidationError('--email and --name are required');
      const { password, generated } = await choosePassword(readPassword);
      const user = await addStaffUser(prisma, { ...values, password });
      return [
        `User ${user.email} (${user.name}, ${user.role}) added.`,
        generated ? `Password (shown only now): ${password}` : 'Password: the one given on stdin.',
        `Log in at ${options.loginUrl}`,
      ].join('\n');
    }
    case 'disable': {
      const { email } = parseOrThrow(emailOnly, flags(['email']));
      await disableStaffUser(prisma, { email });
      return `User ${email.toLowerCase()} disabled; their sessions have ended.`;
    }
    case 'password': {
      const { email } = parseOrThrow(emailOnly, flags(['email']));
      const { password, generated } = await choosePassword(readPassword);
      await setStaffPassword(prisma, email, password);
      return [
        `New password set for ${email.toLowerCase()}; their sessions have ended.`,
        ...(generated ? [`Password (shown only now): ${password}`] : []),
      ].join('\n');
    }
    case 'list': {
      flags([]);
      const users = await listStaffUsers(prisma);
      if (users.length === 0) return 'No users yet.';
      return users
        .map((u) =>
          [
            u.email,
            u.name,
            u.role,
            u.active ? 'active' : 'disabled',
            u.lastLoginAt ? `last login ${u.lastLoginAt.toISOString()}` : 'never logged in',
          ].join('\t'),
        )
        .join('\n');
    }
    default:
      throw new ValidationError(sub ? `unknown user command "${sub}"\n${userUsage}` : userUsage);
  }
}
