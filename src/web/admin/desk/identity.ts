import type { PrismaClient } from '../../../infra/db/types.js';
import type { DeskAssistant } from '../../../desk/acts/assistant.js';
import type { StaffIdentity } from '../sessions.js';

/** The desk assistant a back-office account acts as, and whether they may still act. */
export interface StaffAssistant extends DeskAssistant {
  active: boolean;
}

const assistantSelect = { id: true, name: true, active: true } as const;

/**
 * The desk assistant behind a back-office account. An account linked to one (`--assistant`, a
 * Slack member) acts as them; an account with none gets its own on its first desk act, named
 * like the account and with no Slack id, so an agency without Slack can hold tickets. The row
 * lock makes two first acts at once create one assistant.
 */
export async function staffAssistant(prisma: PrismaClient, staff: StaffIdentity): Promise<StaffAssistant> {
  if (staff.assistantId) {
    const linked = await prisma.assistant.findUnique({ where: { id: staff.assistantId }, select: assistantSelect });
    if (linked) return linked;
  }
  return prisma.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ assistant_id: string | null }[]>`
      SELECT assistant_id FROM staff_users WHERE id = ${staff.id}::uuid FOR UPDATE`;
    if (row?.assistant_id)
      return tx.assistant.findUniqueOrThrow({ where: { id: row.assistant_id }, select: assistantSelect });
    const assistant = await tx.assistant.create({ data: { name: staff.name }, select: assistantSelect });
    await tx.staffUser.update({ where: { id: staff.id }, data: { assistantId: assistant.id } });
    return assistant;
  });
}
