import type { IncomingMail } from '../../infra/mail/parse.js';

export type TriageVerdict =
  | { triage: 'ignored'; reason: string }
  | { triage: 'notified'; reason: 'vip' | 'urgent-words' }
  | { triage: 'ticket'; reason: 'needs-answer' }
  | { triage: 'counted'; reason: 'in-copy' };

/** Who the mailbox belongs to and whose mail must reach the client at once. */
export interface TriageProfile {
  /** the client's own addresses (the login, the alias), lower-cased */
  own: string[];
  /** lower-cased addresses, or "@domain" */
  vipSenders: string[];
}

const automaticSender =
  /^(no-?reply|do-?not-?reply|donotreply|mailer-daemon|postmaster|notifications?|notify|bounces?|newsletter|news|alerts?|info-noreply)([+.-].*)?@/i;

/** Subjects that say the sender cannot wait, in Italian and English. */
const urgentWords =
  /\b(urgente|urgentissimo|urgenza|subito|entro oggi|scadenza oggi|urgent|asap|immediately|right away|as soon as possible)\b/i;

/** The header rules of mail nobody answers: mailing lists, bulk senders, automatic replies, spam marks. */
function automaticReason(mail: IncomingMail): string | undefined {
  const h = mail.headers;
  if (h.has('list-unsubscribe')) return 'list-unsubscribe';
  if (h.has('list-id')) return 'list-id';
  if (/^(bulk|list|junk)$/i.test((h.get('precedence') ?? '').trim())) return 'precedence';
  const auto = (h.get('auto-submitted') ?? '').trim();
  if (auto !== '' && !/^no$/i.test(auto)) return 'auto-submitted';
  if (h.has('x-autoreply') || h.has('x-autorespond')) return 'auto-reply';
  if (/^yes/i.test((h.get('x-spam-flag') ?? '').trim())) return 'spam-flag';
  if (!mail.from) return 'no-sender';
  if (automaticSender.test(mail.from.address)) return 'noreply-sender';
  return undefined;
}

function isVip(address: string, vipSenders: readonly string[]): boolean {
  const domain = address.slice(address.lastIndexOf('@'));
  return vipSenders.some((vip) => vip === address || vip === domain);
}

/**
 * Rules first, in order: what nobody answers is ignored (and the client's own mail); a VIP
 * sender or urgent words in the subject are told to the client; mail the client has only in
 * copy is counted for the briefing; the rest needs an answer and becomes a ticket for the desk.
 */
export function triageMail(mail: IncomingMail, profile: TriageProfile): TriageVerdict {
  const automatic = automaticReason(mail);
  if (automatic) return { triage: 'ignored', reason: automatic };
  const sender = mail.from!.address;
  if (profile.own.includes(sender)) return { triage: 'ignored', reason: 'own-mail' };
  if (isVip(sender, profile.vipSenders)) return { triage: 'notified', reason: 'vip' };
  if (urgentWords.test(mail.subject)) return { triage: 'notified', reason: 'urgent-words' };
  const addressedTo = mail.to.some((a) => profile.own.includes(a));
  const inCopy = mail.cc.some((a) => profile.own.includes(a));
  if (inCopy && !addressedTo) return { triage: 'counted', reason: 'in-copy' };
  return { triage: 'ticket', reason: 'needs-answer' };
}

/** A VIP list as typed (commas, spaces or lines): lower-cased addresses and "@domain"s, each once. */
export function parseVipSenders(text: string): string[] {
  const items = text
    .split(/[\s,;]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  return [...new Set(items)];
}

/** Whether each VIP entry is an address or an "@domain". */
export const vipEntryPattern = /^([^\s@]+@|@)[^\s@]+\.[^\s@]+$/;
