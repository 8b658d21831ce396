/** The assistant doing a desk act: who they are, and the name they sign client messages with. */
export interface DeskAssistant {
  id: string;
  name: string;
}

/** How assistants sign what they send to clients: "Giulia Bianchi" signs "Giulia". */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}
