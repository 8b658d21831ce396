import { describe, expect, it } from 'vitest';
import type { BoardTicket, TicketPageData } from '../queries/tickets.js';
import { renderLoginPage } from './login.js';
import { renderTicketsBoard, cardTimer } from './tickets-board.js';
import { ticketHistory } from './ticket.js';
import { messageBody, renderTimeline } from './timeline.js';
import { renderUsersPage } from './users.js';
import { renderPage } from '../layout.js';
import { html } from '../html.js';
import { adminLocale } from '../format.js';

const now = new Date('2026-11-23T09:00:00Z');
const en = adminLocale('en');
const italian = adminLocale('it');
const ticket = (over: Partial<BoardTicket> = {}): BoardTicket => ({
  id: '0195d5a0-0000-7000-8000-000000000001',
  number: 1024,
  summary: 'Traduci <il> contratto',
  category: 'translation',
  status: 'open',
  createdAt: new Date(now.getTime() - 20 * 60_000),
  claimedAt: null,
  waitingSince: null,
  due: null,
  dueAt: null,
  doneAt: null,
  cancelledAt: null,
  client: {
    id: '0195d5a0-0000-7000-8000-000000000002',
    name: 'Studio "Rossi" & figli',
    tz: 'Europe/Rome',
    isDemo: false,
  },
  assignee: null,
  ...over,
});

describe('back-office renderers', () => {
  it('escapes what clients wrote on the board and marks a late claim', () => {
    const out = renderTicketsBoard({
      tickets: [ticket()],
      filter: {},
      options: { clients: [], assistants: [] },
      now,
      locale: en,
    }).value;
    expect(out).toContain('Traduci &lt;il&gt; contratto');
    expect(out).toContain('Studio &quot;Rossi&quot; &amp; figli');
    expect(out).toContain('<span class="breached">open for 20 min</span>');
    expect(out).not.toContain('data-status="cancelled"');
  });

  it('times waiting tickets from when they began to wait, and marks a near deadline', () => {
    const waiting = cardTimer(
      ticket({
        status: 'waiting_client',
        waitingSince: new Date(now.getTime() - 125 * 60_000),
        dueAt: new Date(now.getTime() + 30 * 60_000),
      }),
      now,
      en,
    );
    expect(waiting).toEqual({ text: 'waiting for 2 h 5 min', level: 'warning', sla: 'due in 30 min' });
    const overdue = cardTimer(
      ticket({ status: 'claimed', claimedAt: now, dueAt: new Date(now.getTime() - 60 * 60_000) }),
      now,
      en,
    );
    expect(overdue).toMatchObject({ level: 'breached', sla: 'overdue by 1 h' });
  });

  it('merges events and messages by time, events first on a tie', () => {
    const at = (min: number) => new Date(now.getTime() + min * 60_000);
    const history = ticketHistory(
      {
        events: [
          { id: 'e1', kind: 'created', actor: 'client', data: {}, createdAt: at(0), assistant: null },
          {
            id: 'e2',
            kind: 'time_logged',
            actor: 'assistant',
            data: { minutes: 30, slackTs: '1.2' },
            createdAt: at(9),
            assistant: { name: 'Giulia' },
          },
        ],
        messages: [
          { id: 'm1', direction: 'inbound', channel: 'web', kind: 'text', body: 'first', createdAt: at(0) },
          { id: 'm2', direction: 'outbound', channel: 'web', kind: 'text', body: 'reply', createdAt: at(5) },
        ],
      } as Pick<TicketPageData, 'events' | 'messages'>,
      'Europe/Rome',
      en,
    );
    expect(history.map((h) => h.id)).toEqual(['e1', 'm1', 'm2', 'e2']);
    expect(history[3]).toMatchObject({ assistant: 'Giulia', actor: 'assistant', data: 'time: 30 min' });
  });

  it('names a file sent without words by its name or kind, never as an empty line', () => {
    const message = (
      id: string,
      kind: 'document' | 'photo',
      files: { kind: typeof kind; fileName: string | null }[],
    ) => ({
      kind: 'message' as const,
      at: now,
      id,
      direction: 'inbound' as const,
      channel: 'telegram',
      body: '',
      messageKind: kind,
      files,
      ticketNumber: 1002,
    });
    const timeline = renderTimeline({
      clientId: '0195d5a0-0000-7000-8000-000000000002',
      tz: 'Europe/Rome',
      entries: [
        message('m1', 'document', [{ kind: 'document', fileName: 'procura_speciale.pdf' }]),
        message('m2', 'photo', [{ kind: 'photo', fileName: null }]),
      ],
      paged: false,
      locale: italian,
    }).value;
    expect(timeline).toContain('<td class="body">📎 procura_speciale.pdf</td>');
    expect(timeline).toContain('<td class="body">📎 foto</td>');
    expect(timeline).not.toContain('<td class="body"></td>');

    const [row] = ticketHistory(
      {
        events: [],
        messages: [
          {
            id: 'm1',
            direction: 'inbound',
            channel: 'telegram',
            kind: 'document',
            body: '',
            createdAt: now,
            attachments: [{ kind: 'document', fileName: 'procura_speciale.pdf' }],
          },
        ],
      },
      'Europe/Rome',
      en,
    );
    expect(row && row.type === 'message' && messageBody(row, 'Europe/Rome', en)).toBe('📎 procura_speciale.pdf');
  });

  it('writes event data in local time and words, not ISO strings or codes', () => {
    const [moved] = ticketHistory(
      {
        events: [
          {
            id: 'e1',
            kind: 'booking_changed',
            actor: 'client',
            data: { change: 'moved', from: '2026-12-07T10:00:00.000Z', startsAt: '2026-12-08T17:30:00.000Z' },
            createdAt: now,
            assistant: null,
          },
        ],
        messages: [],
      } as unknown as Pick<TicketPageData, 'events' | 'messages'>,
      'Europe/Rome',
      adminLocale('it'),
    );
    expect(moved).toMatchObject({ data: 'modifica: spostata, prima: 07/12/2026 11:00, quando: 08/12/2026 18:30' });
    expect(JSON.stringify(moved)).not.toContain('T10:00:00.000Z');
  });

  it('shows the first-admin command on the login page only while no account exists', () => {
    expect(renderLoginPage({ locale: en, loginToken: 't', noUsers: true })).toContain(
      'npm run admin -- user add --email you@example.com --name &quot;You&quot; --role admin',
    );
    expect(renderLoginPage({ locale: en, loginToken: 't', noUsers: false })).not.toContain('user add');
  });

  it('shows Users in the nav to admins only, and every page posts logout with the CSRF token', () => {
    const body = html`<p>x</p>`;
    const admin = renderPage({
      title: 'T',
      locale: en,
      staff: { name: 'Anna', role: 'admin' },
      csrfToken: 'tok',
      active: 'tickets',
      body,
    });
    const assistant = renderPage({
      title: 'T',
      locale: en,
      staff: { name: 'Giulia', role: 'assistant' },
      csrfToken: 'tok',
      active: 'tickets',
      body,
    });
    expect(admin).toContain('href="/admin/users"');
    expect(assistant).not.toContain('href="/admin/users"');
    expect(assistant).toContain('<input type="hidden" name="_csrf" value="tok">');
    expect(assistant).toContain('href="/admin/stats"');
    expect(assistant).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
  });

  it('writes the board in Italian: columns, clocks, SLA verdicts and day-first dates', () => {
    const due = new Date('2026-11-24T09:00:00Z');
    const out = renderTicketsBoard({
      tickets: [ticket({ dueAt: due })],
      filter: {},
      options: { clients: [], assistants: [] },
      now,
      locale: italian,
    }).value;
    expect(out).toContain('<h2>Aperto <span class="muted">1</span></h2>');
    expect(out).toContain('<h2>Completato (ultimi 7 giorni)');
    expect(out).toContain('<span class="breached">aperto da 20 min</span> · scadenza 24/11/2026 10:00');
    expect(out).toContain('<p class="breached">non preso in carico da 20 min</p>');
    expect(out).toContain('<span class="meta">traduzione</span>');
    expect(out).toContain('<option value="">Attivi e completati (7 giorni)</option>');
    expect(out).not.toMatch(/open for|unclaimed|Waiting for client/);
  });

  it('sets the page language, translates the nav and links the switch back to the same page', () => {
    const page = renderPage({
      title: 'Ticket',
      locale: italian,
      here: '/admin/clients?demo=1',
      staff: { name: 'Anna', role: 'admin' },
      csrfToken: 'tok',
      active: 'clients',
      body: html`<p>x</p>`,
    });
    expect(page).toContain('<html lang="it">');
    expect(page).toContain('<a href="/admin/clients" aria-current="page">Clienti</a>');
    expect(page).toContain('Anna (amministratore)');
    expect(page).toContain('<button type="submit">Esci</button>');
    expect(page).toContain('href="/admin/lang?to=en&amp;next=%2Fadmin%2Fclients%3Fdemo%3D1"');
    expect(page).not.toContain('href="/admin/lang?to=it');
    const login = renderLoginPage({ locale: italian, loginToken: 't', noUsers: false, next: '/admin/tickets/7' });
    expect(login).toContain('<button type="submit">Accedi</button>');
    expect(login).toContain('un indirizzo da cui si è già entrati non viene rallentato dagli errori altrui');
    expect(login).toContain('<input type="hidden" name="next" value="/admin/tickets/7">');
  });

  it('offers no disable button for the admin looking at the page', () => {
    const user = {
      email: 'a@x.it',
      name: 'A',
      role: 'admin' as const,
      active: true,
      lastLoginAt: null,
      createdAt: now,
      assistant: null,
    };
    const out = renderUsersPage({
      users: [
        { ...user, id: 'me' },
        { ...user, id: 'other', email: 'b@x.it' },
      ],
      selfId: 'me',
      csrfToken: 't',
      tz: 'Europe/Rome',
      locale: en,
    }).value;
    expect(out.match(/\/disable"/g)).toHaveLength(1);
    expect(out).toContain('action="/admin/users/other/disable"');
  });
});
