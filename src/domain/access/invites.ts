import { randomInt } from 'node:crypto';
import type { Db } from '../../infra/db/types.js';
import type { Channel } from '../../kernel/messaging.js';

/** No 0/O, 1/I/L: codes are read aloud and typed on phones. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const INVITE_TTL_DAYS = 7;
/**
 * 16 symbols of 31, about 79 bits: even unthrottled guessing at the fastest rate measured, by 100
 * processes for a year, has about one chance in two billion of hitting any of 1,000 outstanding
 * codes (docs/security.md has the arithmetic).
 */
const GROUPS = 4;
const GROUP_LENGTH = 4;

export function generateInviteCode(): string {
  const pick = () => Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return Array.from({ length: GROUPS }, pick).join('-');
}

/** Accepts "k7m2q9xdh4rtw8ne", "K7M2-Q9XD-H4RT-W8NE", " k7m2 q9xd h4rt w8ne ": what a person pastes or types. */
export function normalizeInviteCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  if (!new RegExp(`^[A-Z0-9]{${GROUPS * GROUP_LENGTH}}$`).test(compact)) return null;
  return compact.match(new RegExp(`.{${GROUP_LENGTH}}`, 'g'))!.join('-');
}

export async function createInvite(db: Db, clientId: string, now: Date, ttlDays = INVITE_TTL_DAYS) {
  return db.invite.create({
    data: { code: generateInviteCode(), clientId, expiresAt: new Date(now.getTime() + ttlDays * 86_400_000) },
  });
}

export interface NewIdentity {
  channel: Channel;
  externalUserId: string;
  chatId: string;
  displayName?: string | undefined;
}

/**
 * Links a channel user to the invite's client. Single use: the conditional update lets only
 * one redemption win even when two arrive together. Returns null for an unknown, used or
 * expired code.
 */
export async function redeemInvite(db: Db, code: string, identity: NewIdentity, now: Date) {
  const invite = await db.invite.findUnique({ where: { code }, include: { client: true } });
  if (!invite || invite.usedAt || invite.expiresAt <= now || invite.client.erasedAt) return null;
  const claimed = await db.invite.updateMany({ where: { id: invite.id, usedAt: null }, data: { usedAt: now } });
  if (claimed.count !== 1) return null;
  const created = await db.channelIdentity.create({
    data: {
      clientId: invite.clientId,
      channel: identity.channel,
      externalUserId: identity.externalUserId,
      chatId: identity.chatId,
      displayName: identity.displayName ?? null,
    },
  });
  await db.invite.update({ where: { id: invite.id }, data: { usedByIdentityId: created.id } });
  return { client: invite.client, identity: created };
}
