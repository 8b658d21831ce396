import { randomBytes, randomInt } from 'node:crypto';
import type { Client, Prisma, PrismaClient } from '../../src/generated/prisma/client.js';
import type { EmulatedUser } from './telegram-emulator.js';

/**
 * A client linked to a new user of the emulated Telegram API, as if they had accepted an invite.
 * Random user ids: emulators of parallel test files would otherwise hand out the same ones.
 * No vitest import here: benchmark scripts use it too.
 */
export async function createTelegramClient(
  db: PrismaClient,
  emulator: { user(options: { userId: number; languageCode: string }): EmulatedUser },
  overrides: Partial<Prisma.ClientUncheckedCreateInput> = {},
): Promise<{ client: Client; user: EmulatedUser }> {
  const user = emulator.user({ userId: randomInt(1_000_000, 2_000_000_000), languageCode: overrides.lang ?? 'it' });
  const client = await db.client.create({
    data: { name: `Studio ${randomBytes(4).toString('hex')}`, lang: 'it', tz: 'Europe/Rome', ...overrides },
  });
  await db.channelIdentity.create({
    data: {
      clientId: client.id,
      channel: 'telegram',
      externalUserId: String(user.userId),
      chatId: String(user.chatId),
    },
  });
  return { client, user };
}
