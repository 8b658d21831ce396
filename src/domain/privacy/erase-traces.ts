import type { ErasureTraces } from './erase.js';

/** What clears an erased client's data outside PostgreSQL. */
export interface TraceCleaners {
  /** empties a web chat session's mailbox: its messages, buttons and files */
  clearWebChat(chatId: string): Promise<void>;
  /** has the desk redraw a ticket's card, which now shows an erased client */
  refreshDeskCard(ticketId: string): Promise<void>;
}

export interface ClearedTraces {
  webChats: number;
  deskCards: number;
}

/** Runs after eraseClient has committed; each part can run again without harm. */
export async function clearErasureTraces(traces: ErasureTraces, cleaners: TraceCleaners): Promise<ClearedTraces> {
  for (const chatId of traces.webChats) await cleaners.clearWebChat(chatId);
  for (const ticketId of traces.deskCards) await cleaners.refreshDeskCard(ticketId);
  return { webChats: traces.webChats.length, deskCards: traces.deskCards.length };
}
