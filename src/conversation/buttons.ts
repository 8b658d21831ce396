import { z } from 'zod';
import type { ItemRef } from './deps.js';

/**
 * Button payloads. They come back from the client's device, so they are parsed strictly and
 * every id they carry is checked against the client's own items before anything changes.
 * Each fits Telegram's 64-byte callback_data limit.
 */
const kindLetter = { reminder: 'r', booking: 'b', ticket: 't' } as const;
const letterKind = { r: 'reminder', b: 'booking', t: 'ticket' } as const;

export type ButtonAction = { op: 'cancel'; item: ItemRef } | { op: 'change_time'; item: ItemRef } | { op: 'pick_reschedule'; item: ItemRef };

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const pattern = new RegExp(`^(cx|ch|rs):([rbt]):(${uuid})$`);
const payload = z.string().max(64).regex(pattern);

export function encodeButton(action: ButtonAction): string {
  const op = { cancel: 'cx', change_time: 'ch', pick_reschedule: 'rs' }[action.op];
  return `${op}:${kindLetter[action.item.kind]}:${action.item.id}`;
}

export function decodeButton(data: string): ButtonAction | null {
  const parsed = payload.safeParse(data);
  if (!parsed.success) return null;
  const [, op, letter, id] = pattern.exec(parsed.data) as unknown as [string, 'cx' | 'ch' | 'rs', 'r' | 'b' | 't', string];
  const item: ItemRef = { kind: letterKind[letter], id };
  return { op: op === 'cx' ? 'cancel' : op === 'ch' ? 'change_time' : 'pick_reschedule', item };
}
