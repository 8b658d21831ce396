import { formatMinutes } from '../../desk/texts.js';
import type { deskCards } from '../desk-en/cards.js';

/** A ticket card's words in Italian: the same keys and parameters as the English part. */
export const deskCardsIt: typeof deskCards = {
  card: {
    status: 'Stato',
    due: 'Scadenza',
    sla: 'SLA',
    timeSpent: 'Tempo impiegato',
    clientHours: 'Ore del cliente',
    rating: 'Valutazione',
    open: ':white_circle: Aperto',
    claimedBy: (who) => `:large_blue_circle: Preso in carico da ${who}`,
    waitingFor: (who) => `:hourglass_flowing_sand: In attesa del cliente (${who})`,
    doneBy: (who) => `:white_check_mark: Completato da ${who}`,
    cancelled: ':x: Annullato dal cliente',
    bookingCancelledByClient: ':x: Prenotazione annullata dal cliente: avvisa il locale, poi chiudi',
    nobody: 'nessuno',
    noDeadline: 'nessuna scadenza',
    continued: '_(continua nel thread)_',
    hoursLeft: (balance, pkg) => `${formatMinutes(balance)} rimaste su ${formatMinutes(pkg)}`,
    noPackage: 'nessun pacchetto',
    balanceNoPackage: (balance) => `${formatMinutes(balance)}, nessun pacchetto`,
    moreAttachments: (count) => ` e altri ${count}`,
    fits: (category, mentions) => `Adatto per ${category.toLowerCase()}: ${mentions}`,
    urgentCallback: ":rotating_light: *Richiamata urgente*: richiamare entro un'ora (in orario d'ufficio)",
    claim: 'Prendi in carico',
    done: 'Fatto',
    ask: 'Chiedi al cliente',
    release: 'Rilascia',
    close: 'Chiudi',
  },
  sla: {
    cancelled: 'annullato',
    doneLate: 'completato in ritardo',
    doneOnTime: 'completato in tempo',
    overdue: (minutes) => `in ritardo di ${formatMinutes(minutes)}`,
    unclaimed: (minutes) => `non preso in carico da ${formatMinutes(minutes)}`,
    dueSoon: (minutes) => `scade tra ${formatMinutes(minutes)}`,
    onTrack: 'nei tempi',
  },
};
