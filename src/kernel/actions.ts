import { z } from 'zod';

/**
 * Button payloads. They come back from the client's device, so they are parsed strictly and
 * every id they carry is checked against the client's own items before anything changes.
 * Each fits Telegram's 64-byte callback_data limit: `<prefix>:<segment>:…`.
 *
 * One table (`buttonCodecs`) says, per operation, its prefixes, the schema of its segments and
 * how staff read a tap; encode, decode and labels are derived from it. The mapped type makes a
 * missing operation a compile error, and the conversation's handlers are keyed the same way.
 */

/** An item of the client a button acts on. */
export interface ItemRef {
  kind: 'reminder' | 'booking' | 'ticket';
  id: string;
}

/** Later choices under a delivered reminder: in 10 minutes, in an hour, tomorrow. */
export const snoozeChoices = ['10m', '1h', 'tm'] as const;
export type SnoozeChoice = (typeof snoozeChoices)[number];
export const statusChanges = ['free', 'hour', 'busy', 'dnd'] as const;
export type StatusChange = (typeof statusChanges)[number];
export const callbackChoices = ['client', 'office'] as const;
export type CallbackChoice = (typeof callbackChoices)[number];
export const draftChoices = ['send', 'edit', 'cancel'] as const;
export type DraftChoice = (typeof draftChoices)[number];

export type ButtonAction =
  | { op: 'cancel'; item: ItemRef }
  | { op: 'change_time'; item: ItemRef }
  | { op: 'pick_reschedule'; item: ItemRef }
  /** "No" under "Annullo «…»?": the item stays as it is */
  | { op: 'keep'; item: ItemRef }
  /** "Sì" under "Annullo «…»?": the item matched by words is cancelled */
  | { op: 'confirm_cancel'; item: ItemRef }
  /** "Segna comunque" under a clash: the time asked for is booked, its overlap recorded as chosen */
  | { op: 'keep_clash'; offer: string }
  /** "Solo questa volta" under the cancel of a recurring reminder: only its next occurrence is skipped */
  | { op: 'skip_once'; reminderId: string }
  /** the messages held by "which request?" go to this ticket's assistant */
  | { op: 'to_ticket'; ticketId: string }
  /** the messages held by "which request?" are a new request */
  | { op: 'new_request' }
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
  | { op: 'callback'; choice: CallbackChoice; takenMessageId: string }
  /** Invia / Modifica / Annulla under a reply drafted in chat for one of the client's e-mails */
  | { op: 'mail_draft'; choice: DraftChoice; draftId: string }
  /** one of several senders matching the client's words: the draft answers that one's latest e-mail */
  | { op: 'mail_pick'; draftId: string; index: number };

export type ButtonOp = ButtonAction['op'];
export type ActionOf<Op extends ButtonOp> = Extract<ButtonAction, { op: Op }>;

/**
 * How staff read a tap in the back-office: a text of the client catalog (`bot`) or of the staff
 * catalog (`staff`), with what it needs. The back-office renders it in the staff's language.
 */
export type TapLabel =
  | { bot: 'buttonCancel' | 'buttonChangeTime' | 'buttonDone' | 'buttonSnooze10' | 'buttonSnooze1h' }
  | { bot: 'buttonTomorrow' | 'buttonAcceptProposal' | 'buttonDeclineProposal' | 'buttonImFree' }
  | { bot: 'buttonBusyHour' | 'buttonDndHour' | 'buttonCallbackMe' | 'buttonCallbackOffice' }
  | { bot: 'buttonNo' | 'buttonOnlyThisTime' | 'buttonToAssistant' | 'buttonNewRequest' }
  | { bot: 'buttonYes' | 'buttonKeepAnyway' | 'buttonSendDraft' | 'buttonEditDraft' | 'buttonPickSender' }
  | { bot: 'ratingButton'; rating: number }
  | { staff: 'pickToMove' }
  | { staff: 'bookSlot'; startMin: number; minutes: number }
  | { staff: 'moveTo'; startMin: number };

interface Codec<Op extends ButtonOp> {
  /** the first segment; several when the prefix itself carries a choice (pa/pd) */
  prefixes: readonly string[];
  /** the segments after the prefix, strictly */
  segments: z.ZodType<string[]>;
  decode(prefix: string, segments: string[]): ActionOf<Op> | null;
  /** prefix and segments */
  encode(action: ActionOf<Op>): string[];
  label(action: ActionOf<Op>): TapLabel;
}

/** a suggested slot's length: the back-office's range of a default booking (5 minutes to a day) */
export const SLOT_MINUTES = { min: 5, max: 1440 } as const;
export const isSlotLength = (minutes: number): boolean =>
  Number.isInteger(minutes) && minutes >= SLOT_MINUTES.min && minutes <= SLOT_MINUTES.max;

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const digits = (max: number) => z.string().regex(new RegExp(`^\\d{1,${max}}$`));
const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values);
const kindLetter = { reminder: 'r', booking: 'b', ticket: 't' } as const;
const letterKind = { r: 'reminder', b: 'booking', t: 'ticket' } as const;
const itemSegments = z.tuple([oneOf(['r', 'b', 't']), uuid]);

/** the key of the answer that offered slots: the random tail of its message id */
const offerKey = z.string().regex(/^[0-9a-f]{8}$/);

/** cancel, change time, pick-to-move, keep and its yes share one shape: `<prefix>:<kind letter>:<id>` */
function itemCodec<Op extends 'cancel' | 'change_time' | 'pick_reschedule' | 'keep' | 'confirm_cancel'>(
  op: Op,
  prefix: string,
  label: TapLabel,
): Codec<Op> {
  return {
    prefixes: [prefix],
    segments: itemSegments,
    decode: (_prefix, [letter, id]) =>
      ({ op, item: { kind: letterKind[letter as keyof typeof letterKind], id: id! } }) as ActionOf<Op>,
    encode: (action) => {
      const { item } = action as { item: ItemRef };
      return [prefix, kindLetter[item.kind], item.id];
    },
    label: () => label,
  };
}

const snoozeLabel = { '10m': 'buttonSnooze10', '1h': 'buttonSnooze1h', tm: 'buttonTomorrow' } as const;
const statusLabel = {
  free: 'buttonImFree',
  hour: 'buttonSnooze1h',
  busy: 'buttonBusyHour',
  dnd: 'buttonDndHour',
} as const;

const draftPrefix: Record<string, DraftChoice> = { ds: 'send', de: 'edit', dc: 'cancel' };
const draftLabel = { send: 'buttonSendDraft', edit: 'buttonEditDraft', cancel: 'buttonCancel' } as const;

export const buttonCodecs: { [Op in ButtonOp]: Codec<Op> } = {
  cancel: itemCodec('cancel', 'cx', { bot: 'buttonCancel' }),
  change_time: itemCodec('change_time', 'ch', { bot: 'buttonChangeTime' }),
  pick_reschedule: itemCodec('pick_reschedule', 'rs', { staff: 'pickToMove' }),
  keep: itemCodec('keep', 'kp', { bot: 'buttonNo' }),
  confirm_cancel: itemCodec('confirm_cancel', 'cy', { bot: 'buttonYes' }),
  keep_clash: {
    prefixes: ['ko'],
    segments: z.tuple([offerKey]),
    decode: (_prefix, [offer]) => ({ op: 'keep_clash', offer: offer! }),
    encode: (action) => ['ko', action.offer],
    label: () => ({ bot: 'buttonKeepAnyway' }),
  },
  skip_once: {
    prefixes: ['so'],
    segments: z.tuple([uuid]),
    decode: (_prefix, [reminderId]) => ({ op: 'skip_once', reminderId: reminderId! }),
    encode: (action) => ['so', action.reminderId],
    label: () => ({ bot: 'buttonOnlyThisTime' }),
  },
  to_ticket: {
    prefixes: ['tt'],
    segments: z.tuple([uuid]),
    decode: (_prefix, [ticketId]) => ({ op: 'to_ticket', ticketId: ticketId! }),
    encode: (action) => ['tt', action.ticketId],
    label: () => ({ bot: 'buttonToAssistant' }),
  },
  new_request: {
    prefixes: ['nr'],
    segments: z.tuple([]),
    decode: () => ({ op: 'new_request' }),
    encode: () => ['nr'],
    label: () => ({ bot: 'buttonNewRequest' }),
  },
  rate: {
    prefixes: ['rt'],
    segments: z.tuple([oneOf(['1', '2', '3', '4', '5']), z.literal('t'), uuid]),
    decode: (_prefix, [rating, , id]) => ({ op: 'rate', rating: Number(rating), item: { kind: 'ticket', id: id! } }),
    encode: (action) => ['rt', String(action.rating), 't', action.item.id],
    label: (action) => ({ bot: 'ratingButton', rating: action.rating }),
  },
  occurrence_done: {
    prefixes: ['od'],
    segments: z.tuple([uuid]),
    decode: (_prefix, [occurrenceId]) => ({ op: 'occurrence_done', occurrenceId: occurrenceId! }),
    encode: (action) => ['od', action.occurrenceId],
    label: () => ({ bot: 'buttonDone' }),
  },
  snooze: {
    prefixes: ['sz'],
    segments: z.tuple([oneOf(snoozeChoices), uuid]),
    decode: (_prefix, [snooze, occurrenceId]) => ({
      op: 'snooze',
      snooze: snooze as SnoozeChoice,
      occurrenceId: occurrenceId!,
    }),
    encode: (action) => ['sz', action.snooze, action.occurrenceId],
    label: (action) => ({ bot: snoozeLabel[action.snooze] }),
  },
  proposal: {
    prefixes: ['pa', 'pd'],
    segments: z.tuple([uuid, z.string().regex(/^[0-9a-z]{1,11}$/)]),
    decode: (prefix, [bookingId, version]) => ({
      op: 'proposal',
      accept: prefix === 'pa',
      bookingId: bookingId!,
      version: version!,
    }),
    encode: (action) => [action.accept ? 'pa' : 'pd', action.bookingId, action.version],
    label: (action) => ({ bot: action.accept ? 'buttonAcceptProposal' : 'buttonDeclineProposal' }),
  },
  slot: {
    prefixes: ['sl'],
    segments: z.union([z.tuple([digits(10), digits(4)]), z.tuple([digits(10), digits(4), offerKey])]),
    decode: (_prefix, [startMin, minutes, offer]) => {
      if (!isSlotLength(Number(minutes))) return null;
      const slot = { op: 'slot' as const, startMin: Number(startMin), minutes: Number(minutes) };
      return offer === undefined ? slot : { ...slot, offer };
    },
    encode: (action) => {
      // the decoder would refuse it: callers offer only slots of a decodable length
      if (!isSlotLength(action.minutes))
        throw new RangeError(`slot length ${action.minutes} outside ${SLOT_MINUTES.min}-${SLOT_MINUTES.max} minutes`);
      return [
        'sl',
        String(action.startMin),
        String(action.minutes),
        ...(action.offer === undefined ? [] : [action.offer]),
      ];
    },
    label: (action) => ({ staff: 'bookSlot', startMin: action.startMin, minutes: action.minutes }),
  },
  move: {
    prefixes: ['mv'],
    segments: z.tuple([uuid, digits(10)]),
    decode: (_prefix, [bookingId, startMin]) => ({ op: 'move', bookingId: bookingId!, startMin: Number(startMin) }),
    encode: (action) => ['mv', action.bookingId, String(action.startMin)],
    label: (action) => ({ staff: 'moveTo', startMin: action.startMin }),
  },
  status: {
    prefixes: ['st'],
    segments: z.tuple([oneOf(statusChanges)]),
    decode: (_prefix, [change]) => ({ op: 'status', change: change as StatusChange }),
    encode: (action) => ['st', action.change],
    label: (action) => ({ bot: statusLabel[action.change] }),
  },
  callback: {
    prefixes: ['cb'],
    segments: z.tuple([oneOf(callbackChoices), uuid]),
    decode: (_prefix, [choice, takenMessageId]) => ({
      op: 'callback',
      choice: choice as CallbackChoice,
      takenMessageId: takenMessageId!,
    }),
    encode: (action) => ['cb', action.choice, action.takenMessageId],
    label: (action) => ({ bot: action.choice === 'client' ? 'buttonCallbackMe' : 'buttonCallbackOffice' }),
  },
  mail_draft: {
    prefixes: ['ds', 'de', 'dc'],
    segments: z.tuple([uuid]),
    decode: (prefix, [draftId]) => ({ op: 'mail_draft', choice: draftPrefix[prefix]!, draftId: draftId! }),
    encode: (action) => [`d${action.choice[0]}`, action.draftId],
    label: (action) => ({ bot: draftLabel[action.choice] }),
  },
  mail_pick: {
    prefixes: ['dp'],
    segments: z.tuple([uuid, digits(1)]),
    decode: (_prefix, [draftId, index]) => ({ op: 'mail_pick', draftId: draftId!, index: Number(index) }),
    encode: (action) => ['dp', action.draftId, String(action.index)],
    label: () => ({ bot: 'buttonPickSender' }),
  },
};

const codecOfPrefix = new Map<string, Codec<ButtonOp>>(
  Object.values(buttonCodecs).flatMap((codec) =>
    codec.prefixes.map((prefix) => [prefix, codec as unknown as Codec<ButtonOp>] as const),
  ),
);
const payload = z.string().max(64);

export function encodeButton(action: ButtonAction): string {
  const codec = buttonCodecs[action.op] as unknown as Codec<ButtonOp>;
  return codec.encode(action).join(':');
}

export function decodeButton(data: string): ButtonAction | null {
  const parsed = payload.safeParse(data);
  if (!parsed.success) return null;
  const [prefix = '', ...rest] = parsed.data.split(':');
  const codec = codecOfPrefix.get(prefix);
  const segments = codec?.segments.safeParse(rest);
  if (!codec || !segments?.success) return null;
  return codec.decode(prefix, segments.data);
}

/** How staff read a stored tap; undefined for a payload no button makes. */
export function tapLabel(data: string): TapLabel | undefined {
  const action = decodeButton(data);
  if (!action) return undefined;
  return (buttonCodecs[action.op] as unknown as Codec<ButtonOp>).label(action);
}
