import type { types } from '@slack/bolt';
import { escapeSlackText } from '../../channels/slack/blocks.js';
import { formatLocal } from '../../kernel/time.js';
import type { TaskCategory, TicketStatus } from '../../generated/prisma/enums.js';
import { statusHolds, type Availability } from '../../domain/segreteria/decide.js';
import { ticketLabel } from '../../domain/tickets/service.js';
import { deskActions } from '../slack/interactions.js';
import { bookingButtons, bookingSection, type CardBooking } from './booking-section.js';
import { slaState, type SlaLevel, type SlaRules } from '../sla.js';
import { deskFileTexts } from '../files-texts.js';
import { deskTexts, formatMinutes } from '../texts.js';

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
  assignee: { name: string; slackUserId: string } | null;
  minutesSpent: number;
  balanceMinutes: number;
  packageMinutes: number;
  /** the client's files: their names, and whether their bytes are kept (then they are in the thread) */
  attachments: { name: string; downloaded: boolean }[];
  rating: number | null;
  /** Slack user ids of the active assistants whose skills fit the category */
  suggested: string[];
  /** what the client said about themselves ("in a meeting until 16:00"), shown while it holds */
  clientAvailability?: Availability;
  /** the booking a booking ticket arranges */
  booking?: CardBooking | null;
}

export interface CardOptions {
  now: Date;
  /** the desk's time zone, for the deadline's plain-text fallback */
  tz: string;
  sla?: SlaRules;
}

/** Section text may hold 3000 characters; the rest of a long request goes in the thread. */
export const CARD_DETAILS_LIMIT = 2500;
const ATTACHMENTS_LISTED = 10;

const categoryLabels: Record<TaskCategory, string> = {
  translation: 'Translation',
  writing: 'Writing',
  social: 'Social media',
  admin: 'Admin',
  email: 'Email',
  research: 'Research',
  call: 'Phone call',
  booking: 'Booking',
  other: 'Other',
};

const slaEmoji: Record<SlaLevel, string> = {
  ok: ':large_green_circle:',
  warning: ':large_orange_circle:',
  breached: ':red_circle:',
  closed: ':white_circle:',
};

const mention = (slackUserId: string): string => `<@${slackUserId}>`;

/** A request longer than the card holds: the card shows its start and the thread the rest. */
export function detailsOverflow(details: string): boolean {
  return [...details].length > CARD_DETAILS_LIMIT;
}

function statusText(view: CardView): string {
  const who = view.assignee ? mention(view.assignee.slackUserId) : 'nobody';
  switch (view.status) {
    case 'open':
      return ':white_circle: Open';
    case 'claimed':
      return `:large_blue_circle: Claimed by ${who}`;
    case 'waiting_client':
      return `:hourglass_flowing_sand: Waiting for the client (${who})`;
    case 'done':
      return `:white_check_mark: Done by ${who}`;
    case 'cancelled':
      return ':x: Cancelled by the client';
  }
}

function dueText(view: CardView, tz: string): string {
  if (view.dueAt) {
    const fallback = formatLocal(view.dueAt, tz, 'EEE d MMM yyyy HH:mm');
    // Slack shows the date token in each reader's own time zone.
    return `<!date^${Math.floor(view.dueAt.getTime() / 1000)}^{date_short_pretty} {time}|${fallback}>`;
  }
  if (view.due) return formatLocal(view.due, 'UTC', 'EEE d MMM yyyy');
  return 'no deadline';
}

function requestText(view: CardView): string {
  const chars = [...view.details.trim()];
  const shown =
    chars.length > CARD_DETAILS_LIMIT
      ? `${chars.slice(0, CARD_DETAILS_LIMIT).join('')}… _(continued in the thread)_`
      : chars.join('');
  const body = shown.trim() === '' ? escapeSlackText(view.summary) : escapeSlackText(shown).replace(/\n/g, '\n>');
  return `*${escapeSlackText(view.clientName)}*\n>${body}`;
}

function hoursText(view: CardView): string {
  if (view.packageMinutes > 0)
    return `${formatMinutes(view.balanceMinutes)} left of ${formatMinutes(view.packageMinutes)}`;
  return view.balanceMinutes === 0 ? 'no package' : `${formatMinutes(view.balanceMinutes)}, no package`;
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

function actionButtons(view: CardView): types.Button[] {
  switch (view.status) {
    case 'open':
      return [button('Claim', deskActions.claim, view.ticketId, 'primary')];
    case 'claimed':
    case 'waiting_client':
      return [
        button('Done', deskActions.done, view.ticketId, 'primary'),
        button('Ask client', deskActions.ask, view.ticketId),
        button('Release', deskActions.release, view.ticketId),
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

/**
 * A ticket card: number and category, client and request, status, deadline, SLA, time spent,
 * the client's balance, attachments, who fits, and the buttons that fit the status.
 */
export function ticketCard(view: CardView, options: CardOptions): { text: string; blocks: types.KnownBlock[] } {
  const sla = slaState(view, options.now, view.clientTz, options.sla);
  const fields: types.MrkdwnElement[] = [
    { type: 'mrkdwn', text: `*Status*\n${statusText(view)}` },
    { type: 'mrkdwn', text: `*Due*\n${dueText(view, options.tz)}` },
    { type: 'mrkdwn', text: `*SLA*\n${slaEmoji[sla.level]} ${sla.label}` },
    { type: 'mrkdwn', text: `*Time spent*\n${formatMinutes(view.minutesSpent)}` },
    { type: 'mrkdwn', text: `*Client's hours*\n${hoursText(view)}` },
  ];
  if (view.rating !== null)
    fields.push({ type: 'mrkdwn', text: `*Rating*\n${':star:'.repeat(view.rating)} ${view.rating}/5` });

  const blocks: types.KnownBlock[] = [
    {
      type: 'header',
      text: { type: 'plain_text', text: `${ticketLabel(view.number)} · ${categoryLabels[view.category]}`, emoji: true },
    },
    { type: 'section', text: { type: 'mrkdwn', text: requestText(view) } },
    { type: 'section', fields },
  ];
  if (view.booking) blocks.push(bookingSection(view.booking, view.clientTz));
  if (view.attachments.length > 0) {
    const names = view.attachments
      .slice(0, ATTACHMENTS_LISTED)
      .map((a) => `${escapeSlackText(a.name)}${a.downloaded ? '' : ` (${deskFileTexts.notDownloaded})`}`);
    const more =
      view.attachments.length > ATTACHMENTS_LISTED ? ` and ${view.attachments.length - ATTACHMENTS_LISTED} more` : '';
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `:paperclip: ${names.join(', ')}${more}` }] });
  }
  if (view.clientAvailability && statusHolds(view.clientAvailability, options.now)) {
    const until = view.clientAvailability.until!;
    const fallback = formatLocal(until, options.tz, 'HH:mm');
    const at = `<!date^${Math.floor(until.getTime() / 1000)}^{time}|${fallback}>`;
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: deskTexts.clientStatus(view.clientAvailability.kind === 'dnd', at) }],
    });
  }
  if (view.status === 'open' && view.suggested.length > 0) {
    blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: `Fits ${categoryLabels[view.category].toLowerCase()}: ${view.suggested.map(mention).join(' ')}`,
        },
      ],
    });
  }
  const buttons = actionButtons(view);
  if (buttons.length > 0) blocks.push({ type: 'actions', block_id: 'desk-actions', elements: buttons });
  const bookingRow = view.booking ? bookingButtons(view, view.booking) : [];
  if (bookingRow.length > 0) blocks.push({ type: 'actions', block_id: 'desk-booking-actions', elements: bookingRow });
  return { text: cardFallbackText(view), blocks };
}
