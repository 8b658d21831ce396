import type { enDeskTexts } from '../admin-en/desk.js';

/** Il desk nella pagina di un ticket: prendere in carico, rispondere, note, chiedere, chiudere, le prenotazioni. */
export const itDeskTexts: typeof enDeskTexts = {
  desk: {
    title: 'Desk',
    live: 'Questa pagina segue il ticket da sola: i nuovi messaggi e le modifiche fatte in Slack compaiono senza ricaricare.',
    nobodyHolds: 'Nessuno ha ancora in carico questo ticket: prendilo in carico per lavorarlo.',
    youHold: 'Hai in carico questo ticket.',
    heldBy: (p) =>
      `In carico a ${p.name}: solo chi lo ha in carico può rispondere al cliente, fargli domande o chiuderlo.`,
    closed: 'Questo ticket è chiuso: le note restano sul desk.',
    claim: 'Prendi in carico',
    release: 'Rilascia',
    reply: 'Rispondi al cliente',
    replyHint: 'Il cliente la riceve sul suo canale, firmata con il tuo nome e il numero della richiesta.',
    replyByMailHint:
      'Questa richiesta è arrivata per email: la risposta va al mittente dalla casella del cliente, a nome del cliente, nella stessa conversazione, e resta in Inviata.',
    send: 'Invia',
    suggestedReplyHint:
      'Risposta suggerita (scritta automaticamente dal messaggio ricevuto): rileggila, modificala se serve, poi inviala.',
    note: 'Nota interna',
    noteHint: 'Resta sul desk (e nel thread di Slack): il cliente non la vede mai.',
    saveNote: 'Salva la nota',
    ask: 'Chiedi al cliente',
    askHint: 'La domanda va al cliente e il ticket attende la sua risposta.',
    askSubmit: 'Chiedi',
    done: 'Fatto',
    doneHint:
      'Il ticket si chiude, i minuti si scalano dalle ore del cliente e il cliente riceve l’esito con i tasti per il voto da 1 a 5.',
    minutes: 'Tempo impiegato (minuti)',
    outcome: 'Esito per il cliente',
    doneSubmit: 'Chiudi il ticket',
    takeMessage: 'Prendi un messaggio per questo cliente',
    bookingTitles: {
      confirm: 'Conferma la prenotazione',
      propose: 'Proponi un altro orario',
      reschedule: 'Sposta la prenotazione',
    },
    bookingSubmits: {
      confirm: 'Conferma',
      propose: 'Invia la proposta',
      reschedule: 'Sposta',
    },
    bookingTimesIn: (p) => `Gli orari sono nel fuso del cliente (${p.tz}).`,
    date: 'Data',
    time: 'Ora',
    duration: 'Durata (minuti)',
    place: 'Luogo',
    noteToClient: 'Nota per il cliente',
    keepOverlap: 'Tienila anche se si sovrappone a un altro appuntamento del cliente',
    cancelBooking: 'Annulla la prenotazione',
    cancelBookingAsk: 'Annullare la prenotazione? Il cliente viene avvisato.',
    refused: 'Non fatto:',
    saved: {
      claim: 'Salvato: il ticket è in carico a te.',
      release: 'Salvato: il ticket è di nuovo aperto.',
      close: 'Salvato: il ticket è chiuso.',
      reply: 'Salvato: la risposta è andata al cliente.',
      note: 'Salvato: la nota è sul desk.',
      ask: 'Salvato: la domanda è andata al cliente, il ticket attende la sua risposta.',
      done: 'Salvato: il ticket è completato e il cliente ha ricevuto l’esito.',
      confirm: 'Salvato: la prenotazione è confermata e il cliente ha l’invito.',
      propose: 'Salvato: la proposta è andata al cliente.',
      reschedule: 'Salvato: la prenotazione è spostata e il cliente ha l’invito aggiornato.',
      cancelBooking: 'Salvato: la prenotazione è annullata e il cliente è stato avvisato.',
    },
  },
};
