import type { types } from '@slack/bolt';
import { z } from 'zod';
import { escapeSlackText } from '../../channels/slack/blocks.js';
import { MAX_LOGGED_MINUTES } from '../../domain/tickets/time-log.js';
import { ticketLabel } from '../../domain/tickets/service.js';
import { deskViews } from '../slack/interactions.js';
import type { TicketInHand } from '../acts/ticket-acts.js';
import type { DeskCatalog } from '../../i18n/desk-catalog.js';

/** Block and action ids of the modals' inputs, as they come back in state.values. */
const inputIds = { minutes: 'minutes', outcome: 'outcome', question: 'question', value: 'value' } as const;
export const OUTCOME_MAX = 2000;
export const QUESTION_MAX = 2000;

const plain = (text: string): types.PlainTextElement => ({ type: 'plain_text', text, emoji: true });

function contextBlock(ticket: TicketInHand, extra?: string): types.ContextBlock {
  const line = `${ticketLabel(ticket.number)} · ${escapeSlackText(ticket.clientName)}${extra ? `\n${extra}` : ''}`;
  return { type: 'context', elements: [{ type: 'mrkdwn', text: line }] };
}

/** Done: minutes spent and the outcome the client receives. */
export function doneModal(ticket: TicketInHand, texts: DeskCatalog): types.ModalView {
  return {
    type: 'modal',
    callback_id: deskViews.done,
    private_metadata: ticket.ticketId,
    title: plain(texts.doneModalTitle),
    submit: plain(texts.submit),
    close: plain(texts.cancel),
    blocks: [
      contextBlock(ticket, texts.balanceLine(ticket.balanceMinutes, ticket.packageMinutes)),
      {
        type: 'input',
        block_id: inputIds.minutes,
        label: plain(texts.minutesLabel),
        element: {
          type: 'number_input',
          action_id: inputIds.value,
          is_decimal_allowed: false,
          min_value: '1',
          max_value: String(MAX_LOGGED_MINUTES),
        },
      },
      {
        type: 'input',
        block_id: inputIds.outcome,
        label: plain(texts.outcomeLabel),
        hint: plain(texts.outcomeHint),
        element: { type: 'plain_text_input', action_id: inputIds.value, multiline: true, max_length: OUTCOME_MAX },
      },
    ],
  };
}

/** Ask client: the question goes to the client and the ticket waits on their answer. */
export function askModal(ticket: TicketInHand, texts: DeskCatalog): types.ModalView {
  return {
    type: 'modal',
    callback_id: deskViews.ask,
    private_metadata: ticket.ticketId,
    title: plain(texts.askModalTitle),
    submit: plain(texts.submit),
    close: plain(texts.cancel),
    blocks: [
      contextBlock(ticket),
      {
        type: 'input',
        block_id: inputIds.question,
        label: plain(texts.questionLabel),
        hint: plain(texts.outcomeHint),
        element: { type: 'plain_text_input', action_id: inputIds.value, multiline: true, max_length: QUESTION_MAX },
      },
    ],
  };
}

const inputState = z.object({ value: z.object({ value: z.string().nullish() }) });

const submissionSchema = z.object({
  type: z.literal('view_submission'),
  user: z.object({ id: z.string().min(1) }),
  view: z.object({
    callback_id: z.string(),
    private_metadata: z.uuid(),
    state: z.object({ values: z.record(z.string(), z.unknown()) }),
  }),
});

export type Submission<T> =
  { ok: true; userId: string; ticketId: string; value: T } | { ok: false; errors: Record<string, string> };

function field(values: Record<string, unknown>, blockId: string): string {
  const parsed = inputState.safeParse(values[blockId]);
  return parsed.success ? (parsed.data.value.value ?? '').trim() : '';
}

/** A view_submission payload of one of our modals; null when it is not one (foreign or tampered). */
function readSubmission(body: unknown, callbackId: string) {
  const parsed = submissionSchema.safeParse(body);
  if (!parsed.success || parsed.data.view.callback_id !== callbackId) return null;
  return {
    userId: parsed.data.user.id,
    ticketId: parsed.data.view.private_metadata,
    values: parsed.data.view.state.values,
  };
}

/** The done modal's answers, or the errors Slack shows under the inputs. */
export function parseDoneSubmission(
  body: unknown,
  texts: DeskCatalog,
): Submission<{ minutes: number; outcome: string }> | null {
  const read = readSubmission(body, deskViews.done);
  if (!read) return null;
  const minutesText = field(read.values, inputIds.minutes);
  const minutes = /^\d+$/.test(minutesText) ? Number(minutesText) : NaN;
  const outcome = field(read.values, inputIds.outcome);
  const errors: Record<string, string> = {};
  if (!(minutes >= 1 && minutes <= MAX_LOGGED_MINUTES))
    errors[inputIds.minutes] = texts.minutesInvalid(MAX_LOGGED_MINUTES);
  if (outcome === '') errors[inputIds.outcome] = texts.outcomeEmpty;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    userId: read.userId,
    ticketId: read.ticketId,
    value: { minutes, outcome: outcome.slice(0, OUTCOME_MAX) },
  };
}

export function parseAskSubmission(body: unknown, texts: DeskCatalog): Submission<{ question: string }> | null {
  const read = readSubmission(body, deskViews.ask);
  if (!read) return null;
  const question = field(read.values, inputIds.question);
  if (question === '') return { ok: false, errors: { [inputIds.question]: texts.questionEmpty } };
  return {
    ok: true,
    userId: read.userId,
    ticketId: read.ticketId,
    value: { question: question.slice(0, QUESTION_MAX) },
  };
}

/** A modal error not tied to one input (the ticket changed meanwhile) shows under the first. */
export function modalErrorFor(callbackId: string, message: string): Record<string, string> {
  return { [callbackId === deskViews.done ? inputIds.minutes : inputIds.question]: message };
}
