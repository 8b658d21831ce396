import { isUniqueViolation, type PrismaClient, type Tx } from '../../infra/db/types.js';
import { ConflictError, NotFoundError } from '../../kernel/errors.js';

/** What linking did: the desk assistant the account now is, and how it came to be. */
export interface AssistantLink {
  assistantId: string;
  name: string;
  slackUserId: string;
  /** created: a new assistant; named: the account's own got the Slack id; joined: the account acts as the Slack one; merged: its own was folded into the Slack one */
  how: 'created' | 'named' | 'joined' | 'merged' | 'unchanged';
}

/**
 * Everything a browser-only assistant did moves to the Slack one, which the account then acts
 * as; the browser-only row goes. Tickets held, time logged, history and messages taken keep
 * their person, so both desks show one assistant.
 */
async function mergeInto(tx: Tx, from: string, into: string, staffId: string): Promise<void> {
  await tx.ticket.updateMany({ where: { assigneeId: from }, data: { assigneeId: into } });
  await tx.timeEntry.updateMany({ where: { assistantId: from }, data: { assistantId: into } });
  await tx.ticketEvent.updateMany({ where: { assistantId: from }, data: { assistantId: into } });
  await tx.takenMessage.updateMany({ where: { takenByAssistantId: from }, data: { takenByAssistantId: into } });
  await tx.staffUser.update({ where: { id: staffId }, data: { assistantId: null } });
  await tx.assistant.delete({ where: { id: from } });
  await tx.staffUser.update({ where: { id: staffId }, data: { assistantId: into } });
}

/**
 * Gives the desk assistant of back-office account `email` the Slack member `slackUserId`, so the
 * person is one assistant on the Slack desk and in the browser (a claim in one shows as theirs
 * in the other). An account that never acted gets a new assistant, or joins the Slack one that
 * exists; one that acted in the browser has its assistant named with the Slack id, or folded into
 * the Slack one. The account's row lock keeps a first desk act from making a second assistant meanwhile.
 */
export async function linkStaffToSlack(
  prisma: PrismaClient,
  email: string,
  slackUserId: string,
): Promise<AssistantLink> {
  try {
    return await prisma.$transaction((tx) => link(tx, email, slackUserId));
  } catch (err) {
    // the Slack assistant is already another account's
    if (isUniqueViolation(err))
      throw new ConflictError(`Slack member ${slackUserId} is already the assistant of another back-office account`);
    throw err;
  }
}

async function link(tx: Tx, email: string, slackUserId: string): Promise<AssistantLink> {
  const [staff] = await tx.$queryRaw<{ id: string; name: string; assistant_id: string | null }[]>`
      SELECT id, name, assistant_id FROM staff_users WHERE email = ${email.toLowerCase()} FOR UPDATE`;
  if (!staff) throw new NotFoundError(`No back-office account with email ${email.toLowerCase()}`);
  const own = staff.assistant_id ? await tx.assistant.findUniqueOrThrow({ where: { id: staff.assistant_id } }) : null;
  const slack = await tx.assistant.findUnique({ where: { slackUserId } });
  const linked = (row: { id: string; name: string }, how: AssistantLink['how']): AssistantLink => ({
    assistantId: row.id,
    name: row.name,
    slackUserId,
    how,
  });
  if (own && own.id === slack?.id) return linked(own, 'unchanged');
  if (own && slack) {
    // two people already on the Slack desk are never folded together by a typo
    if (own.slackUserId)
      throw new ConflictError(
        `The account is already the assistant ${own.name} (${own.slackUserId}); ${slackUserId} is ${slack.name}`,
      );
    await mergeInto(tx, own.id, slack.id, staff.id);
    return linked(slack, 'merged');
  }
  if (own) return linked(await tx.assistant.update({ where: { id: own.id }, data: { slackUserId } }), 'named');
  if (slack) {
    await tx.staffUser.update({ where: { id: staff.id }, data: { assistantId: slack.id } });
    return linked(slack, 'joined');
  }
  const created = await tx.assistant.create({ data: { name: staff.name, slackUserId } });
  await tx.staffUser.update({ where: { id: staff.id }, data: { assistantId: created.id } });
  return linked(created, 'created');
}
