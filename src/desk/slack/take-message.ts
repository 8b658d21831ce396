import type { App, SlackShortcut, ViewSubmitAction, types, webApi } from '@slack/bolt';
import { z } from 'zod';
import { escapeSlackText } from '../../channels/slack/blocks.js';
import { fromSlackError } from '../../channels/slack/web-api-errors.js';
import type { PrismaClient } from '../../infra/db/types.js';
import { NotFoundError, errorMessage } from '../../kernel/errors.js';
import { formatDateTime } from '../../i18n/format.js';
import type { Logger } from '../../infra/logger.js';
import {
  checkTakeMessageInput,
  type TakeMessageInput,
  type TakeMessageOutcome,
} from '../../domain/segreteria/messages.js';
import { activeAssistant } from '../acts/assistant.js';
import { deskTexts } from '../texts.js';

/**
 * "Take a message" on the desk: a global shortcut opens a modal (client, who called, their
 * number, what they want, urgent); the submission goes to the secretary's takeMessage, and the
 * assistant is told in a DM whether it was delivered or held until when.
 */
export const TAKE_MESSAGE_ID = 'delego_take_message';
/** The client select's action_id: Slack asks the app for its options as the assistant types. */
export const TAKE_MESSAGE_CLIENT_ACTION = 'delego_take_message_client';
/** Slack shows at most 100 options in a select. */
const CLIENTS_OFFERED = 100;

const ids = {
  client: 'client',
  caller: 'caller',
  phone: 'phone',
  body: 'body',
  urgent: 'urgent',
  value: 'value',
} as const;
const plain = (text: string): types.PlainTextElement => ({ type: 'plain_text', text, emoji: true });
const truncate = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

export function takeMessageModal(): types.ModalView {
  return {
    type: 'modal',
    callback_id: TAKE_MESSAGE_ID,
    title: plain(deskTexts.takeMessageTitle),
    submit: plain(deskTexts.submit),
    close: plain(deskTexts.cancel),
    blocks: [
      {
        type: 'input',
        block_id: ids.client,
        label: plain(deskTexts.takeMessageClient),
        element: {
          type: 'external_select',
          action_id: TAKE_MESSAGE_CLIENT_ACTION,
          min_query_length: 1,
          placeholder: plain(deskTexts.takeMessageClientSearch),
        },
      },
      {
        type: 'input',
        block_id: ids.caller,
        label: plain(deskTexts.takeMessageCaller),
        element: { type: 'plain_text_input', action_id: ids.value, max_length: 200 },
      },
      {
        type: 'input',
        block_id: ids.phone,
        optional: true,
        label: plain(deskTexts.takeMessagePhone),
        element: { type: 'plain_text_input', action_id: ids.value, max_length: 40 },
      },
      {
        type: 'input',
        block_id: ids.body,
        label: plain(deskTexts.takeMessageBody),
        element: { type: 'plain_text_input', action_id: ids.value, multiline: true, max_length: 2000 },
      },
      {
        type: 'input',
        block_id: ids.urgent,
        optional: true,
        label: plain(deskTexts.takeMessageUrgent),
        element: {
          type: 'checkboxes',
          action_id: ids.value,
          options: [{ text: plain(deskTexts.takeMessageUrgentOption), value: ids.urgent }],
        },
      },
    ],
  };
}

const textState = z.object({ value: z.object({ value: z.string().nullish() }) });
const selectState = z.object({
  [TAKE_MESSAGE_CLIENT_ACTION]: z.object({ selected_option: z.object({ value: z.string() }).nullish() }),
});
const checkState = z.object({
  value: z.object({ selected_options: z.array(z.object({ value: z.string() })).nullish() }),
});
const submissionSchema = z.object({
  type: z.literal('view_submission'),
  user: z.object({ id: z.string().min(1) }),
  view: z.object({
    callback_id: z.literal(TAKE_MESSAGE_ID),
    state: z.object({ values: z.record(z.string(), z.unknown()) }),
  }),
});

/** The modal's answers (not yet checked: takeMessage validates them); null when it is not this modal. */
export function parseTakeMessageSubmission(
  body: unknown,
): { userId: string; input: Omit<TakeMessageInput, 'takenByAssistantId'> } | null {
  const parsed = submissionSchema.safeParse(body);
  if (!parsed.success) return null;
  const values = parsed.data.view.state.values;
  const text = (block: string): string => {
    const state = textState.safeParse(values[block]);
    return state.success ? (state.data.value.value ?? '').trim() : '';
  };
  const client = selectState.safeParse(values[ids.client]);
  const urgent = checkState.safeParse(values[ids.urgent]);
  const phone = text(ids.phone);
  return {
    userId: parsed.data.user.id,
    input: {
      clientId: client.success ? (client.data[TAKE_MESSAGE_CLIENT_ACTION].selected_option?.value ?? '') : '',
      callerName: text(ids.caller),
      ...(phone ? { callerPhone: phone } : {}),
      body: text(ids.body),
      urgent: urgent.success && (urgent.data.value.selected_options ?? []).some((o) => o.value === ids.urgent),
    },
  };
}

/** Which input a validation problem belongs under. */
function blockOf(field: string): string {
  return (
    (
      { clientId: ids.client, callerName: ids.caller, callerPhone: ids.phone, body: ids.body } as Record<string, string>
    )[field] ?? ids.caller
  );
}

/** Erased and demo clients get no messages taken. */
const messageableClients = { erasedAt: null, isDemo: false } as const;

export interface TakeMessageListenerDeps {
  prisma: PrismaClient;
  takeMessage(input: TakeMessageInput): Promise<{ outcome: TakeMessageOutcome }>;
  /** the desk's time zone, for "held until" */
  tz: string;
  clock: () => Date;
  logger: Logger;
}

export function registerTakeMessage(app: App, deps: TakeMessageListenerDeps): void {
  const log = deps.logger.child({ component: 'desk-take-message' });
  const dm = (client: webApi.WebClient, user: string, text: string) =>
    client.chat
      .postMessage({ channel: user, text })
      .catch((err: unknown) => log.warn({ err: errorMessage(err) }, 'take-message notice not sent'));

  app.shortcut<SlackShortcut>(TAKE_MESSAGE_ID, async ({ ack, shortcut, client }) => {
    await ack();
    const who = await activeAssistant(deps.prisma, shortcut.user.id);
    if (!who) return void (await dm(client, shortcut.user.id, deskTexts.notAnAssistant));
    const anyClient = await deps.prisma.client.findFirst({ where: messageableClients, select: { id: true } });
    if (!anyClient) return void (await dm(client, shortcut.user.id, deskTexts.takeMessageNoClients));
    try {
      await client.views.open({ trigger_id: shortcut.trigger_id, view: takeMessageModal() });
    } catch (err) {
      log.error({ err: errorMessage(fromSlackError(err, { method: 'views.open' })) }, 'take-message modal not opened');
    }
  });

  // The clients whose name holds what the assistant typed, for active assistants only.
  app.options<'block_suggestion'>({ action_id: TAKE_MESSAGE_CLIENT_ACTION }, async ({ ack, body }) => {
    const typed = body.value.trim();
    const who = typed ? await activeAssistant(deps.prisma, body.user.id) : null;
    const clients = who
      ? await deps.prisma.client.findMany({
          where: { ...messageableClients, name: { contains: typed, mode: 'insensitive' } },
          select: { id: true, name: true },
          orderBy: { name: 'asc' },
          take: CLIENTS_OFFERED,
        })
      : [];
    await ack({ options: clients.map((c) => ({ text: plain(truncate(c.name, 75)), value: c.id })) });
  });

  app.view<ViewSubmitAction>(TAKE_MESSAGE_ID, async ({ ack, body, client }) => {
    const submission = parseTakeMessageSubmission(body);
    if (!submission) return ack();
    const who = await activeAssistant(deps.prisma, submission.userId);
    if (!who) return ack({ response_action: 'errors', errors: { [ids.caller]: deskTexts.notAnAssistant } });
    const checked = checkTakeMessageInput(submission.input);
    if (!checked.ok)
      return ack({
        response_action: 'errors',
        errors: { [blockOf(checked.field)]: deskTexts.takeMessageInvalid(checked.problem) },
      });
    // Slack waits 3 seconds for the answer; the delivery may take longer, so the outcome comes as a DM.
    await ack();
    let outcome: TakeMessageOutcome;
    try {
      ({ outcome } = await deps.takeMessage({ ...submission.input, takenByAssistantId: who.id }));
    } catch (err) {
      if (err instanceof NotFoundError)
        return void (await dm(client, submission.userId, deskTexts.takeMessageClientGone));
      log.error({ err: errorMessage(err) }, 'message not taken');
      return void (await dm(client, submission.userId, deskTexts.somethingFailed));
    }
    const target = await deps.prisma.client.findUnique({
      where: { id: submission.input.clientId },
      select: { name: true },
    });
    const name = escapeSlackText(target?.name ?? '');
    const notice =
      outcome.kind === 'delivered'
        ? deskTexts.takeMessageDelivered(name)
        : outcome.kind === 'held'
          ? deskTexts.takeMessageHeld(name, formatDateTime(outcome.until, 'en', deps.tz, deps.clock()))
          : deskTexts.takeMessageUndeliverable(name);
    await dm(client, submission.userId, notice);
  });
}
