import { createHash } from 'node:crypto';
import type { types, webApi } from '@slack/bolt';
import { escapeSlackText } from '../../channels/slack/blocks.js';
import { fromSlackError } from '../../channels/slack/web-api-errors.js';
import type { PrismaClient } from '../../infra/db/types.js';
import { errorMessage } from '../../kernel/errors.js';
import type { Logger } from '../../infra/logger.js';
import type { FileStore } from '../../domain/files/store.js';
import { loadCardView } from './card-view.js';
import { createThreadFiles } from './thread-files.js';
import { detailsOverflow, ticketCard, type CardOptions, type CardView } from './ticket-card.js';
import type { SlaRules } from '../sla.js';
import type { DeskCatalog } from '../../i18n/desk-catalog.js';

export interface CardsDeps {
  prisma: PrismaClient;
  client: webApi.WebClient;
  /** SLACK_DESK_CHANNEL */
  channel: string;
  clock: () => Date;
  /** the desk's time zone, for deadlines and SLA */
  tz: string;
  /** the desk's words, in DESK_LANG */
  texts: DeskCatalog;
  sla?: SlaRules;
  logger: Logger;
  /** where clients' files are kept, to upload them into the card's thread */
  store: FileStore;
  /** where Delego is opened: the card links each kept file to its back-office download */
  siteUrl?: string | undefined;
}

export interface ThreadOptions {
  broadcast?: boolean;
  /** the message's blocks (buttons): then it goes as one message, `text` its fallback */
  blocks?: types.KnownBlock[];
}

export type PostOutcome = 'posted' | 'already posted' | 'no card needed';

export interface Cards {
  /** posts the card of a ticket that has none yet; Slack failures are thrown (the queue retries) */
  post(ticketId: string): Promise<PostOutcome>;
  /** redraws a posted card from the database; failures are logged, the next change redraws */
  refresh(ticketId: string): Promise<void>;
  /**
   * A message in the ticket's thread (also shown in the channel with `broadcast`); false, with
   * nothing posted, when the card is not posted yet.
   */
  thread(ticketId: string, text: string, options?: ThreadOptions): Promise<boolean>;
  /** a message only `user` sees, in the card's channel (and thread, when given) */
  ephemeral(
    user: string,
    text: string,
    where?: { channel?: string | undefined; threadTs?: string | undefined },
  ): Promise<void>;
  /** uploads the ticket's kept files not yet in its thread; false, with nothing uploaded, while it has no card */
  files(ticketId: string): Promise<boolean>;
}

/** Slack truncates message text past 40,000 characters and reads best in short parts. */
const THREAD_CHUNK = 3500;

/** Splits escaped text into message-sized parts, never inside an entity such as &amp;. */
export function chunks(text: string, size = THREAD_CHUNK): string[] {
  const chars = [...text];
  const out: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = Math.min(start + size, chars.length);
    const amp = chars.lastIndexOf('&', end - 1);
    if (end < chars.length && amp > start && amp > end - 5 && !chars.slice(amp, end).includes(';')) end = amp;
    out.push(chars.slice(start, end).join(''));
    start = end;
  }
  return out;
}

/** What identifies a drawn card: the same blocks and text give the same hash. */
function cardHash(card: ReturnType<typeof ticketCard>): string {
  return createHash('sha256').update(JSON.stringify(card)).digest('hex');
}

async function slack<T>(method: string, call: () => Promise<T>, context: Record<string, unknown> = {}): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw fromSlackError(err, { method, ...context });
  }
}

/** A message in a thread, in message-sized parts. */
async function postThreadParts(
  client: webApi.WebClient,
  message: { channel: string; threadTs: string; text: string; broadcast: boolean },
): Promise<void> {
  const { channel } = message;
  for (const part of chunks(message.text)) {
    await slack(
      'chat.postMessage',
      () =>
        client.chat.postMessage({
          channel,
          thread_ts: message.threadTs,
          reply_broadcast: message.broadcast,
          text: part,
          unfurl_links: false,
          unfurl_media: false,
        }),
      { channel },
    );
  }
}

/** Where a ticket's card is (its thread's parent). */
const cardPlace = { slackChannel: true, slackTs: true } as const;

/** One message with blocks (buttons) in a thread, `text` (its first part) the fallback for notifications. */
async function postThreadBlocks(
  client: webApi.WebClient,
  message: { channel: string; threadTs: string; text: string; blocks: types.KnownBlock[] },
): Promise<void> {
  const { channel, threadTs, blocks } = message;
  const text = chunks(message.text)[0] ?? '';
  await slack(
    'chat.postMessage',
    () => client.chat.postMessage({ channel, thread_ts: threadTs, text, blocks, unfurl_links: false }),
    { channel },
  );
}

/** A message only `user` sees, in the desk channel unless `where` says another (and a thread). */
function postEphemeral(deps: Pick<CardsDeps, 'client' | 'channel'>): Cards['ephemeral'] {
  return async (user, text, where = {}) => {
    const channel = where.channel ?? deps.channel;
    await slack(
      'chat.postEphemeral',
      () =>
        deps.client.chat.postEphemeral({
          channel,
          user,
          text,
          ...(where.threadTs ? { thread_ts: where.threadTs } : {}),
        }),
      { channel },
    );
  };
}

/** How cards are drawn now: the clock, the desk's zone and words, SLA rules, where files are opened. */
function cardOptions(deps: CardsDeps): CardOptions {
  const options: CardOptions = { now: deps.clock(), tz: deps.tz, texts: deps.texts, siteUrl: deps.siteUrl };
  return deps.sla ? { ...options, sla: deps.sla } : options;
}

/**
 * The desk cards in the desk channel: one message per ticket, posted once, then redrawn in place
 * with chat.update on every change. The ticket row holds where its card is (slackChannel,
 * slackTs), so threads survive restarts. Redraws of one ticket run one after the other, so an
 * older state never lands after a newer one.
 */
export function createCards(deps: CardsDeps): Cards {
  const log = deps.logger.child({ component: 'desk-cards' });
  const redraws = new Map<string, Promise<void>>();
  const render = (view: CardView) => ticketCard(view, cardOptions(deps));

  const postInThread = (channel: string, threadTs: string, text: string, broadcast = false) =>
    postThreadParts(deps.client, { channel, threadTs, text, broadcast });

  /** Redraws the card unless it would look exactly as it was last drawn (by any process: the hash is on the ticket). */
  async function redraw(ticketId: string): Promise<void> {
    const view = await loadCardView(deps.prisma, ticketId, deps.texts);
    if (!view?.slackChannel || !view.slackTs) return;
    const { slackChannel: channel, slackTs: ts } = view;
    const card = render(view);
    const hash = cardHash(card);
    if (hash === view.slackCardHash) return;
    await slack('chat.update', () => deps.client.chat.update({ channel, ts, ...card }), { channel, ticketId });
    await deps.prisma.ticket.updateMany({ where: { id: ticketId, slackTs: ts }, data: { slackCardHash: hash } });
  }

  function refresh(ticketId: string): Promise<void> {
    const previous = redraws.get(ticketId) ?? Promise.resolve();
    const next = previous
      .then(() => redraw(ticketId))
      .catch((err: unknown) => log.warn({ err: errorMessage(err), ticketId }, 'desk card not redrawn'));
    redraws.set(ticketId, next);
    void next.finally(() => {
      if (redraws.get(ticketId) === next) redraws.delete(ticketId);
    });
    return next;
  }

  async function post(ticketId: string): Promise<PostOutcome> {
    const view = await loadCardView(deps.prisma, ticketId, deps.texts);
    if (!view || view.status === 'cancelled') return 'no card needed';
    if (view.slackTs) return 'already posted';
    const card = render(view);
    const posted = await slack(
      'chat.postMessage',
      () => deps.client.chat.postMessage({ channel: deps.channel, ...card, unfurl_links: false, unfurl_media: false }),
      { channel: deps.channel, ticketId },
    );
    const ts = posted.ts;
    const channel = posted.channel ?? deps.channel;
    if (!ts) throw new Error('chat.postMessage answered without a ts');
    const { count } = await deps.prisma.ticket.updateMany({
      where: { id: ticketId, slackTs: null },
      data: { slackChannel: channel, slackTs: ts, slackCardHash: cardHash(card) },
    });
    if (count === 0) {
      log.warn({ ticketId, ts }, 'desk card posted twice: another worker linked its card first');
      return 'already posted';
    }
    log.info({ ticketId, number: view.number }, 'desk card posted');
    try {
      await postInThread(channel, ts, deps.texts.threadHint);
      if (detailsOverflow(view.details))
        await postInThread(channel, ts, `${deps.texts.fullRequest}\n${escapeSlackText(view.details)}`);
    } catch (err) {
      log.warn({ err: errorMessage(err), ticketId }, 'desk card thread intro not posted');
    }
    // The ticket may have changed while the card was on its way (a client message, a cancel): redrawn if so.
    await refresh(ticketId);
    return 'posted';
  }

  async function thread(ticketId: string, text: string, options: ThreadOptions = {}): Promise<boolean> {
    const ticket = await deps.prisma.ticket.findUnique({ where: { id: ticketId }, select: cardPlace });
    if (!ticket?.slackChannel || !ticket.slackTs) return false;
    const where = { channel: ticket.slackChannel, threadTs: ticket.slackTs };
    if (options.blocks) await postThreadBlocks(deps.client, { ...where, text, blocks: options.blocks });
    else await postInThread(where.channel, where.threadTs, text, options.broadcast);
    return true;
  }

  const files = createThreadFiles({ ...deps, logger: log });
  return { post, refresh, thread, ephemeral: postEphemeral(deps), files };
}
