import { isUniqueViolation, type PrismaClient } from '../../infra/db/types.js';
import type { Lang } from '../../understanding/contract.js';

export interface WebClient {
  id: string;
  name: string;
  lang: Lang;
  /** the client's time zone: the chat shows when each message was written in it */
  tz: string;
  isDemo: boolean;
}

/** The web chat's view of clients: whom a browser session speaks for. */
export interface WebClients {
  /** the client the session is linked to; null for a new, unlinked or erased one */
  linkedTo(sessionKey: string): Promise<WebClient | null>;
  /** links the session to a new demo client of its own; an already linked session keeps its client */
  startDemo(sessionKey: string, lang: Lang): Promise<WebClient>;
}

const select = { id: true, name: true, lang: true, tz: true, isDemo: true, erasedAt: true } as const;

/**
 * Demo clients are ordinary clients marked isDemo, one per browser session, so visitors never
 * see each other's reminders or bookings and every flow runs exactly as for a real client.
 */
export function createWebClients(prisma: PrismaClient, defaults: { tz: string }): WebClients {
  async function linkedTo(sessionKey: string): Promise<WebClient | null> {
    const identity = await prisma.channelIdentity.findUnique({
      where: { channel_externalUserId: { channel: 'web', externalUserId: sessionKey } },
      select: { client: { select } },
    });
    if (!identity || identity.client.erasedAt) return null;
    const { erasedAt: _erased, ...client } = identity.client;
    return client;
  }

  return {
    linkedTo,
    async startDemo(sessionKey, lang) {
      try {
        return await prisma.$transaction(async (tx) => {
          const { erasedAt: _erased, ...client } = await tx.client.create({
            data: { name: 'Demo', isDemo: true, lang, tz: defaults.tz },
            select,
          });
          await tx.channelIdentity.create({
            data: { clientId: client.id, channel: 'web', externalUserId: sessionKey, chatId: sessionKey },
          });
          return client;
        });
      } catch (err) {
        // The same session asked twice at once: the other request linked it.
        const linked = isUniqueViolation(err) ? await linkedTo(sessionKey) : null;
        if (linked) return linked;
        throw err;
      }
    },
  };
}
