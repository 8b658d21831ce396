import type { AnyMiddlewareArgs, App, Middleware } from '@slack/bolt';
import { escapeSlackText } from '../../channels/slack/blocks.js';
import type { Db } from '../../infra/db/types.js';
import { ticketLabel } from '../../domain/tickets/service.js';
import type { DeskAssistant } from '../acts/assistant.js';
import { deskStats, weekStart } from '../acts/week-stats.js';
import type { DeskContext } from '../context.js';
import type { DeskCatalog } from '../../i18n/desk-catalog.js';
import { formatMinutes } from '../texts.js';
import { assistantOf } from './guard.js';

/** The slash command the manifest declares. */
export const DESK_COMMAND = '/delego';
const LISTED = 15;

interface Listed {
  number: number;
  summary: string;
  status: string;
  client: { name: string };
}

function line(ticket: Listed): string {
  const waiting = ticket.status === 'waiting_client' ? ' :hourglass_flowing_sand:' : '';
  return `• ${ticketLabel(ticket.number)} ${escapeSlackText(ticket.client.name)}: ${escapeSlackText(ticket.summary)}${waiting}`;
}

function section(texts: DeskCatalog, title: string, tickets: Listed[], total: number): string {
  const lines = tickets.length === 0 ? [`_${texts.none}_`] : tickets.map(line);
  if (total > tickets.length) lines.push(texts.more(total - tickets.length));
  return `*${title}* (${total})\n${lines.join('\n')}`;
}

const listedSelect = { number: true, summary: true, status: true, client: { select: { name: true } } } as const;

/** `/delego`: the caller's tickets in hand, then the unclaimed ones, oldest first. */
export async function ticketList(db: Db, who: DeskAssistant, texts: DeskCatalog): Promise<string> {
  const mine = { assigneeId: who.id, status: { in: ['claimed' as const, 'waiting_client' as const] } };
  const open = { status: 'open' as const };
  const [myTickets, myCount, openTickets, openCount] = await Promise.all([
    db.ticket.findMany({ where: mine, select: listedSelect, orderBy: { createdAt: 'asc' }, take: LISTED }),
    db.ticket.count({ where: mine }),
    db.ticket.findMany({ where: open, select: listedSelect, orderBy: { createdAt: 'asc' }, take: LISTED }),
    db.ticket.count({ where: open }),
  ]);
  return [
    section(texts, texts.yourTickets, myTickets, myCount),
    section(texts, texts.unclaimedTickets, openTickets, openCount),
  ].join('\n\n');
}

const minutesOrDash = (value: number | null): string => (value === null ? '—' : formatMinutes(Math.round(value)));

/** `/delego stats`: this week's (Monday 00:00 in the desk's zone, until now) desk numbers. */
export async function weekReport(db: Db, now: Date, tz: string, texts: DeskCatalog): Promise<string> {
  const from = weekStart(now, tz);
  const inWeek = { gte: from, lt: now };
  const tickets = await db.ticket.findMany({
    where: { client: { isDemo: false }, OR: [{ createdAt: inWeek }, { claimedAt: inWeek }, { doneAt: inWeek }] },
    select: { createdAt: true, claimedAt: true, doneAt: true },
  });
  const stats = deskStats(tickets, from, now);
  const title = texts.statsTitle(texts.longDay(from, tz));
  return `*${title}*\n${texts.statsLine({ created: stats.created, claimed: stats.claimed, done: stats.done, toClaim: minutesOrDash(stats.medianClaimMin), toDone: minutesOrDash(stats.medianDoneMin) })}`;
}

export type CommandAnswer = { kind: 'list' } | { kind: 'stats' } | { kind: 'usage' };

/** What the text after the command asks for. */
export function parseCommand(text: string, texts: DeskCatalog): CommandAnswer {
  const word = text.trim().toLowerCase();
  if (word === '') return { kind: 'list' };
  if (texts.statsWords.includes(word)) return { kind: 'stats' };
  return { kind: 'usage' };
}

/** `/delego` behind the guard: the caller's list, or this week's numbers in the desk's zone `tz`. */
export function registerDeskCommand(
  app: App,
  ctx: DeskContext,
  tz: string,
  guard: Middleware<AnyMiddlewareArgs>,
): void {
  app.command(DESK_COMMAND, guard, async ({ ack, command, context }) => {
    const asked = parseCommand(command.text, ctx.texts);
    const text =
      asked.kind === 'list'
        ? await ticketList(ctx.prisma, assistantOf(context), ctx.texts)
        : asked.kind === 'stats'
          ? await weekReport(ctx.prisma, ctx.clock(), tz, ctx.texts)
          : ctx.texts.commandUsage;
    await ack({ response_type: 'ephemeral', text });
  });
}
