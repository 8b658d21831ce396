import { randomInt } from 'node:crypto';
import type { Db } from '../../infra/db/types.js';
import type { Channel } from '../../kernel/messaging.js';

/** No 0/O, 1/I/L: codes are read aloud and typed on phones. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const INVITE_TTL_DAYS = 7;

export function generateInviteCode(): string {
  const pick = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${pick()}-${pick()}`;
}

/** Accepts "k7m2q9xd", "K7M2-Q9XD", " k7m2 q9xd ": what a person pastes or types. */
export function normalizeInviteCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  if (!/^[A-Z0-9]{8}$/.test(compact)) return null;
  return `${compact.slice(0, 4)}-${compact.slice(4)}`;
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
