import type { Calendar, Expected, Family } from './calendar.js';
import { booking, FRI, MON, only, recurring, reminder, reschedule, said, SAT, task, THU, TUE, WED } from './common.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 19, round 1: whole messages typed on Slack or the web chat during work (several sentences, dashes,
 * polite business tone mixed with shorthand), written and labelled in code before the rules ran on them. A Roman
 * restaurant owner and a dentist's practice manager on a Tuesday morning in January, an English-speaking IT
 * consultant in Rome. Labels where the contract is silent: a message with two or three different requests is one
 * `task` holding the whole text (rules/several.ts); a recurrence with an end carries RFC 5545 `UNTIL` at the end of
 * its last local day ("ogni lunedì fino a fine febbraio" = `UNTIL=20270228T235959Z`, floating like the rule); "ogni
 * giorno tranne la domenica" names the other six days; a clock range for a table the office books is its start.
 * `viaOffice`, free texts and the party are checked by src/understanding/fresh-batch-19.test.ts.
 */
export const office = (expected: Expected): Expected => ({
  ...expected,
  slots: { ...expected.slots, viaOffice: true },
});
export const days = (from: string, to = from, extra: Expected['slots'] = {}) => ({ from, to, ...extra });
export const busy = (until: string) => only('status', { availability: 'busy', until });
/** several requests in one message: one task for the desk, holding the whole text */
export const several = (text: string): [string, Expected] => [text, said(only('task'), text.trim())];
/** the office books within a window: the days and, with a part of the day, its hours */
export const windowed = (from: string, to: string, hours?: readonly [string, string], extra = {}): Expected => ({
  intent: 'booking',
  slots: { from, to, viaOffice: true, ...(hours && { timeFrom: hours[0], timeTo: hours[1] }), ...extra },
});
/** a reminder before an appointment the client also names */
export const beforeEvent = (when: string, event: string): Expected => ({
  intent: 'reminder',
  when,
  slots: { event: { when: event } },
});
/** the end of a recurrence: the last local day, whole */
export const until = (date: { year: number; month: number; day: number }) =>
  `UNTIL=${date.year}${String(date.month).padStart(2, '0')}${String(date.day).padStart(2, '0')}T235959Z`;
export const d = (year: number, month: number, day: number) => ({ year, month, day });
export const nextWeek = (c: Calendar) => [c.iso(c.weekday(MON)), c.iso(c.plus(c.weekday(MON), 6))] as const;
export const MORNING = ['09:00', '13:00'] as const;
export const LATE_MORNING = ['11:00', '13:00'] as const;
export const AFTERNOON = ['13:00', '18:00'] as const;
export const EVENING = ['19:00', '23:00'] as const;

export const fresh19Round1: readonly Family[] = [
  // Tuesday 12 January 2027, 10:15 in Rome
  fresh('b19-r1-rome-restaurant', 'it', '2027-01-12T10:15:00+01:00', 'Europe/Rome', (c) => [
    [
      'it',
      'Buongiorno! Mi ha scritto il fornitore del pesce: "domani non riusciamo, passiamo giovedì mattina". Mi ricordi giovedì alle 8 di controllare la consegna?',
      said(reminder(c.at(c.weekday(THU), 8)), 'controllare la consegna'),
    ],
    ['it', 'cosa ho la settimana prossima?', only('agenda', days(...nextWeek(c)))],
    [
      'it',
      'Ciao, sabato sera ci serve un tavolo per 8 da Roscioli, tra le 20 e le 21. Ci pensate voi?',
      office(booking(c.at(c.weekday(SAT), 20), { partySize: 8 })),
    ],
    ['it', 'Sono in sala fino alle 15, poi riesco a leggere i messaggi', busy(c.at(c.today, 15))],
    [
      'it',
      ...several(
        'Per favore:\n- ricordami domani alle 11 di chiamare il commercialista\n- prenotami il dentista per venerdì pomeriggio\n- annulla la riunione di giovedì con lo chef',
      ),
    ],
    [
      'it',
      "ricordami mezz'ora prima della call con il consulente, che è giovedì alle 16",
      beforeEvent(c.at(c.weekday(THU), 15, 30), c.at(c.weekday(THU), 16)),
    ],
    [
      'it',
      "ogni lunedì fino a fine febbraio ricordami di fare l'ordine delle bevande",
      said(
        recurring(c.at(c.weekday(MON), 9), `FREQ=WEEKLY;BYDAY=MO;${until(d(2027, 2, 28))}`),
        "fare l'ordine delle bevande",
      ),
    ],
    [
      'it',
      'Entro venerdì mi servirebbe il menù di San Valentino tradotto in inglese, grazie',
      task(c.iso(c.weekday(FRI))),
    ],
    ['it', 'a che punto siete con la richiesta del nuovo fornitore di vini?', only('ticket_status')],
    [
      'it',
      "sposta l'appuntamento con il rappresentante del caffè da giovedì a venerdì alle 11",
      reschedule(c.at(c.weekday(FRI), 11)),
    ],
    ['it', "annulla la degustazione di domani sera, il sommelier ha l'influenza", only('cancel')],
    [
      'it',
      'sono libero giovedì pomeriggio?',
      only('free_slots', days(c.iso(c.weekday(THU)), undefined, { dayPart: 'afternoon' })),
    ],
    [
      'it',
      'ricordami ogni giorno alle 17 di controllare le prenotazioni online, tranne la domenica',
      recurring(c.at(c.today, 17), 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA'),
    ],
    [
      'it',
      "Ciao! domani alle 15 ho il controllo dell'ASL in cucina, me lo ricordi un'ora prima?",
      beforeEvent(c.at(c.day(1), 14), c.at(c.day(1), 15)),
    ],
    [
      'it',
      'puoi chiamare il tecnico della cella frigo? Non raffredda da stamattina, se riesce a passare entro domani è meglio',
      task(c.iso(c.day(1))),
    ],
    ['it', 'la richiesta 4812 è stata chiusa?', only('ticket_status', { ref: 4812 })],
    [
      'it',
      'Mi segni in agenda la riunione con il commercialista mercoledì prossimo alle 9 e mezza?',
      booking(c.at(c.weekday(WED), 9, 30)),
    ],
    [
      'it',
      'Oggi non ci sono per nessuno fino alle 14, abbiamo il pranzo di lavoro con i fornitori',
      only('status', { availability: 'dnd', until: c.at(c.today, 14) }),
    ],
    ['it', 'cancella tutti i promemoria di domani', only('cancel')],
    [
      'it',
      'prenotami dal parrucchiere giovedì in tarda mattinata',
      windowed(c.iso(c.weekday(THU)), c.iso(c.weekday(THU)), LATE_MORNING),
    ],
    [
      'it',
      "ricordami il 1° febbraio di rinnovare il permesso per i tavolini all'aperto, scade il 15",
      reminder(c.at(d(2027, 2, 1), 9)),
    ],
    ['it', 'cosa ho in agenda giovedì e venerdì?', only('agenda', days(c.iso(c.weekday(THU)), c.iso(c.weekday(FRI))))],
    ['it', 'sposta il promemoria delle bollette a lunedì', reschedule(c.iso(c.weekday(MON)))],
    [
      'it',
      'Buongiorno, da lunedì a venerdì alle 10:30 ricordami di fare il punto con la cucina',
      recurring(c.at(c.today, 10, 30), 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'),
    ],
    [
      'it',
      'ho la cena di gala del 30 da organizzare: entro il 20 mi servono tre preventivi di catering',
      task(c.iso(d(2027, 1, 20))),
    ],
  ]),
  fresh('b19-r1-rome-it-consultant', 'en', '2027-01-12T10:15:00+01:00', 'Europe/Rome', (c) => [
    [
      'en',
      'Morning - could you book me a meeting room for 6 people next Tuesday, ideally in the morning?',
      windowed(c.iso(c.weekday(TUE)), c.iso(c.weekday(TUE)), MORNING, { partySize: 6 }),
    ],
    [
      'en',
      'am I free thursday afternoon?',
      only('free_slots', days(c.iso(c.weekday(THU)), undefined, { dayPart: 'afternoon' })),
    ],
    [
      'en',
      'remind me 15 minutes before the client call at 2:30 tomorrow to print the proposal',
      beforeEvent(c.at(c.day(1), 14, 15), c.at(c.day(1), 14, 30)),
    ],
    ['en', 'heads up: in a workshop with the bank until 1pm, will reply after', busy(c.at(c.today, 13))],
    [
      'en',
      'the client emailed: "can we push the go-live review to Friday?" - please move it to friday at 10',
      reschedule(c.at(c.weekday(FRI), 10)),
    ],
  ]),
];
