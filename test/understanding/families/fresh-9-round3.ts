import type { Family } from './calendar.js';
import { booking, FRI, MON, only, recurring, reminder, reschedule, SAT, SUN, task, THU, TUE, WED } from './common.js';
import { fresh } from './fresh-1.js';

/**
 * Fresh batch 9, third round: written and labelled before running the rules. A property manager and a
 * dentist's receptionist in Rome at 18:55 on Good Friday 2027, before Easter (the night the clocks go
 * forward) and Easter Monday; an accountant and a non-native English speaker in Johannesburg (UTC+2) on
 * a Wednesday morning in September.
 */
const d = (year: number, month: number, day: number) => ({ year, month, day });

export const fresh9Round3: readonly Family[] = [
  fresh('b9-r3-rome-good-friday', 'it', '2027-03-26T18:55:00+01:00', 'Europe/Rome', (c) => [
    [
      'it',
      'buonasera, ricordami lunedì di pasquetta alle 10 di chiamare l idraulico x il condominio di via Verdi',
      reminder(c.at(c.easter(1), 10)),
    ],
    ['it', 'martedì alle 9 assemblea condominiale in via Po, segnala in agenda', booking(c.at(c.weekday(TUE), 9))],
    [
      'it',
      'x favore mandi una circolare a tutti i condomini entro mercoledì sulla chiusura dell acqua',
      task(c.iso(c.weekday(WED))),
    ],
    [
      'it',
      'sono in sopralluogo fino alle 8 stasera',
      only('status', { availability: 'busy', until: c.at(c.today, 20) }),
    ],
    [
      'it',
      "mi trovi un'ora libera martedì o mercoledì mattina?",
      only('free_slots', { durationMin: 60, from: c.iso(c.weekday(TUE)), to: c.iso(c.weekday(WED)) }),
    ],
    ['it', 'che impegni ho martedì 30?', only('agenda', { from: c.iso(d(2027, 3, 30)), to: c.iso(d(2027, 3, 30)) })],
    ['it', 'la signora Conti ha disdetto l appuntamento di domani alle 11, cancellalo', only('cancel')],
    [
      'it',
      'sposta la pulizia denti del sig. Galli a giovedì 1 aprile alle 17 e 30',
      reschedule(c.at(d(2027, 4, 1), 17, 30)),
    ],
    [
      'it',
      'ricordami domenica a pranzo di fare gli auguri di buona pasqua ai fornitori',
      reminder(c.at(c.weekday(SUN), 13)),
    ],
    [
      'it',
      'allora segnati che il 12 aprile alle tre e mezza c è la riunione con i proprietari del civico 8',
      booking(c.at(d(2027, 4, 12), 15, 30)),
    ],
    ['it', 'tra 2 ore ricordami di richiamare l amministratore', reminder(c.inMinutes(120))],
    [
      'it',
      'ricordami ogni primo lunedì del mese di fare il giro dei contatori',
      recurring(c.at(c.nth(2027, 4, MON, 1), 9), 'FREQ=MONTHLY;BYDAY=1MO'),
    ],
    ['it', 'la richiesta 9012 è stata chiusa?', only('ticket_status', { ref: 9012 })],
    ['it', 'annullami il promemoria di lunedì', only('cancel')],
    ['it', 'nn disturbatemi fino a martedì', only('status', { availability: 'dnd', until: c.at(c.weekday(TUE), 9) })],
    ['it', 'mi prenoti da Gino x pasquetta a pranzo? siamo in 12', booking(c.at(c.easter(1), 13), { partySize: 12 })],
    ['it', 'quante ore ho usato a marzo?', only('balance')],
    [
      'it',
      'ricordami tra 10 giorni alle 9 e un quarto di controllare i pagamenti delle rate condominiali',
      reminder(c.at(c.day(10), 9, 15)),
    ],
    [
      'it',
      'grazie mille e buona pasqua! ah dimenticavo, mercoledì alle 4 ho il dentista, me lo segni?',
      booking(c.at(c.weekday(WED), 16)),
    ],
    [
      'it',
      'ricordami venerdì prossimo alle 7 e mezza di mattina di aprire il cancello ai giardinieri',
      reminder(c.at(c.weekday(FRI), 7, 30)),
    ],
  ]),
  fresh('b9-r3-johannesburg', 'en', '2027-09-22T08:05:00+02:00', 'Africa/Johannesburg', (c) => [
    ['en', 'good morning, please remind me at 11 to send the VAT201 to Thabo', reminder(c.at(c.today, 11))],
    [
      'en',
      'add a meeting with the auditors on the 30th from 2 to 4pm',
      booking(c.at(d(2027, 9, 30), 14), { durationMin: 120 }),
    ],
    ['en', 'client from Durban wants to meet friday 10am, put it in my agenda pls', booking(c.at(c.weekday(FRI), 10))],
    ['en', 'you can remember me the day after tomorrow for pay the salaries?', reminder(c.at(c.day(2), 9))],
    ['en', 'what do i have on monday?', only('agenda', { from: c.iso(c.weekday(MON)), to: c.iso(c.weekday(MON)) })],
    ['en', 'status on request 3107 pls', only('ticket_status', { ref: 3107 })],
    ['en', 'cancel request 3108, not needed anymore', only('cancel', { ref: 3108 })],
    ['en', 'remind me at the end of the month to do the payroll', reminder(c.at(d(2027, 9, 30), 9))],
    [
      'en',
      "i'll be in client meetings until 1pm, only urgent calls",
      only('status', { availability: 'busy', until: c.at(c.today, 13) }),
    ],
    [
      'en',
      'can you find me two hours thursday afternoon to review the Mokoena file',
      only('free_slots', { durationMin: 120, from: c.iso(c.weekday(THU)), to: c.iso(c.weekday(THU)) }),
    ],
    [
      'en',
      'remind me tomorrow at half past seven in the morning to take the car for service thank you',
      reminder(c.at(c.day(1), 7, 30)),
    ],
    [
      'en',
      'every last friday of the month remind me to send invoices',
      recurring(c.at(d(2027, 9, 24), 9), 'FREQ=MONTHLY;BYDAY=-1FR'),
    ],
    ['en', 'book lunch for 3 at the Butcher Shop on saturday 1pm', booking(c.at(c.weekday(SAT), 13), { partySize: 3 })],
    ['en', 'move my 3pm to 4:30', reschedule(c.at(c.today, 16, 30))],
    ['en', 'need someone to translate the tax certificate into afrikaans by next tuesday', task(c.iso(c.weekday(TUE)))],
    ['en', 'in 90 minutes remind me to call SARS', reminder(c.inMinutes(90))],
    [
      'en',
      'is there a slot free tomorrow morning for 30 min?',
      only('free_slots', { durationMin: 30, from: c.iso(c.day(1)), to: c.iso(c.day(1)) }),
    ],
    ['en', 'remind me on october 4 at 8:30 to renew the licence disc', reminder(c.at(d(2027, 10, 4), 8, 30))],
    ['en', 'im back from the bank, available', only('status', { availability: 'available' })],
    [
      'en',
      'thanks a lot! also remind me every 2 weeks on monday to check the petty cash',
      recurring(c.at(c.weekday(MON), 9), 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO'),
    ],
  ]),
];
