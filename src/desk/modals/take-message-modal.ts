import type { types } from '@slack/bolt';
import { z } from 'zod';
import type { TakeMessageInput } from '../../domain/segreteria/messages.js';
import type { DeskCatalog } from '../../i18n/desk-catalog.js';

/**
 * "Take a message" on the desk: a global shortcut opens a modal (client, who called, their
 * number, what they want, urgent); the submission goes to the secretary's takeMessage, and the
 * assistant is told in a DM whether it was delivered or held until when.
 */
export const TAKE_MESSAGE_ID = 'delego_take_message';
/** The client select's action_id: Slack asks the app for its options as the assistant types. */
export const TAKE_MESSAGE_CLIENT_ACTION = 'delego_take_message_client';

const takeMessageInputs = {
  client: 'client',
  caller: 'caller',
  phone: 'phone',
  body: 'body',
  urgent: 'urgent',
  value: 'value',
} as const;
export const plain = (text: string): types.PlainTextElement => ({ type: 'plain_text', text, emoji: true });

export function takeMessageModal(texts: DeskCatalog): types.ModalView {
  return {
    type: 'modal',
    callback_id: TAKE_MESSAGE_ID,
    title: plain(texts.takeMessageTitle),
    submit: plain(texts.submit),
    close: plain(texts.cancel),
    blocks: [
      {
        type: 'input',
        block_id: takeMessageInputs.client,
        label: plain(texts.takeMessageClient),
        element: {
          type: 'external_select',
          action_id: TAKE_MESSAGE_CLIENT_ACTION,
          min_query_length: 1,
          placeholder: plain(texts.takeMessageClientSearch),
        },
      },
      {
        type: 'input',
        block_id: takeMessageInputs.caller,
        label: plain(texts.takeMessageCaller),
        element: { type: 'plain_text_input', action_id: takeMessageInputs.value, max_length: 200 },
      },
      {
        type: 'input',
        block_id: takeMessageInputs.phone,
        optional: true,
        label: plain(texts.takeMessagePhone),
        element: { type: 'plain_text_input', action_id: takeMessageInputs.value, max_length: 40 },
      },
      {
        type: 'input',
        block_id: takeMessageInputs.body,
        label: plain(texts.takeMessageBody),
        element: { type: 'plain_text_input', action_id: takeMessageInputs.value, multiline: true, max_length: 2000 },
      },
      {
        type: 'input',
        block_id: takeMessageInputs.urgent,
        optional: true,
        label: plain(texts.takeMessageUrgent),
        element: {
          type: 'checkboxes',
          action_id: takeMessageInputs.value,
          options: [{ text: plain(texts.takeMessageUrgentOption), value: takeMessageInputs.urgent }],
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
  const client = selectState.safeParse(values[takeMessageInputs.client]);
  const urgent = checkState.safeParse(values[takeMessageInputs.urgent]);
  const phone = text(takeMessageInputs.phone);
  return {
    userId: parsed.data.user.id,
    input: {
      clientId: client.success ? (client.data[TAKE_MESSAGE_CLIENT_ACTION].selected_option?.value ?? '') : '',
      callerName: text(takeMessageInputs.caller),
      ...(phone ? { callerPhone: phone } : {}),
      body: text(takeMessageInputs.body),
      urgent:
        urgent.success && (urgent.data.value.selected_options ?? []).some((o) => o.value === takeMessageInputs.urgent),
    },
  };
}

/** Which input a validation problem belongs under. */
export function takeMessageBlockOf(field: string): string {
  return (
    (
      {
        clientId: takeMessageInputs.client,
        callerName: takeMessageInputs.caller,
        callerPhone: takeMessageInputs.phone,
        body: takeMessageInputs.body,
      } as Record<string, string>
    )[field] ?? takeMessageInputs.caller
  );
}
