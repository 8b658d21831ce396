import type { Family } from './calendar.js';
import { booking, FRI, MON, only, recurring, reminder, SAT, SUN, task, THU, TZ } from './common.js';

/**
 * Client messages said on Friday 26 March 2027 at 18:30 in Rome: the evening before the weekend
 * that brings Easter and the change to summer time (Sunday 28 March, 02:00 → 03:00), where
 * "stasera", hours already past, elapsed hours and deadlines said on a Friday are at stake.
 */
export const realisticEvening: Family = {
  name: 'realistic-evening',
  now: '2027-03-26T18:30:00+01:00',
  tz: TZ,
  cases: (c) => {
    const nine = (date: Parameters<typeof c.at>[0]) => c.at(date, 9);
    return [
      ['it', 'ricordami domenica alle 10 di fare gli auguri ai clienti', reminder(c.at(c.weekday(SUN), 10))],
      ['it', 'ricordami stasera di chiamare Anna', reminder(c.at(c.today, 19))],
      ['it', 'ricordami stasera alle 9 di chiudere il gas', reminder(c.at(c.today, 21))],
      ['it', 'ricordami alle 7 di chiamare il fornitore', reminder(c.at(c.today, 19))],
      ['it', 'ricordami alle 6 di aprire la saracinesca', reminder(c.at(c.day(1), 18))],
      ['it', 'ricordami lunedì di chiamare il commercialista', reminder(nine(c.weekday(MON)))],
      ['it', "ricordami dopodomani alle 9 di controllare l'allarme", reminder(c.at(c.day(2), 9))],
      ['it', 'ricordami a Pasquetta di annaffiare le piante in ufficio', reminder(nine(c.easter(1)))],
      ['it', 'ricordami tra 48 ore di richiamare il perito', reminder(c.inMinutes(48 * 60))],
      ['it', 'ricordami tra 2 giorni di spedire il pacco', reminder(c.at(c.day(2), 18, 30))],
      ['it', "ricordami fra un'ora di spegnere le insegne", reminder(c.inMinutes(60))],
      ['it', 'ricordami a mezzanotte di mandare la domanda online', reminder(c.at(c.day(1), 0))],
      ['it', 'ricordami domani a mezzanotte di chiudere il bando', reminder(c.at(c.day(2), 0))],
      ['it', 'ricordami stanotte di staccare il server', reminder(c.at(c.today, 22))],
      ['it', 'ricordami il primo aprile di pagare la rata', reminder(nine(c.date(4, 1)))],
      ['it', 'ricordami sabato alle 3 di passare in negozio', reminder(c.at(c.weekday(SAT), 15))],
      [
        'it',
        'ricordami ogni venerdì alle 18 di fare la chiusura',
        recurring(c.at(c.weekday(FRI), 18), 'FREQ=WEEKLY;BYDAY=FR'),
      ],
      [
        'it',
        'ricordami ogni venerdì alle 19 di fare la chiusura',
        recurring(c.at(c.today, 19), 'FREQ=WEEKLY;BYDAY=FR'),
      ],
      ['it', 'ricordami ogni giorno alle 8 di controllare la posta', recurring(c.at(c.day(1), 8), 'FREQ=DAILY')],
      ['it', 'prepara la relazione entro fine settimana', task(c.iso(c.today))],
      ['it', 'traduci la brochure entro venerdì', task(c.iso(c.weekday(FRI)))],
      ['it', 'prenota da Mario x domenica a pranzo, siamo in 5', booking(c.at(c.weekday(SUN), 13), { partySize: 5 })],
      ['it', 'cosa ho nel weekend?', only('agenda')],
      ['it', 'giovedì alle 9 ho la visita in ospedale', booking(c.at(c.weekday(THU), 9))],
      ['it', 'ricordami domani pomeriggio alle 4 e 10 di chiamare zia', reminder(c.at(c.day(1), 16, 10))],
      ['en', 'remind me tonight to call Anna', reminder(c.at(c.today, 19))],
      ['en', 'remind me at 6 to open the shutters', reminder(c.at(c.day(1), 18))],
      ['en', 'remind me on Sunday at 10 to send the Easter greetings', reminder(c.at(c.weekday(SUN), 10))],
      ['en', 'remind me in 48 hours to call the surveyor back', reminder(c.inMinutes(48 * 60))],
      ['en', 'remind me in 2 days to post the parcel', reminder(c.at(c.day(2), 18, 30))],
      ['en', 'remind me at midnight to submit the form', reminder(c.at(c.day(1), 0))],
      ['en', 'remind me every Friday at 7pm to close the books', recurring(c.at(c.today, 19), 'FREQ=WEEKLY;BYDAY=FR')],
      ['en', 'finish the report by the end of the week', task(c.iso(c.today))],
      ['en', 'translate the flyer by Friday', task(c.iso(c.weekday(FRI)))],
      ['en', "what's on this weekend?", only('agenda')],
      ['en', 'remind me on Easter Monday to water the plants', reminder(nine(c.easter(1)))],
      ['en', 'remind me tomorrow afternoon at 4:10 to call my aunt', reminder(c.at(c.day(1), 16, 10))],
    ];
  },
};
