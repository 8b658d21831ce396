import type { App, SlackShortcut, ViewSubmitAction, webApi } from '@slack/bolt';
import { escapeSlackText } from '../../channels/slack/blocks.js';
import { fromSlackError } from '../../channels/slack/web-api-errors.js';
import { likeLiteral, type PrismaClient } from '../../infra/db/types.js';
import { NotFoundError, errorMessage } from '../../kernel/errors.js';
import type { Logger } from '../../infra/logger.js';
import {
  checkTakeMessageInput,
  type TakeMessageInput,
  type TakeMessageIssue,
  type TakeMessageOutcome,
} from '../../domain/segreteria/messages.js';
import {
  parseTakeMessageSubmission,
  plain,
  TAKE_MESSAGE_CLIENT_ACTION,
  TAKE_MESSAGE_ID,
  takeMessageBlockOf,
  takeMessageModal,
} from '../modals/take-message-modal.js';
import type { DeskCatalog } from '../../i18n/desk-catalog.js';
import { activeAssistantGuard, assistantOf } from './guard.js';

/** Slack shows at most 100 options in a select. */
const CLIENTS_OFFERED = 100;
const truncate = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** Erased and demo clients get no messages taken. */
const messageableClients = { erasedAt: null, isDemo: false } as const;

export interface TakeMessageListenerDeps {
  prisma: PrismaClient;
  takeMessage(input: TakeMessageInput): Promise<{ outcome: TakeMessageOutcome }>;
  /** the desk's time zone, for "held until" */
  tz: string;
  /** the desk's words, in DESK_LANG */
  texts: DeskCatalog;
  clock: () => Date;
  logger: Logger;
}

/** What is wrong with a field of the form, in the desk's words. */
function problemText(texts: DeskCatalog, field: string, issue: TakeMessageIssue): string {
  const fields: Record<string, string> = texts.takeMessageFields;
  return texts.takeMessageProblem(fields[field] ?? field, texts.takeMessageIssues[issue]);
}

export function registerTakeMessage(app: App, deps: TakeMessageListenerDeps): void {
  const log = deps.logger.child({ component: 'desk-take-message' });
  const dm = (client: webApi.WebClient, user: string, text: string) =>
    client.chat
      .postMessage({ channel: user, text })
      .catch((err: unknown) => log.warn({ err: errorMessage(err) }, 'take-message notice not sent'));

  const guard = activeAssistantGuard(deps);
  const { texts } = deps;

  app.shortcut<SlackShortcut>(TAKE_MESSAGE_ID, guard, async ({ ack, shortcut, client }) => {
    await ack();
    const anyClient = await deps.prisma.client.findFirst({ where: messageableClients, select: { id: true } });
    if (!anyClient) return void (await dm(client, shortcut.user.id, texts.takeMessageNoClients));
    try {
      await client.views.open({ trigger_id: shortcut.trigger_id, view: takeMessageModal(texts) });
    } catch (err) {
      log.error({ err: errorMessage(fromSlackError(err, { method: 'views.open' })) }, 'take-message modal not opened');
    }
  });

  // The clients whose name holds what the assistant typed, for active assistants only.
  app.options<'block_suggestion'>({ action_id: TAKE_MESSAGE_CLIENT_ACTION }, guard, async ({ ack, body }) => {
    const typed = body.value.trim();
    const clients = typed
      ? await deps.prisma.client.findMany({
          where: { ...messageableClients, name: { contains: likeLiteral(typed), mode: 'insensitive' } },
          select: { id: true, name: true },
          orderBy: { name: 'asc' },
          take: CLIENTS_OFFERED,
        })
      : [];
    await ack({ options: clients.map((c) => ({ text: plain(truncate(c.name, 75)), value: c.id })) });
  });

  app.view<ViewSubmitAction>(TAKE_MESSAGE_ID, guard, async ({ ack, body, client, context }) => {
    const submission = parseTakeMessageSubmission(body);
    if (!submission) return ack();
    const who = assistantOf(context);
    const checked = checkTakeMessageInput(submission.input);
    if (!checked.ok)
      return ack({
        response_action: 'errors',
        errors: { [takeMessageBlockOf(checked.field)]: problemText(texts, checked.field, checked.issue) },
      });
    // Slack waits 3 seconds for the answer; the delivery may take longer, so the outcome comes as a DM.
    await ack();
    let outcome: TakeMessageOutcome;
    try {
      ({ outcome } = await deps.takeMessage({ ...submission.input, takenByAssistantId: who.id }));
    } catch (err) {
      if (err instanceof NotFoundError) return void (await dm(client, submission.userId, texts.takeMessageClientGone));
      log.error({ err: errorMessage(err) }, 'message not taken');
      return void (await dm(client, submission.userId, texts.somethingFailed));
    }
    const target = await deps.prisma.client.findUnique({
      where: { id: submission.input.clientId },
      select: { name: true },
    });
    const name = escapeSlackText(target?.name ?? '');
    const notice =
      outcome.kind === 'delivered'
        ? texts.takeMessageDelivered(name)
        : outcome.kind === 'held'
          ? texts.takeMessageHeld(name, texts.moment(outcome.until, deps.tz, deps.clock()))
          : texts.takeMessageUndeliverable(name);
    await dm(client, submission.userId, notice);
  });
}
