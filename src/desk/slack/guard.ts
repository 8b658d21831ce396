import type { AnyMiddlewareArgs, Context, Middleware, webApi } from '@slack/bolt';
import { z } from 'zod';
import type { Db } from '../../infra/db/types.js';
import type { Logger } from '../../infra/logger.js';
import { errorMessage } from '../../kernel/errors.js';
import type { DeskAssistant } from '../acts/assistant.js';
import type { DeskCatalog } from '../../i18n/desk-catalog.js';

/** An active assistant as the Slack desk knows them. */
export interface SlackAssistant extends DeskAssistant {
  slackUserId: string;
}

/** Where the guard leaves the assistant on Bolt's context. */
const CONTEXT_KEY = 'deskAssistant';
const assistantSchema = z.object({ id: z.string(), name: z.string(), slackUserId: z.string() });

/** The active assistant behind a Slack user, or null: only they may act on the desk. */
async function activeAssistant(db: Db, slackUserId: string): Promise<SlackAssistant | null> {
  const who = await db.assistant.findFirst({ where: { slackUserId, active: true }, select: { id: true, name: true } });
  return who && { ...who, slackUserId };
}

/** The assistant the guard let through; a listener registered without the guard is a bug. */
export function assistantOf(context: Context): SlackAssistant {
  const who = assistantSchema.safeParse(context[CONTEXT_KEY]);
  if (!who.success) throw new Error('desk listener reached without the active-assistant guard');
  return who.data;
}

const bodyUser = z.object({ user: z.object({ id: z.string().min(1) }) });
const eventUser = z.object({ user: z.string().min(1), channel: z.string().min(1), thread_ts: z.string().optional() });
const actionChannel = z.object({
  channel: z.object({ id: z.string() }).nullish(),
  container: z.object({ channel_id: z.string().optional() }).nullish(),
});
const submittedView = z.object({
  view: z.object({
    blocks: z.array(z.object({ type: z.string(), block_id: z.string().optional() })).optional(),
    state: z.object({ values: z.record(z.string(), z.unknown()) }).optional(),
  }),
});

function slackUserOf(args: AnyMiddlewareArgs): string | undefined {
  if ('command' in args) return args.command.user_id || undefined;
  if ('event' in args) return eventUser.safeParse(args.event).data?.user;
  return bodyUser.safeParse(args.body).data?.user.id;
}

/** A refusal in a modal shows under its first input (from the view, or the first value sent). */
function firstInputOf(body: unknown): string | undefined {
  const view = submittedView.safeParse(body).data?.view;
  const input = view?.blocks?.find((block) => block.type === 'input' && block.block_id)?.block_id;
  return input ?? Object.keys(view?.state?.values ?? {})[0];
}

/** The channel (and thread) a private refusal goes to: where the press or the message was. */
function whereOf(args: AnyMiddlewareArgs): { channel?: string | undefined; threadTs?: string | undefined } {
  if ('event' in args) {
    const event = eventUser.safeParse(args.event).data;
    return { channel: event?.channel, threadTs: event?.thread_ts };
  }
  const press = actionChannel.safeParse(args.body).data;
  return { channel: press?.channel?.id ?? press?.container?.channel_id };
}

async function tellPrivately(client: webApi.WebClient, user: string, where: ReturnType<typeof whereOf>, text: string) {
  if (!where.channel) return void (await client.chat.postMessage({ channel: user, text }));
  await client.chat.postEphemeral({
    channel: where.channel,
    user,
    text,
    ...(where.threadTs ? { thread_ts: where.threadTs } : {}),
  });
}

/** Refuses in the form the surface allows: what Slack shows the person, and nothing more. */
async function refuse(
  args: AnyMiddlewareArgs & { client: webApi.WebClient },
  user: string,
  text: string,
): Promise<void> {
  if ('command' in args) return args.ack({ response_type: 'ephemeral', text });
  if ('options' in args) return args.ack({ options: [] });
  if ('view' in args) {
    const input = firstInputOf(args.body);
    return args.ack(input ? { response_action: 'errors', errors: { [input]: text } } : undefined);
  }
  // a shortcut has no channel: the refusal comes as a direct message
  if ('shortcut' in args) await args.ack();
  if ('action' in args) await args.ack();
  if (user) await tellPrivately(args.client, user, 'shortcut' in args ? {} : whereOf(args), text);
}

/**
 * The desk's one guard, as Bolt listener middleware: only an active assistant passes, and finds
 * themselves on the context (`assistantOf`). Anyone else, including an assistant switched off
 * after claiming a ticket, is refused in the form right for the surface: an ephemeral message
 * for buttons and card-thread messages, an ephemeral answer to /delego, an error under the
 * modal's first input, a direct message for a shortcut, and no options in a select.
 */
export function activeAssistantGuard(deps: {
  prisma: Db;
  logger: Logger;
  texts: DeskCatalog;
}): Middleware<AnyMiddlewareArgs> {
  const log = deps.logger.child({ component: 'desk-guard' });
  return async (args) => {
    const user = slackUserOf(args);
    const who = user ? await activeAssistant(deps.prisma, user) : null;
    if (who) {
      args.context[CONTEXT_KEY] = who;
      return args.next();
    }
    await refuse(args, user ?? '', deps.texts.notAnAssistant).catch((err: unknown) =>
      log.warn({ err: errorMessage(err), user }, 'desk refusal not shown'),
    );
  };
}
