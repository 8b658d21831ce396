import type { Expected, Family } from './calendar.js';
import { booking, FRI, MON, only, recurring, reminder, reschedule, SAT, task, THU, TUE, WED } from './common.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 6: whole client messages (greetings, typos, two clauses), written before running the
 * rules on them, at four moments: the morning the clocks go back in Rome, a Roman afternoon before
 * New Year, a London Saturday close to midnight, a Chicago Monday morning the day after DST began.
 */
const before = (due: string, when: string): Expected => ({ intent: 'reminder', due, when });
const d = (year: number, month: number, day: number) => ({ year, month, day });

export const fresh6: readonly Family[] = [
  fresh('b6-realistic-a', 'it', '2027-10-31T07:15:00+01:00', 'Europe/Rome', (c) => [
    ['it', 'buongiorno, ricordami domani alle 10 di chiamare mia sorella x gli auguri', reminder(c.at(c.day(1), 10))],
    [
      'it',
      'mi segni un appuntamento dal parrucchiere mercoledi alle 5 e mezza?',
      booking(c.at(c.weekday(WED), 17, 30)),
    ],
    ['it', 'ricordami tra 3 ore di togliere il ragù dal fuoco', reminder(c.inMinutes(180))],
    ['it', 'stasera alle 9 ricordmi di preparare lo zaino del piccolo', reminder(c.at(c.today, 21))],
    ['it', 'ho la riunione di condominio giovedi 4 alle 18, segnamela', booking(c.at(d(2027, 11, 4), 18))],
    [
      'it',
      "devo pagare l'assicurazione entro il 10, ricordamelo il giorno prima",
      before(c.iso(d(2027, 11, 10)), c.at(d(2027, 11, 9), 9)),
    ],
    ['it', 'puoi cercarmi un idraulico in zona entro martedi?', task(c.iso(c.weekday(TUE)))],
    [
      'it',
      'ricordami ogni domenica sera di mettere fuori l umido',
      recurring(c.at(c.today, 19), 'FREQ=WEEKLY;BYDAY=SU'),
    ],
    ['it', 'cosa ho da fare domani?', only('agenda')],
    ['it', 'sposta la cena con i Bianchi a sabato prossimo alle 8 e mezza', reschedule(c.at(c.weekday(SAT), 20, 30))],
  ]),
  fresh('b6-realistic-b', 'it', '2027-12-30T16:30:00+01:00', 'Europe/Rome', (c) => [
    ['it', 'ciao, ricordami a capodanno alle 11 di chiamare la nonna', reminder(c.at(d(2028, 1, 1), 11))],
    ['it', 'mi ricordi dopodomani mattina di portare la macchina a revisione?', reminder(c.at(c.day(2), 9))],
    [
      'it',
      'prenota x il 6 gennaio un tavolo da Peppino alle 13, saremo in 5',
      booking(c.at(d(2028, 1, 6), 13), { partySize: 5 }),
    ],
    ['it', 'mi serve la traduzione in tedesco del listino entro il 15 gennaio', task(c.iso(d(2028, 1, 15)))],
    ['it', 'ricordamelo tra mezz ora: chiamare il corriere', reminder(c.inMinutes(30))],
    [
      'it',
      'sono dal medico fino alle 6, nn mi passate chiamate',
      only('status', { availability: 'busy', until: c.at(c.today, 18) }),
    ],
    ['it', 'il 3 gennaio alle 9:30 ho il commercialista, mettilo in agenda', booking(c.at(d(2028, 1, 3), 9, 30))],
    ['it', 'ricordami lunedì alle 8 meno un quarto di chiamare il fornitore', reminder(c.at(c.weekday(MON), 7, 45))],
    ['it', "annulla l'appuntamento dal dentista di martedi", only('cancel')],
    ['it', 'quante ore mi restano questo mese?', only('balance')],
  ]),
  fresh('b6-realistic-a', 'en', '2027-06-12T23:20:00+01:00', 'Europe/London', (c) => [
    ['en', 'hey can u remind me tmrw at noon to call my mum', reminder(c.at(c.day(1), 12))],
    ['en', 'remind me monday morning to send the invoice to Clare', reminder(c.at(c.weekday(MON), 9))],
    [
      'en',
      'book a table for 4 at Dishoom on friday at 7.30pm',
      booking(c.at(c.weekday(FRI), 19, 30), { partySize: 4 }),
    ],
    ['en', 'remind me in 45 mins to take the pizza out', reminder(c.inMinutes(45))],
    ['en', 'i need the slides proofread by wednesday', task(c.iso(c.weekday(WED)))],
    ['en', 'can you move my dentist appt to thursday at 3', reschedule(c.at(c.weekday(THU), 15))],
    [
      'en',
      'remind me every weekday at 8am to check the post',
      recurring(c.at(c.weekday(MON), 8), 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'),
    ],
    ['en', "what've i got on next week?", only('agenda')],
    ['en', 'remind me on the 1st of july to renew the car insurance', reminder(c.at(d(2027, 7, 1), 9))],
    ['en', 'remind me at midnight to lock the back door', reminder(c.at(c.day(1), 0))],
  ]),
  fresh('b6-realistic-b', 'en', '2027-03-15T08:05:00-05:00', 'America/Chicago', (c) => [
    ['en', 'morning! can you set up a call with the Denver team thursday at 2pm', booking(c.at(c.weekday(THU), 14))],
    ['en', 'remind me at 4:45 to leave for the school pickup', reminder(c.at(c.today, 16, 45))],
    ['en', 'remnd me friday at 10 to water the plants, thx', reminder(c.at(c.weekday(FRI), 10))],
    ['en', 'plz get me quotes for a new laptop by end of the week', task(c.iso(c.weekday(FRI)))],
    [
      'en',
      "I'm in a meeting till 10:30, hold my calls",
      only('status', { availability: 'busy', until: c.at(c.today, 10, 30) }),
    ],
    ['en', 'remind me in 2 weeks to follow up w/ the bank', reminder(c.at(c.day(14), 8, 5))],
    ['en', 'lunch with Priya on wednesday at 12:30, put it in my calendar', booking(c.at(c.weekday(WED), 12, 30))],
    ['en', 'how many hours do i have left?', only('balance')],
    ['en', 'remind me on easter sunday to call grandma', reminder(c.at(c.easter(), 9))],
    ['en', 'has the contract translation been done yet?', only('ticket_status')],
  ]),
];
