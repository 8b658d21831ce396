import type { Db } from '../../infra/db/types.js';

export interface DeskAssistant {
  id: string;
  name: string;
  slackUserId: string;
}

/** The active assistant behind a Slack user, or null: only they may act on the desk. */
export function activeAssistant(db: Db, slackUserId: string): Promise<DeskAssistant | null> {
  return db.assistant.findFirst({
    where: { slackUserId, active: true },
    select: { id: true, name: true, slackUserId: true },
  });
}

/** How assistants sign what they send to clients: "Giulia Bianchi" signs "Giulia". */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}
