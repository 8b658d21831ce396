import type { types } from '@slack/bolt';
import { escapeSlackText } from '../../channels/slack/blocks.js';
import type { TaskCategory, TicketStatus } from '../../generated/prisma/enums.js';
import { statusHolds, type Availability } from '../../domain/segreteria/decide.js';
import { ticketLabel } from '../../domain/tickets/service.js';
import { activeStatuses } from '../../domain/tickets/lifecycle.js';
import { deskActions } from '../slack/interactions.js';
import { bookingButtons, bookingSection, type CardBooking } from './booking-section.js';
import { slaState, type SlaLevel, type SlaRules, type SlaState } from '../sla.js';
import type { DeskCatalog } from '../../i18n/desk-catalog.js';
import { formatMinutes } from '../texts.js';

/** Everything a ticket card shows, read from the database in one place (card-data.ts). */
export interface CardView {
  ticketId: string;
  number: number;
  clientName: string;
  /** the client's time zone: a due day ends at its midnight */
  clientTz: string;
  summary: string;
  details: string;
  category: TaskCategory;
  status: TicketStatus;
  createdAt: Date;
  due: Date | null;
  dueAt: Date | null;
  doneAt: Date | null;
  assignee: DeskPerson | null;
  minutesSpent: number;
  balanceMinutes: number;
  packageMinutes: number;
  /** the client's files: their names, and whether their bytes are kept (then they are in the thread) */
  attachments: { id: string; name: string; downloaded: boolean }[];
  rating: number | null;
  /** Slack user ids of the active assistants whose skills fit the category */
  suggested: string[];
  /** what the client said about themselves ("in a meeting until 16:00"), shown while it holds */
  clientAvailability?: Availability;
  /** the booking a booking ticket arranges */
  booking?: CardBooking | null;
  /** a call-back the client asked for on an urgent taken message: due within the hour */
  urgentCallback?: boolean;
}

export interface CardOptions {
  now: Date;
  /** the desk's time zone, for the deadline's plain-text fallback */
  tz: string;
  /** the desk's words, in DESK_LANG */
  texts: DeskCatalog;
  sla?: SlaRules;
  /** where Delego is opened (PUBLIC_URL): a kept file links to its back-office download, behind the staff login */
  siteUrl?: string | undefined;
}

/** Section text may hold 3000 characters; the rest of a long request goes in the thread. */
export const CARD_DETAILS_LIMIT = 2500;
const ATTACHMENTS_LISTED = 10;

const slaEmoji: Record<SlaLevel, string> = {
  ok: ':large_green_circle:',
  warning: ':large_orange_circle:',
  breached: ':red_circle:',
  closed: ':white_circle:',
};

/** An assistant as the desk knows them: a Slack member, or someone who works only in the back-office. */
export interface DeskPerson {
  name: string;
  slackUserId: string | null;
}

/** A Slack mention of the assistant, or their name when they have no Slack account. */
export const mention = (who: DeskPerson): string =>
  who.slackUserId ? `<@${who.slackUserId}>` : escapeSlackText(who.name);

/** A request longer than the card holds: the card shows its start and the thread the rest. */
export function detailsOverflow(details: string): boolean {
  return [...details].length > CARD_DETAILS_LIMIT;
}

/** An active ticket whose booking the client cancelled in the chat: nothing is left to do but tell the venue and close it. */
export function awaitsClose(view: Pick<CardView, 'status' | 'booking'>): boolean {
  return (activeStatuses as readonly TicketStatus[]).includes(view.status) && view.booking?.cancelledByClient === true;
}

function statusText(view: CardView, texts: DeskCatalog): string {
  if (awaitsClose(view)) return texts.card.bookingCancelledByClient;
  const who = view.assignee ? mention(view.assignee) : texts.card.nobody;
  switch (view.status) {
    case 'open':
      return texts.card.open;
    case 'claimed':
      return texts.card.claimedBy(who);
    case 'waiting_client':
      return texts.card.waitingFor(who);
    case 'done':
      return texts.card.doneBy(who);
    case 'cancelled':
      return texts.card.cancelled;
  }
}

/** A date for Slack: the token shows in each reader's own zone, the plain-text fallback in `tz`. */
export function slackDate(at: Date, tz: string, texts: DeskCatalog): string {
  return `<!date^${Math.floor(at.getTime() / 1000)}^{date_short_pretty} {time}|${texts.dateTime(at, tz)}>`;
}

function dueText(view: CardView, tz: string, texts: DeskCatalog): string {
  if (view.dueAt) return slackDate(view.dueAt, tz, texts);
  if (view.due) return texts.date(view.due, 'UTC');
  return texts.card.noDeadline;
}

/** The SLA verdict in the desk's language. */
export function slaText(sla: SlaState, texts: DeskCatalog): string {
  switch (sla.reason) {
    case 'overdue':
    case 'unclaimed':
    case 'dueSoon':
      return texts.sla[sla.reason](sla.minutes ?? 0);
    default:
      return texts.sla[sla.reason];
  }
}

function requestText(view: CardView, texts: DeskCatalog): string {
  const chars = [...view.details.trim()];
  const shown =
    chars.length > CARD_DETAILS_LIMIT
      ? `${chars.slice(0, CARD_DETAILS_LIMIT).join('')}… ${texts.card.continued}`
      : chars.join('');
  const body = shown.trim() === '' ? escapeSlackText(view.summary) : escapeSlackText(shown).replace(/\n/g, '\n>');
  return `*${escapeSlackText(view.clientName)}*\n>${body}`;
}

function hoursText(view: CardView, texts: DeskCatalog): string {
  if (view.packageMinutes > 0) return texts.card.hoursLeft(view.balanceMinutes, view.packageMinutes);
  return view.balanceMinutes === 0 ? texts.card.noPackage : texts.card.balanceNoPackage(view.balanceMinutes);
}

function button(text: string, actionId: string, ticketId: string, style?: 'primary'): types.Button {
  return {
    type: 'button',
    text: { type: 'plain_text', text, emoji: true },
    action_id: actionId,
    value: ticketId,
    ...(style ? { style } : {}),
  };
}

function actionButtons(view: CardView, texts: DeskCatalog): types.Button[] {
  if (awaitsClose(view)) return [button(texts.card.close, deskActions.close, view.ticketId, 'primary')];
  switch (view.status) {
    case 'open':
      return [button(texts.card.claim, deskActions.claim, view.ticketId, 'primary')];
    case 'claimed':
    case 'waiting_client':
      return [
        button(texts.card.done, deskActions.done, view.ticketId, 'primary'),
        button(texts.card.ask, deskActions.ask, view.ticketId),
        button(texts.card.release, deskActions.release, view.ticketId),
      ];
    case 'done':
    case 'cancelled':
      return [];
  }
}

/** The plain text Slack uses in notifications and for screen readers. */
export function cardFallbackText(view: Pick<CardView, 'number' | 'clientName' | 'summary'>): string {
  return escapeSlackText(`${ticketLabel(view.number)} ${view.clientName}: ${view.summary}`);
}

function fieldsOf(view: CardView, options: CardOptions): types.MrkdwnElement[] {
  const { texts } = options;
  const sla = slaState(view, options.now, view.clientTz, options.sla);
  const field = (title: string, value: string): types.MrkdwnElement => ({
    type: 'mrkdwn',
    text: `*${title}*\n${value}`,
  });
  const fields = [
    field(texts.card.status, statusText(view, texts)),
    field(texts.card.due, dueText(view, options.tz, texts)),
    field(texts.card.sla, `${slaEmoji[sla.level]} ${slaText(sla, texts)}`),
    field(texts.card.timeSpent, formatMinutes(view.minutesSpent)),
    field(texts.card.clientHours, hoursText(view, texts)),
  ];
  if (view.rating !== null) fields.push(field(texts.card.rating, `${':star:'.repeat(view.rating)} ${view.rating}/5`));
  return fields;
}

const context = (text: string): types.ContextBlock => ({ type: 'context', elements: [{ type: 'mrkdwn', text }] });

/** A file on the card: a link to its download in the back-office once kept (only staff logged in open it). */
function attachmentText(view: CardView, file: CardView['attachments'][number], options: CardOptions): string {
  const name = escapeSlackText(file.name);
  if (!file.downloaded) return `${name} (${options.texts.files.notDownloaded})`;
  if (!options.siteUrl) return name;
  const link = `${options.siteUrl}/admin/tickets/${view.number}/files/${file.id}`;
  return `<${link}|${name}>`;
}

/** The lines under the fields: attachments, the client's availability, who fits. */
function contextBlocks(view: CardView, options: CardOptions): types.ContextBlock[] {
  const { texts } = options;
  const blocks: types.ContextBlock[] = [];
  if (view.attachments.length > 0) {
    const names = view.attachments.slice(0, ATTACHMENTS_LISTED).map((a) => attachmentText(view, a, options));
    const more =
      view.attachments.length > ATTACHMENTS_LISTED
        ? texts.card.moreAttachments(view.attachments.length - ATTACHMENTS_LISTED)
        : '';
    blocks.push(context(`:paperclip: ${names.join(', ')}${more}`));
  }
  if (view.clientAvailability && statusHolds(view.clientAvailability, options.now)) {
    const until = view.clientAvailability.until!;
    const at = `<!date^${Math.floor(until.getTime() / 1000)}^{time}|${texts.time(until, options.tz)}>`;
    blocks.push(context(texts.clientStatus(view.clientAvailability.kind === 'dnd', at)));
  }
  if (view.status === 'open' && view.suggested.length > 0)
    blocks.push(
      context(texts.card.fits(texts.categories[view.category], view.suggested.map((id) => `<@${id}>`).join(' '))),
    );
  return blocks;
}

/**
 * A ticket card: number and category, client and request, status, deadline, SLA, time spent,
 * the client's balance, attachments, who fits, and the buttons that fit the status.
 */
export function ticketCard(view: CardView, options: CardOptions): { text: string; blocks: types.KnownBlock[] } {
  const { texts } = options;
  const header = `${ticketLabel(view.number)} · ${texts.categories[view.category]}`;
  const blocks: types.KnownBlock[] = [{ type: 'header', text: { type: 'plain_text', text: header, emoji: true } }];
  if (view.urgentCallback) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: texts.card.urgentCallback } });
  blocks.push(
    { type: 'section', text: { type: 'mrkdwn', text: requestText(view, texts) } },
    { type: 'section', fields: fieldsOf(view, options) },
  );
  if (view.booking) blocks.push(bookingSection(view.booking, view.clientTz, texts));
  blocks.push(...contextBlocks(view, options));
  const buttons = actionButtons(view, texts);
  if (buttons.length > 0) blocks.push({ type: 'actions', block_id: 'desk-actions', elements: buttons });
  const bookingRow = view.booking && !awaitsClose(view) ? bookingButtons(view, view.booking, texts) : [];
  if (bookingRow.length > 0) blocks.push({ type: 'actions', block_id: 'desk-booking-actions', elements: bookingRow });
  return { text: cardFallbackText(view), blocks };
}
