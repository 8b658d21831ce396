import type { Lang } from '../understanding/contract.js';

/** The client's words as a sentence of the reply: a capital first, a full stop last. */
export function asSentence(words: string): string {
  const trimmed = words.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return '';
  const capital = trimmed[0]!.toLocaleUpperCase() + trimmed.slice(1);
  return /[.!?…]$/u.test(capital) ? capital : `${capital}.`;
}

/** What the client reads when acting on their e-mail from the chat (replies and forwards), and the plain reply template. */
export const mailChatTexts = {
  en: {
    draftShown: (p: { to: string; subject: string; text: string }) =>
      `Draft reply to ${p.to} ("${p.subject}"):\n\n${p.text}\n\nShall I send it? Nothing goes out until you tap Send.`,
    draftSent: (p: { to: string; saved: boolean }) =>
      `Sent to ${p.to}${p.saved ? ', with a copy in your Sent folder' : ''}.`,
    draftAlreadySent: 'This reply was already sent (once).',
    draftSending: 'I am sending this reply already: it goes out once.',
    mailOff: 'the mailboxes are off on this server',
    draftCancelled: 'Draft cancelled: nothing was sent.',
    draftGone: 'This draft is no longer open: nothing was sent.',
    draftFailed: (p: { detail: string }) =>
      `The reply could not be sent (${p.detail}). Tap Send to try again, or Cancel.`,
    draftAskText: 'Write me the new text of the reply (or "cancel" to drop it): I will show it to you before sending.',
    noMailFrom: (p: { named: string; recent: string }) =>
      p.recent
        ? `I find no e-mail from "${p.named}" in your mailbox. Latest senders: ${p.recent}.`
        : `I find no e-mail from "${p.named}" in your mailbox.`,
    pickSender: (p: { named: string }) => `Several senders match "${p.named}": which one do you mean?`,
    forwardNew: (p: { count: number; from: string; ref: string }) =>
      `Passed to the office: ${p.count === 1 ? '1 e-mail' : `${p.count} e-mails`} from ${p.from} (request ${p.ref}).`,
    forwardAdded: (p: { count: number; from: string; ref: string }) =>
      `Added ${p.count === 1 ? '1 e-mail' : `${p.count} e-mails`} from ${p.from} to request ${p.ref}, already with the office.`,
    forwardAlready: (p: { from: string; ref: string }) =>
      `The e-mails from ${p.from} are already with the office (request ${p.ref}).`,
    forwardSummary: (p: { from: string }) => `E-mails from ${p.from} passed on by the client`,
    noSubject: 'no subject',
    template: (p: { name: string | null; words: string; signer: string }) =>
      `${p.name ? `Dear ${p.name},` : 'Hello,'}\n\n${asSentence(p.words)}\n\nBest regards,\n${p.signer}`,
  },
  it: {
    draftShown: (p: { to: string; subject: string; text: string }) =>
      `Bozza di risposta a ${p.to} («${p.subject}»):\n\n${p.text}\n\nLa invio? Non parte nulla finché non tocchi Invia.`,
    draftSent: (p: { to: string; saved: boolean }) =>
      `Inviata a ${p.to}${p.saved ? ', con copia nella cartella Posta inviata' : ''}.`,
    draftAlreadySent: 'Questa risposta è già stata inviata (una volta sola).',
    draftSending: 'La sto già inviando: parte una volta sola.',
    mailOff: 'le caselle di posta sono spente su questo server',
    draftCancelled: 'Bozza annullata: non ho inviato nulla.',
    draftGone: 'Questa bozza non è più aperta: non ho inviato nulla.',
    draftFailed: (p: { detail: string }) =>
      `Non sono riuscito a inviare la risposta (${p.detail}). Tocca Invia per riprovare, o Annulla.`,
    draftAskText:
      'Scrivimi il nuovo testo della risposta (o «annulla» per lasciar perdere): te lo mostro prima di inviarlo.',
    noMailFrom: (p: { named: string; recent: string }) =>
      p.recent
        ? `Non trovo email da «${p.named}» nella tua casella. Ultimi mittenti: ${p.recent}.`
        : `Non trovo email da «${p.named}» nella tua casella.`,
    pickSender: (p: { named: string }) => `Più mittenti corrispondono a «${p.named}»: a quale ti riferisci?`,
    forwardNew: (p: { count: number; from: string; ref: string }) =>
      `Passate all'ufficio: ${p.count === 1 ? '1 email' : `${p.count} email`} di ${p.from} (richiesta ${p.ref}).`,
    forwardAdded: (p: { count: number; from: string; ref: string }) =>
      `Aggiunte ${p.count === 1 ? '1 email' : `${p.count} email`} di ${p.from} alla richiesta ${p.ref}, già in mano all'ufficio.`,
    forwardAlready: (p: { from: string; ref: string }) =>
      `Le email di ${p.from} sono già all'ufficio (richiesta ${p.ref}).`,
    forwardSummary: (p: { from: string }) => `Email di ${p.from} passate dal cliente`,
    noSubject: 'senza oggetto',
    template: (p: { name: string | null; words: string; signer: string }) =>
      `${p.name ? `Gentile ${p.name},` : 'Buongiorno,'}\n\n${asSentence(p.words)}\n\nCordiali saluti,\n${p.signer}`,
  },
} as const satisfies Record<Lang, unknown>;
