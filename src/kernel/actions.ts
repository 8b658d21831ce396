import { z } from 'zod';

/**
 * Button payloads. They come back from the client's device, so they are parsed strictly and
 * every id they carry is checked against the client's own items before anything changes.
 * Each fits Telegram's 64-byte callback_data limit.
 */
/** An item of the client a button acts on. */
export interface ItemRef {
  kind: 'reminder' | 'booking' | 'ticket';
  id: string;
}

/** Later choices under a delivered reminder: in 10 minutes, in an hour, tomorrow. */
export const snoozeChoices = ['10m', '1h', 'tm'] as const;
export type SnoozeChoice = (typeof snoozeChoices)[number];

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
  | { op: 'snooze'; snooze: SnoozeChoice; occurrenceId: string }
  /** Accept / Decline under the desk's proposal of another time; `version` names that proposal */
  | { op: 'proposal'; accept: boolean; bookingId: string; version: string }
  /**
   * a suggested free slot: start (minutes since the epoch) and length, enough to book it alone;
   * `offer` names the answer that offered it, so one booking per offer (absent on older buttons)
   */
  | { op: 'slot'; startMin: number; minutes: number; offer?: string }
  /** a free slot offered after a reschedule clashed: moves that booking there, keeping its length */
  | { op: 'move'; bookingId: string; startMin: number }
  /** under a status confirmation: available again, or one more hour */
  | { op: 'status'; change: StatusChange }
  /** under a message taken for the client: who calls the caller back */
  | { op: 'callback'; choice: CallbackChoice; takenMessageId: string };

export const statusChanges = ['free', 'hour', 'busy', 'dnd'] as const;
export type StatusChange = (typeof statusChanges)[number];
export const callbackChoices = ['client', 'office'] as const;
export type CallbackChoice = (typeof callbackChoices)[number];

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const pattern = new RegExp(`^(cx|ch|rs):([rbt]):(${uuid})$`);
const ratingPattern = new RegExp(`^rt:([1-5]):t:(${uuid})$`);
const occurrencePattern = new RegExp(`^(od|sz:(${snoozeChoices.join('|')})):(${uuid})$`);
const proposalPattern = new RegExp(`^(pa|pd):(${uuid}):([0-9a-z]{1,11})$`);
const statusPattern = new RegExp(`^st:(${statusChanges.join('|')})$`);
const callbackPattern = new RegExp(`^cb:(${callbackChoices.join('|')}):(${uuid})$`);
const slotPattern = /^sl:(\d{1,10}):(\d{1,4})(?::([0-9a-f]{8}))?$/;
const movePattern = new RegExp(`^mv:(${uuid}):(\\d{1,10})$`);
/** a suggested slot's length: the back-office's range of a default booking (5 minutes to a day) */
export const SLOT_MINUTES = { min: 5, max: 1440 } as const;
export const isSlotLength = (minutes: number): boolean =>
  Number.isInteger(minutes) && minutes >= SLOT_MINUTES.min && minutes <= SLOT_MINUTES.max;
const payload = z.string().max(64);

export function encodeButton(action: ButtonAction): string {
  if (action.op === 'rate') return `rt:${action.rating}:t:${action.item.id}`;
  if (action.op === 'occurrence_done') return `od:${action.occurrenceId}`;
  if (action.op === 'snooze') return `sz:${action.snooze}:${action.occurrenceId}`;
  if (action.op === 'slot') {
    // the decoder would refuse it: callers offer only slots of a decodable length
    if (!isSlotLength(action.minutes))
      throw new RangeError(`slot length ${action.minutes} outside ${SLOT_MINUTES.min}-${SLOT_MINUTES.max} minutes`);
    return `sl:${action.startMin}:${action.minutes}${action.offer === undefined ? '' : `:${action.offer}`}`;
  }
  if (action.op === 'move') return `mv:${action.bookingId}:${action.startMin}`;
  if (action.op === 'status') return `st:${action.change}`;
  if (action.op === 'callback') return `cb:${action.choice}:${action.takenMessageId}`;
  if (action.op === 'proposal') return `${action.accept ? 'pa' : 'pd'}:${action.bookingId}:${action.version}`;
  const op = { cancel: 'cx', change_time: 'ch', pick_reschedule: 'rs' }[action.op];
  return `${op}:${kindLetter[action.item.kind]}:${action.item.id}`;
}

export function decodeButton(data: string): ButtonAction | null {
  const parsed = payload.safeParse(data);
  if (!parsed.success) return null;
  const rating = ratingPattern.exec(parsed.data);
  if (rating) return { op: 'rate', rating: Number(rating[1]), item: { kind: 'ticket', id: rating[2]! } };
  const proposal = proposalPattern.exec(parsed.data);
  if (proposal) return { op: 'proposal', accept: proposal[1] === 'pa', bookingId: proposal[2]!, version: proposal[3]! };
  const occurrence = occurrencePattern.exec(parsed.data);
  if (occurrence) {
    const [, , snooze, occurrenceId] = occurrence as unknown as [string, string, SnoozeChoice | undefined, string];
    return snooze ? { op: 'snooze', snooze, occurrenceId } : { op: 'occurrence_done', occurrenceId };
  }
  const status = statusPattern.exec(parsed.data);
  if (status) return { op: 'status', change: status[1] as StatusChange };
  const callback = callbackPattern.exec(parsed.data);
  if (callback) return { op: 'callback', choice: callback[1] as CallbackChoice, takenMessageId: callback[2]! };
  const slot = slotPattern.exec(parsed.data);
  if (slot) {
    const minutes = Number(slot[2]);
    if (!isSlotLength(minutes)) return null;
    return slot[3]
      ? { op: 'slot', startMin: Number(slot[1]), minutes, offer: slot[3] }
      : { op: 'slot', startMin: Number(slot[1]), minutes };
  }
  const move = movePattern.exec(parsed.data);
  if (move) return { op: 'move', bookingId: move[1]!, startMin: Number(move[2]) };
  const match = pattern.exec(parsed.data);
  if (!match) return null;
  const [, op, letter, id] = match as unknown as [string, 'cx' | 'ch' | 'rs', 'r' | 'b' | 't', string];
  const item: ItemRef = { kind: letterKind[letter], id };
  return { op: op === 'cx' ? 'cancel' : op === 'ch' ? 'change_time' : 'pick_reschedule', item };
}
