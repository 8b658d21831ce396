import { formatMinutes, NOTE_MARKER } from '../desk/texts.js';
import { formatLocal } from '../kernel/time.js';
import type { DeskCatalog } from './desk-catalog.js';
import { deskCardsIt } from './desk-it/cards.js';
import { formatDateTime } from './format.js';

/** Italian texts of the desk: the same keys and parameters as the English catalog (desk-en.ts). */
export const deskIt: DeskCatalog = {
  ...deskCardsIt,
  dateTime: (at, tz) => formatLocal(at, tz, 'EEE d MMM yyyy HH:mm', 'it'),
  date: (at, tz) => formatLocal(at, tz, 'EEE d MMM yyyy', 'it'),
  time: (at, tz) => formatLocal(at, tz, 'HH:mm', 'it'),
  moment: (at, tz, now) => formatDateTime(at, 'it', tz, now),
  longDay: (at, tz) => formatLocal(at, tz, 'EEEE d MMMM', 'it'),
  erasedClient: 'Cliente cancellato',
  erasedRequest: '(dati personali cancellati su richiesta del cliente)',
  notAnAssistant:
    'Solo le assistenti attive di Delego possono lavorare i ticket. Chiedi a un amministratore di aggiungerti.',
  somethingFailed: 'Qualcosa è andato storto da parte nostra. Riprova tra poco.',
  ticketGone: 'Questo ticket non esiste più.',
  alreadyClaimed: (number, holder) => `${number} è già preso in carico da ${holder}.`,
  youHoldIt: (number) => `${number} è già in carico a te.`,
  heldBy: (number, holder) => `${number} è in carico a ${holder}: può farlo solo chi lo ha in carico.`,
  claimFirst: (number) => `Prima prendi in carico ${number}.`,
  statusWords: {
    open: 'aperto',
    claimed: 'preso in carico',
    waiting_client: 'in attesa del cliente',
    done: 'completato',
    cancelled: 'annullato',
  },
  closed: (number, status) => `${number} è ${status}.`,
  threadClosed: (number, status) => `${number} è ${status}: i messaggi in questo thread non arrivano più al cliente.`,
  threadHint: `Le risposte in questo thread arrivano al cliente, firmate con il tuo nome. Inizia un messaggio con ${NOTE_MARKER} per tenerlo interno; ${NOTE_MARKER} seguito solo da una durata (\`${NOTE_MARKER} 30 min\`, \`${NOTE_MARKER} 1h 15\`) registra il tempo sul ticket senza chiuderlo.`,
  timeLogged: (minutes, number, total) =>
    `:stopwatch: Registrati ${formatMinutes(minutes)} su ${number} (totale ${formatMinutes(total)}). Il cliente non riceve nulla.`,
  timeNotLogged: (reason) => `:warning: Tempo non registrato: ${reason}`,
  fullRequest: 'Richiesta completa:',
  released: (name, number) => `:unlock: ${name} ha rilasciato ${number}: è di nuovo aperto.`,
  asked: (name, question) => `:question: ${name} ha chiesto al cliente: ${question}`,
  repliedOutsideSlack: (name, text) => `:outbox_tray: ${name} ha risposto al cliente dal back-office: ${text}`,
  noteOutsideSlack: (name, text) => `:memo: Nota interna di ${name} (back-office): ${text}`,
  done: (name, minutes) => `:white_check_mark: ${name} ha completato il ticket: ${formatMinutes(minutes)} registrati.`,
  balanceNegative: ':warning: Il cliente ha esaurito il suo pacchetto ore.',
  balanceLow: (balance, pkg) =>
    `:hourglass: Al cliente resta il 20% del pacchetto ore o meno: ${formatMinutes(balance)} su ${formatMinutes(pkg)}.`,
  closedAfterClientCancel: (name) =>
    `:white_check_mark: ${name} ha chiuso il ticket: il cliente aveva annullato la prenotazione.`,
  notCancelledByClient: (number) =>
    `${number} ha ancora la sua prenotazione: chiudilo con Fatto quando il lavoro è finito.`,
  rated: (rating) => `:star: Il cliente ha dato ${rating}/5.`,
  cancelledByClient: ':x: Il cliente ha annullato questa richiesta.',
  stillUnclaimed: (number, mentions) =>
    `:bell: ${number} non è ancora preso in carico.${mentions ? ` ${mentions}, rientra nelle vostre competenze.` : ''}`,
  dueSoon: (mention, number, due) => `:alarm_clock: ${mention} ${number} scade ${due}.`,
  overdue: (number, holder) =>
    `:rotating_light: ${number} ha superato la scadenza${holder ? ` (in carico a ${holder})` : ' e nessuno lo ha in carico'}.`,
  clientWrote: (client, text) => `:speech_balloon: *${client}:* ${text}`,
  relayFailed: (reason) => `:warning: Non consegnato al cliente (${reason}). Rimandalo tra poco.`,
  clientUnreachable: 'Il cliente non ha un canale su cui raggiungerlo.',
  mailSent: (to, saved) =>
    `:email: Inviata per email a ${to} dalla casella del cliente${saved ? ', e salvata in Posta inviata' : ' (non salvata in Posta inviata)'}.`,
  mailNotSent: (reason) => `:warning: Email non inviata (${reason}). Rimandala tra poco.`,
  suggestion: {
    intro: ":bulb: *Risposta suggerita* all'email (scritta dall'IA: leggila prima di inviarla):",
    send: 'Invia questa risposta',
    edit: 'Modifica',
    sentBy: (name) => `:outbox_tray: ${name} ha inviato la risposta suggerita.`,
    repliedBy: (name, text) => `:outbox_tray: ${name} ha risposto per email: ${text}`,
    gone: "Questa risposta suggerita non è più disponibile: l'email è stata cancellata o il suo testo rimosso.",
    modalTitle: 'Rispondi per email',
    replyLabel: 'La tua risposta (parte dalla casella del cliente)',
    replyEmpty: 'Scrivi la risposta.',
  },
  files: {
    notDownloaded: 'file non ancora scaricato',
    clientSent: (client, name) => `:paperclip: *${client}* ha inviato ${name}`,
    voiceTranscript: (client, transcript) =>
      `:studio_microphone: Messaggio vocale di *${client}*. Trascrizione: «${transcript}»`,
    voiceToListen: (client) =>
      `:studio_microphone: Messaggio vocale di *${client}*, senza trascrizione: ascoltalo qui.`,
    fileTooLarge: (name, maxMb) => `${name} supera i ${maxMb} MB: non è stato inviato al cliente.`,
    fileNotSent: (name, reason) => `:warning: ${name} non è arrivato al cliente (${reason}). Rimandalo tra un momento.`,
  },
  doneModalTitle: 'Completa il ticket',
  askModalTitle: 'Chiedi al cliente',
  minutesLabel: 'Tempo impiegato (minuti)',
  outcomeLabel: 'Esito per il cliente',
  outcomeHint: 'Il cliente riceve questa nota, firmata con il tuo nome.',
  questionLabel: 'Domanda',
  minutesInvalid: (max) => `Un numero intero di minuti da 1 a ${max}.`,
  outcomeEmpty: 'Scrivi al cliente cosa è stato fatto.',
  questionEmpty: 'Scrivi la domanda.',
  messageEmpty: 'Scrivi il messaggio.',
  textTooLong: (max) => `Al massimo ${max} caratteri.`,
  submit: 'Invia',
  cancel: 'Annulla',
  balanceLine: (balance, pkg) =>
    pkg > 0
      ? `Ore residue del cliente: ${formatMinutes(balance)} su ${formatMinutes(pkg)}.`
      : `Il cliente non ha un pacchetto ore (saldo ${formatMinutes(balance)}).`,
  commandUsage:
    'Uso: `/delego` elenca i tuoi ticket e quelli da prendere in carico; `/delego stats` (o `statistiche`) mostra i numeri di questa settimana.',
  statsWords: ['stats', 'statistiche'],
  yourTickets: 'I tuoi ticket',
  unclaimedTickets: 'Da prendere in carico',
  none: 'nessuno',
  more: (count) => `…e altri ${count}`,
  clientStatus: (dnd, until) =>
    dnd
      ? `:no_bell: Il cliente ha chiesto di non essere disturbato fino alle ${until}`
      : `:calendar: Il cliente è occupato fino alle ${until}`,
  takeMessageTitle: 'Prendi un messaggio',
  takeMessageClient: 'Per il cliente',
  takeMessageClientSearch: 'Scrivi parte del nome',
  takeMessageCaller: 'Chi ha chiamato',
  takeMessagePhone: 'Il suo numero',
  takeMessageBody: 'Cosa desidera',
  takeMessageUrgent: 'Urgente: consegna anche se il cliente è occupato',
  takeMessageUrgentOption: 'Urgente',
  takeMessageNoClients: 'Non ci sono ancora clienti per cui prendere un messaggio.',
  takeMessageDelivered: (client) => `:envelope_with_arrow: Messaggio consegnato a ${client}.`,
  takeMessageHeld: (client, until) =>
    `:hourglass_flowing_sand: ${client} non vuole essere disturbato: il messaggio è trattenuto e parte ${until}.`,
  takeMessageUndeliverable: (client) =>
    `:warning: ${client} non ha un canale su cui raggiungerlo: il messaggio è conservato e parte appena è raggiungibile.`,
  takeMessageFields: {
    clientId: 'cliente',
    callerName: 'nome di chi ha chiamato',
    callerPhone: 'numero di telefono',
    body: 'messaggio',
  },
  takeMessageIssues: { missing: 'mancante', too_long: 'troppo lungo', invalid: 'non valido' },
  takeMessageProblem: (field, issue) => `Non salvato: ${field} ${issue}.`,
  takeMessageClientGone: 'Questo cliente non esiste più.',
  statsTitle: (from) => `Ticket da ${from}`,
  statsLine: (s) =>
    `Creati ${s.created} · Presi in carico ${s.claimed} · Completati ${s.done}\nTempo mediano di presa in carico: ${s.toClaim} · Tempo mediano di completamento: ${s.toDone}`,
  bookingModals: {
    confirm: { title: 'Conferma prenotazione', submit: 'Conferma' },
    propose: { title: 'Proponi un altro orario', submit: 'Invia proposta' },
    reschedule: { title: 'Sposta prenotazione', submit: 'Sposta' },
  },
  bookingDateLabel: 'Data',
  bookingTimeLabel: 'Ora',
  bookingDurationLabel: 'Durata (minuti)',
  bookingPlaceLabel: 'Luogo',
  bookingNoteLabel: 'Nota per il cliente',
  bookingStatuses: {
    requested: ':hourglass: richiesta, da prenotare',
    confirmed: ':white_check_mark: confermata',
    cancelled: ':x: annullata',
    done: ':white_check_mark: conclusa',
  },
  bookingHeading: (status) => `:calendar: *Prenotazione* · ${status}`,
  bookingPlace: (place) => `*Luogo:* ${place}`,
  bookingProposal: (when, place) =>
    `:speech_balloon: *Proposto:* ${when}${place ? `, ${place}` : ''}, in attesa del cliente`,
  bookingNoTime: 'orario da fissare',
  bookingDayNoTime: (day) => `${day}, orario da fissare`,
  bookingConfirmButton: 'Conferma prenotazione',
  bookingProposeButton: 'Proponi un altro orario',
  bookingRescheduleButton: 'Sposta',
  bookingCancelButton: 'Annulla prenotazione',
  bookingCancelAsk: 'Annullare la prenotazione?',
  bookingCancelExplain: (title) => `*${title}* viene annullata e il cliente viene avvisato.`,
  bookingKeep: 'Mantienila',
  anotherBooking: 'un altro impegno',
  thatTime: "quell'orario",
  bookingTimesHint: (tz) => `Gli orari sono nel fuso orario del cliente (${tz}).`,
  bookingDateMissing: 'Scegli la data.',
  bookingTimeMissing: "Scegli l'ora.",
  bookingTimePast: "Quell'orario è già passato.",
  bookingDurationInvalid: (min, max) => `Un numero intero di minuti da ${min} a ${max}.`,
  bookingClash: (title, when) =>
    `Il cliente ha già ${title} (${when}): scegli un altro orario, oppure spunta «Tieni anche se si sovrappone».`,
  bookingOverlapLabel: 'Sovrapposizione',
  bookingKeepOverlap: 'Tieni anche se si sovrappone',
  bookingNone: 'Questo ticket non ha una prenotazione.',
  bookingNotRequested: 'Questa prenotazione non è più da prenotare: nel frattempo è stata confermata o annullata.',
  bookingNotConfirmed: "Questa prenotazione non è confermata: non c'è niente da spostare.",
  bookingNotActive: 'Questa prenotazione è già annullata.',
  bookingConfirmed: (name, when) =>
    `:white_check_mark: ${name} ha confermato la prenotazione: ${when}. Il cliente ha l'invito per il calendario.`,
  bookingProposed: (name, when) => `:speech_balloon: ${name} ha proposto al cliente ${when}.`,
  bookingMoved: (name, when) =>
    `:arrows_counterclockwise: ${name} ha spostato la prenotazione a ${when}. Il cliente ha l'invito aggiornato.`,
  bookingCancelled: (name) => `:x: ${name} ha annullato la prenotazione. Il cliente è stato avvisato.`,
  proposalAccepted: (when) => `:white_check_mark: Il cliente ha accettato ${when}: la prenotazione è confermata.`,
  proposalDeclined: (when) => `:no_entry_sign: Il cliente ha rifiutato ${when}. Proponi un altro orario.`,
  clientCancelledBooking:
    ':x: Il cliente ha annullato la prenotazione in chat: avvisa il locale, poi chiudi il ticket.',
  clientMovedBooking: (when) =>
    `:arrows_counterclockwise: Il cliente ha spostato la prenotazione a ${when} in chat: avvisa il locale.`,
  proposalClash: (when, other) =>
    `:warning: Il cliente non può ${when}: si sovrappone a ${other}. Proponi un altro orario.`,
  categories: {
    translation: 'Traduzione',
    writing: 'Scrittura',
    social: 'Social media',
    admin: 'Amministrazione',
    email: 'Email',
    research: 'Ricerca',
    call: 'Telefonata',
    booking: 'Prenotazione',
    other: 'Altro',
  },
};
