import { z } from 'zod';

/** action_ids of the card's buttons and callback_ids of the desk's modals. */
export const deskActions = {
  claim: 'desk:claim',
  release: 'desk:release',
  done: 'desk:done',
  ask: 'desk:ask',
  close: 'desk:close',
} as const;
export type DeskAction = keyof typeof deskActions;

export const deskViews = {
  done: 'desk:done-modal',
  ask: 'desk:ask-modal',
} as const;

export const deskActionPattern = /^desk:(claim|release|done|ask|close)$/;

/** The fields of a card button press the desk uses, for buttons whose action_id matches `pattern`. */
const pressSchema = (pattern: RegExp) =>
  z.object({
    type: z.literal('block_actions'),
    user: z.object({ id: z.string().min(1) }),
    trigger_id: z.string().min(1),
    channel: z.object({ id: z.string().min(1) }).nullish(),
    container: z.object({ channel_id: z.string().optional() }).nullish(),
    actions: z.array(z.object({ action_id: z.string().regex(pattern), value: z.uuid() })).min(1),
  });

export interface DeskPress {
  action: DeskAction;
  ticketId: string;
  userId: string;
  channelId: string | undefined;
  triggerId: string;
}

/** A press of a card button whose action_id matches `pattern` (its first group names the act), or null. */
export function parsePress<A extends string>(
  body: unknown,
  pattern: RegExp,
): (Omit<DeskPress, 'action'> & { action: A }) | null {
  const parsed = pressSchema(pattern).safeParse(body);
  if (!parsed.success) return null;
  const [action] = parsed.data.actions;
  return {
    action: pattern.exec(action!.action_id)![1] as A,
    ticketId: action!.value,
    userId: parsed.data.user.id,
    channelId: parsed.data.channel?.id ?? parsed.data.container?.channel_id,
    triggerId: parsed.data.trigger_id,
  };
}

/** A card button press, or null when the payload is not one (tampered or foreign). */
export function parseDeskPress(body: unknown): DeskPress | null {
  return parsePress<DeskAction>(body, deskActionPattern);
}
