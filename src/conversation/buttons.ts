import { z } from 'zod';
import { snoozeChoices, type SnoozeChoice } from '../reminders/snooze.js';
import type { ItemRef } from './deps.js';

/**
 * Button payloads. They come back from the client's device, so they are parsed strictly and
 * every id they carry is checked against the client's own items before anything changes.
 * Each fits Telegram's 64-byte callback_data limit.
 */
const kindLetter = { reminder: 'r', booking: 'b', ticket: 't' } as const;
const letterKind = { r: 'reminder', b: 'booking', t: 'ticket' } as const;

export type ButtonAction =
  | { op: 'cancel'; item: ItemRef }
  | { op: 'change_time'; item: ItemRef }
  | { op: 'pick_reschedule'; item: ItemRef }
  /** the client's 1-5 rating of a done ticket */
  | { op: 'rate'; rating: number; item: ItemRef & { kind: 'ticket' } }
  /** Done / +10 min / +1 h / Tomorrow under a delivered reminder: they act on that one occurrence */
  | { op: 'occurrence_done'; occurrenceId: string }
  | { op: 'snooze'; snooze: SnoozeChoice; occurrenceId: string };

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const pattern = new RegExp(`^(cx|ch|rs):([rbt]):(${uuid})$`);
const ratingPattern = new RegExp(`^rt:([1-5]):t:(${uuid})$`);
const occurrencePattern = new RegExp(`^(od|sz:(${snoozeChoices.join('|')})):(${uuid})$`);
const payload = z.string().max(64);

export function encodeButton(action: ButtonAction): string {
  if (action.op === 'rate') return `rt:${action.rating}:t:${action.item.id}`;
  if (action.op === 'occurrence_done') return `od:${action.occurrenceId}`;
  if (action.op === 'snooze') return `sz:${action.snooze}:${action.occurrenceId}`;
  const op = { cancel: 'cx', change_time: 'ch', pick_reschedule: 'rs' }[action.op];
  return `${op}:${kindLetter[action.item.kind]}:${action.item.id}`;
}

export function decodeButton(data: string): ButtonAction | null {
  const parsed = payload.safeParse(data);
  if (!parsed.success) return null;
  const rating = ratingPattern.exec(parsed.data);
  if (rating) return { op: 'rate', rating: Number(rating[1]), item: { kind: 'ticket', id: rating[2]! } };
  const occurrence = occurrencePattern.exec(parsed.data);
  if (occurrence) {
    const [, , snooze, occurrenceId] = occurrence as unknown as [string, string, SnoozeChoice | undefined, string];
    return snooze ? { op: 'snooze', snooze, occurrenceId } : { op: 'occurrence_done', occurrenceId };
  }
  const match = pattern.exec(parsed.data);
  if (!match) return null;
  const [, op, letter, id] = match as unknown as [string, 'cx' | 'ch' | 'rs', 'r' | 'b' | 't', string];
  const item: ItemRef = { kind: letterKind[letter], id };
  return { op: op === 'cx' ? 'cancel' : op === 'ch' ? 'change_time' : 'pick_reschedule', item };
}
