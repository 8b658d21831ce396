import { z } from 'zod';
import type { PrismaClient } from '../../infra/db/types.js';
import { isUniqueViolation } from '../../infra/db/types.js';
import { ConflictError, NotFoundError } from '../../kernel/errors.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { StaffRole } from '../../generated/prisma/enums.js';
import { adminTexts, type AdminCatalog } from '../../i18n/admin-catalog.js';
import { optionalField, parseOrThrow } from './params.js';
import { hashPassword, passwordSchemaIn } from './password.js';

/** Back-office accounts: used by `npm run admin -- user ...` and the Users page. */
export const staffRoles = ['admin', 'assistant'] as const satisfies readonly StaffRole[];

/** The fields of a new account; mistakes are told in `t`'s language (English for the command line). */
export const newStaffUserSchema = (t: AdminCatalog = adminTexts('en')) =>
  z.object({
    email: z
      .email({ message: t.invalid.email })
      .max(200)
      .transform((e) => e.toLowerCase()),
    name: z
      .string()
      .trim()
      .min(1, t.invalid.nameEmpty)
      .max(100, t.invalid.nameTooLong({ max: 100 })),
    role: z.enum(staffRoles, { message: t.invalid.role }).default('assistant'),
    /** Slack member id of the desk assistant this person is */
    assistant: optionalField(
      z
        .string()
        .trim()
        .regex(/^[UW][A-Z0-9]{2,}$/, t.invalid.assistantSlackId),
    ),
    password: passwordSchemaIn(t),
  });
/** Fields as they come from a form or the command line; addStaffUser validates them. */
export type NewStaffUser = { [K in keyof z.input<ReturnType<typeof newStaffUserSchema>>]?: unknown };

export const staffUserListSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  lastLoginAt: true,
  createdAt: true,
  assistant: { select: { name: true, slackUserId: true } },
} as const;

export async function addStaffUser(prisma: PrismaClient, input: NewStaffUser, t: AdminCatalog = adminTexts('en')) {
  const user = parseOrThrow(newStaffUserSchema(t), input);
  let assistantId: string | null = null;
  if (user.assistant) {
    const assistant = await prisma.assistant.findUnique({
      where: { slackUserId: user.assistant },
      select: { id: true },
    });
    if (!assistant) throw new NotFoundError(t.invalid.noAssistant({ slackId: user.assistant }));
    assistantId = assistant.id;
  }
  try {
    return await prisma.staffUser.create({
      data: {
        email: user.email,
        name: user.name,
        role: user.role,
        assistantId,
        passwordHash: await hashPassword(user.password),
      },
      select: { id: true, email: true, name: true, role: true },
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new ConflictError(t.invalid.userExists({ email: user.email }));
    throw err;
  }
}

const emailSchema = (t: AdminCatalog) => z.email({ message: t.invalid.email }).transform((e) => e.toLowerCase());

/** Switches an account off (found by email or id) and ends its sessions at once. */
export async function disableStaffUser(
  prisma: PrismaClient,
  who: { email: string } | { id: string },
  t: AdminCatalog = adminTexts('en'),
): Promise<void> {
  const where: { email: string } | { id: string } =
    'email' in who ? { email: parseOrThrow(emailSchema(t), who.email) } : { id: who.id };
  const named =
    'email' in where ? t.invalid.userWithEmail({ email: where.email }) : t.invalid.userWithId({ id: where.id });
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.staffUser.updateMany({ where, data: { active: false } });
    if (count === 0) throw new NotFoundError(t.invalid.noUser({ who: named }));
    await tx.staffSession.deleteMany({ where: { user: where } });
  });
}

/** A new password ends every session of the account. */
export async function setStaffPassword(prisma: PrismaClient, email: string, password: string): Promise<void> {
  const t = adminTexts('en');
  const address = parseOrThrow(emailSchema(t), email);
  const passwordHash = await hashPassword(parseOrThrow(passwordSchemaIn(t), password));
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.staffUser.updateMany({
      where: { email: address },
      data: { passwordHash },
    });
    if (count === 0) throw new NotFoundError(t.invalid.noUser({ who: t.invalid.userWithEmail({ email: address }) }));
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
