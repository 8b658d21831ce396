import type { DraftWriter } from '../domain/mailbox/draft-writer.js';
import type { MailReplyOutcome } from '../domain/mailbox/reply.js';

/** The client's mailbox as the chat uses it (when MAILBOX_KEY is set): replies approved in chat go out through it. */
export interface ChatMail {
  /** sends the reply to one of the client's e-mails as the client; the key makes a second send a `duplicate` */
  send(input: {
    clientId: string;
    mailMessageId: string;
    text: string;
    idempotencyKey: string;
  }): Promise<MailReplyOutcome>;
  /** an LLM writes the draft, when one is configured (the client's LLM opt-out is checked by the caller) */
  write?: DraftWriter | undefined;
}
