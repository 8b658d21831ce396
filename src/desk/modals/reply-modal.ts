import type { types } from '@slack/bolt';
import { z } from 'zod';
import type { DeskCatalog } from '../../i18n/desk-catalog.js';

/** The modal where an assistant edits a suggested reply before it goes by e-mail. */
export const replyView = 'desk:reply-modal';
const REPLY_BLOCK = 'reply';
/** Slack's longest plain_text_input */
export const REPLY_MAX = 3000;

const plain = (text: string): types.PlainTextElement => ({ type: 'plain_text', text, emoji: true });

/** The reply modal of a ticket, its text starting as `initial` (the suggestion). */
export function replyModal(ticketId: string, initial: string, texts: DeskCatalog): types.ModalView {
  return {
    type: 'modal',
    callback_id: replyView,
    private_metadata: ticketId,
    title: plain(texts.suggestion.modalTitle),
    submit: plain(texts.submit),
    close: plain(texts.cancel),
    blocks: [
      {
        type: 'input',
        block_id: REPLY_BLOCK,
        label: plain(texts.suggestion.replyLabel),
        element: {
          type: 'plain_text_input',
          action_id: 'value',
          multiline: true,
          max_length: REPLY_MAX,
          initial_value: initial.slice(0, REPLY_MAX),
        },
      },
    ],
  };
}

const replySubmission = z.object({
  type: z.literal('view_submission'),
  user: z.object({ id: z.string().min(1) }),
  view: z.object({
    id: z.string().min(1),
    callback_id: z.literal(replyView),
    private_metadata: z.uuid(),
    state: z.object({
      values: z.object({ [REPLY_BLOCK]: z.object({ value: z.object({ value: z.string().nullish() }) }) }).partial(),
    }),
  }),
});

export type ReplySubmission =
  | { ok: true; userId: string; ticketId: string; viewId: string; text: string }
  | { ok: false; errors: Record<string, string> };

/** The reply modal's text, or the error Slack shows under it; null for any other payload. */
export function parseReplySubmission(body: unknown, texts: DeskCatalog): ReplySubmission | null {
  const parsed = replySubmission.safeParse(body);
  if (!parsed.success) return null;
  const { view, user } = parsed.data;
  const text = (view.state.values[REPLY_BLOCK]?.value.value ?? '').trim();
  if (text === '') return { ok: false, errors: { [REPLY_BLOCK]: texts.suggestion.replyEmpty } };
  return { ok: true, userId: user.id, ticketId: view.private_metadata, viewId: view.id, text };
}

/** A refusal shows under the reply's input. */
export const replyModalError = (message: string): Record<string, string> => ({ [REPLY_BLOCK]: message });
