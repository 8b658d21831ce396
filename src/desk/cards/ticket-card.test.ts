import { describe, expect, it } from 'vitest';
import { ticketCard, type CardView } from './ticket-card.js';
import { formatMinutes } from '../texts.js';
import { deskTexts } from '../../i18n/desk-catalog.js';

const now = new Date('2026-11-23T09:00:00Z');
const base: CardView = {
  ticketId: '0193a8f2-1c2d-7e4f-8a9b-0c1d2e3f4a5b',
  number: 1024,
  clientName: 'Studio <Rossi> & Figli',
  clientTz: 'Europe/Rome',
  summary: 'Translate the contract',
  details: 'Translate the contract into German <@U999>',
  category: 'translation',
  status: 'open',
  createdAt: new Date('2026-11-23T08:50:00Z'),
  due: null,
  dueAt: null,
  doneAt: null,
  assignee: null,
  minutesSpent: 0,
  balanceMinutes: 600,
  packageMinutes: 1200,
  attachments: [],
  rating: null,
  suggested: [],
};

type Block = {
  type: string;
  text?: { text: string };
  fields?: { text: string }[];
  elements?: { action_id?: string; value?: string; text: string | { text: string } }[];
};
const render = (view: Partial<CardView>, lang: 'it' | 'en' = 'en') =>
  ticketCard({ ...base, ...view }, { now, tz: 'Europe/Rome', texts: deskTexts(lang) }).blocks as unknown as Block[];
const allText = (blocks: Block[]) => JSON.stringify(blocks);
const buttons = (blocks: Block[]) => (blocks.find((b) => b.type === 'actions')?.elements ?? []).map((e) => e.action_id);

describe('ticket card', () => {
  it('shows number, category, client, request and an escaped body that cannot mention anyone', () => {
    const blocks = render({});
    expect(blocks[0]?.text?.text).toBe('#1024 · Translation');
    const request = blocks[1]?.text?.text ?? '';
    expect(request).toContain('Studio &lt;Rossi&gt; &amp; Figli');
    expect(request).toContain('&lt;@U999&gt;');
    expect(request).not.toContain('<@U999>');
  });

  it('offers Claim on an open ticket and Done / Ask client / Release once claimed, nothing when closed', () => {
    expect(buttons(render({}))).toEqual(['desk:claim']);
    const claimed = render({ status: 'claimed', assignee: { name: 'Giulia Bianchi', slackUserId: 'UGIULIA' } });
    expect(buttons(claimed)).toEqual(['desk:done', 'desk:ask', 'desk:release']);
    expect(allText(claimed)).toContain('Claimed by <@UGIULIA>');
    expect(buttons(render({ status: 'waiting_client', assignee: { name: 'G', slackUserId: 'UG' } }))).toEqual([
      'desk:done',
      'desk:ask',
      'desk:release',
    ]);
    expect(buttons(render({ status: 'done', assignee: { name: 'G', slackUserId: 'UG' } }))).toEqual([]);
    expect(buttons(render({ status: 'cancelled' }))).toEqual([]);
  });

  it('names an assistant who works only in the back-office, since there is nobody to mention', () => {
    const claimed = render({ status: 'claimed', assignee: { name: 'Anna <Verdi>', slackUserId: null } });
    expect(allText(claimed)).toContain('Claimed by Anna &lt;Verdi&gt;');
    expect(allText(claimed)).not.toContain('<@');
  });

  it('carries the ticket id in every button', () => {
    const elements =
      render({ status: 'claimed', assignee: { name: 'G', slackUserId: 'UG' } }).find((b) => b.type === 'actions')
        ?.elements ?? [];
    expect(elements.every((e) => e.value === base.ticketId)).toBe(true);
  });

  it('mentions the assistants whose skills fit, only while nobody has claimed it', () => {
    expect(allText(render({ suggested: ['UANNA', 'UBEA'] }))).toContain('<@UANNA> <@UBEA>');
    expect(
      allText(render({ status: 'claimed', assignee: { name: 'G', slackUserId: 'UG' }, suggested: ['UANNA'] })),
    ).not.toContain('<@UANNA>');
  });

  it('shows time spent, the client balance, attachments, the deadline and the rating', () => {
    const text = allText(
      render({
        status: 'done',
        assignee: { name: 'G', slackUserId: 'UG' },
        doneAt: now,
        minutesSpent: 75,
        balanceMinutes: -30,
        attachments: [
          { id: 'f1', name: 'contratto.pdf', downloaded: true },
          { id: 'f2', name: 'photo.jpg', downloaded: false },
        ],
        dueAt: new Date('2026-11-27T16:00:00Z'),
        rating: 4,
      }),
    );
    expect(text).toContain('1 h 15 min');
    expect(text).toContain('-30 min left of 20 h');
    expect(text).toContain('contratto.pdf, photo.jpg (file not downloaded yet)');
    expect(text).toContain('<!date^1795795200^{date_short_pretty} {time}|Fri 27 Nov 2026 17:00>');
    expect(text).toContain('4/5');
    expect(text).toContain('done on time');
  });

  it('links a kept file to its back-office download (behind the staff login), one not yet kept by name', () => {
    const view = {
      ...base,
      number: 1042,
      attachments: [
        { id: 'a1b2', name: 'statuto <Rossi>.pdf', downloaded: true },
        { id: 'c3d4', name: 'foto.jpg', downloaded: false },
      ],
    };
    const options = { now, tz: 'Europe/Rome', texts: deskTexts('it'), siteUrl: 'https://delego.studio.it' };
    const text = JSON.stringify(ticketCard(view, options).blocks);
    expect(text).toContain(
      '<https://delego.studio.it/admin/tickets/1042/files/a1b2|statuto &lt;Rossi&gt;.pdf>, foto.jpg (file non ancora scaricato)',
    );
  });

  it('states the SLA: unclaimed too long, due soon, overdue', () => {
    expect(allText(render({ createdAt: new Date('2026-11-23T08:00:00Z') }))).toContain(
      ':red_circle: unclaimed for 1 h',
    );
    expect(
      allText(
        render({
          status: 'claimed',
          assignee: { name: 'G', slackUserId: 'UG' },
          dueAt: new Date('2026-11-23T12:00:00Z'),
        }),
      ),
    ).toContain('due in 3 h');
    expect(
      allText(
        render({
          status: 'claimed',
          assignee: { name: 'G', slackUserId: 'UG' },
          due: new Date('2026-11-21T00:00:00Z'),
        }),
      ),
    ).toContain('overdue by');
  });

  it('keeps a long request within Slack limits and says the rest is in the thread', () => {
    const blocks = render({ details: 'x'.repeat(10_000) });
    expect(blocks[1]?.text?.text.length).toBeLessThanOrEqual(3000);
    expect(blocks[1]?.text?.text).toContain('continued in the thread');
  });

  it('speaks Italian to an Italian desk: category, status, deadline, SLA, hours and buttons', () => {
    const claimed = render(
      {
        status: 'claimed',
        assignee: { name: 'Giulia Bianchi', slackUserId: 'UGIULIA' },
        dueAt: new Date('2026-11-27T16:00:00Z'),
        balanceMinutes: 90,
      },
      'it',
    );
    expect(claimed[0]?.text?.text).toBe('#1024 · Traduzione');
    const text = allText(claimed);
    expect(text).toContain('Preso in carico da <@UGIULIA>');
    expect(text).toContain('|ven 27 nov 2026 17:00>');
    expect(text).toContain('nei tempi');
    expect(text).toContain('1 h 30 min rimaste su 20 h');
    const labels = (claimed.find((b) => b.type === 'actions')?.elements ?? []).map((e) =>
      typeof e.text === 'string' ? e.text : e.text.text,
    );
    expect(labels).toEqual(['Fatto', 'Chiedi al cliente', 'Rilascia']);
    expect(allText(render({ createdAt: new Date('2026-11-23T08:00:00Z') }, 'it'))).toContain(
      'non preso in carico da 1 h',
    );
  });

  it('offers Close, not Claim, on a booking ticket whose booking the client cancelled', () => {
    const booking = {
      title: 'Cena da Gino',
      status: 'cancelled' as const,
      startsAt: new Date('2026-11-27T19:00:00Z'),
      endsAt: new Date('2026-11-27T21:00:00Z'),
      day: null,
      location: null,
      proposedStartsAt: null,
      proposedLocation: null,
      cancelledByClient: true,
    };
    const blocks = render({ category: 'booking', booking }, 'it');
    expect(buttons(blocks)).toEqual(['desk:close']);
    expect(allText(blocks)).toContain('Prenotazione annullata dal cliente');
    expect(allText(blocks)).toContain('"Chiudi"');
    expect(allText(blocks)).not.toContain('desk:claim');
    // cancelled from the desk: the holder still closes it with Done
    expect(buttons(render({ category: 'booking', booking: { ...booking, cancelledByClient: false } }))).toEqual([
      'desk:claim',
    ]);
  });

  it('says so on a call-back from an urgent taken message', () => {
    expect(allText(render({ category: 'call', urgentCallback: true }, 'it'))).toContain(
      "Richiamata urgente*: richiamare entro un'ora",
    );
    expect(allText(render({ category: 'call' }))).not.toContain('Urgent');
  });
});

describe('formatMinutes', () => {
  it('reads like people write durations', () => {
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(60)).toBe('1 h');
    expect(formatMinutes(125)).toBe('2 h 5 min');
    expect(formatMinutes(-90)).toBe('-1 h 30 min');
  });
});
