import { z } from 'zod';
import type { PrismaClient } from '../../db/types.js';
import { isUniqueViolation } from '../../db/types.js';
import { ConflictError, NotFoundError } from '../../errors.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { StaffRole } from '../../generated/prisma/enums.js';
import { optionalField, parseOrThrow } from './params.js';
import { hashPassword, passwordSchema } from './password.js';

/** Back-office accounts: used by `npm run admin -- user ...` and the Users page. */
export const staffRoles = ['admin', 'assistant'] as const satisfies readonly StaffRole[];

export const newStaffUserSchema = z.object({
  email: z.email({ message: 'the email must be an address such as giulia@example.com' }).max(200).transform((e) => e.toLowerCase()),
  name: z.string().trim().min(1, 'the name must not be empty').max(100, 'the name must have at most 100 characters'),
  role: z.enum(staffRoles, { message: 'the role must be admin or assistant' }).default('assistant'),
  /** Slack member id of the desk assistant this person is */
  assistant: optionalField(z.string().trim().regex(/^[UW][A-Z0-9]{2,}$/, 'the assistant must be a Slack member id such as U0123ABC')),
  password: passwordSchema,
});
/** Fields as they come from a form or the command line; addStaffUser validates them. */
export type NewStaffUser = { [K in keyof z.input<typeof newStaffUserSchema>]?: unknown };

export const staffUserListSelect = { id: true, email: true, name: true, role: true, active: true, lockedUntil: true, lastLoginAt: true, createdAt: true, assistant: { select: { name: true, slackUserId: true } } } as const;

export async function addStaffUser(prisma: PrismaClient, input: NewStaffUser) {
  const user = parseOrThrow(newStaffUserSchema, input);
  let assistantId: string | null = null;
  if (user.assistant) {
    const assistant = await prisma.assistant.findUnique({ where: { slackUserId: user.assistant }, select: { id: true } });
    if (!assistant) throw new NotFoundError(`no desk assistant with Slack id ${user.assistant} (add one with npm run admin -- assistant)`);
    assistantId = assistant.id;
  }
  try {
    return await prisma.staffUser.create({
      data: { email: user.email, name: user.name, role: user.role, assistantId, passwordHash: await hashPassword(user.password) },
      select: { id: true, email: true, name: true, role: true },
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new ConflictError(`a user with email ${user.email} or that assistant already exists`);
    throw err;
  }
}

const emailSchema = z.email({ message: 'the email must be an address such as giulia@example.com' }).transform((e) => e.toLowerCase());

/** Switches an account off (found by email or id) and ends its sessions at once. */
export async function disableStaffUser(prisma: PrismaClient, who: { email: string } | { id: string }): Promise<void> {
  const where = 'email' in who ? { email: parseOrThrow(emailSchema, who.email) } : { id: who.id };
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.staffUser.updateMany({ where, data: { active: false } });
    if (count === 0) throw new NotFoundError(`no user with ${'email' in who ? `email ${where.email}` : `id ${who.id}`}`);
    await tx.staffSession.deleteMany({ where: { user: where } });
  });
}

/** A new password ends every session of the account and lifts a lock. */
export async function setStaffPassword(prisma: PrismaClient, email: string, password: string): Promise<void> {
  const address = parseOrThrow(emailSchema, email);
  const passwordHash = await hashPassword(parseOrThrow(passwordSchema, password));
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.staffUser.updateMany({ where: { email: address }, data: { passwordHash, failedLogins: 0, lockedUntil: null } });
    if (count === 0) throw new NotFoundError(`no user with email ${address}`);
    await tx.staffSession.deleteMany({ where: { user: { email: address } } });
  });
}

export type StaffUserRow = Prisma.StaffUserGetPayload<{ select: typeof staffUserListSelect }>;

export function listStaffUsers(prisma: PrismaClient): Promise<StaffUserRow[]> {
  return prisma.staffUser.findMany({ select: staffUserListSelect, orderBy: [{ active: 'desc' }, { email: 'asc' }] });
}

export async function hasStaffUsers(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.staffUser.count()) > 0;
}
