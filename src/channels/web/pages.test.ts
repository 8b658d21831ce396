import { describe, expect, it } from 'vitest';
import type { StoredEntry } from './mailbox.js';
import { renderAccessPage, renderChatPage, renderEntry } from './pages.js';

let counter = 0;
// Monday 7 December 2026, 10:00 in Rome.
const clock = { lang: 'en' as const, tz: 'Europe/Rome', now: new Date('2026-12-07T09:00:00Z') };
const secrets = { csrf: 'csrf-token-123', newKey: () => `key-${++counter}-0000` };

const reminder: StoredEntry = {
  id: '1764928800000-0',
  from: 'bot',
  text: 'Fatto: te lo ricordo martedì 24 novembre alle 15:00: "chiamare Rossi".',
  buttons: [
    [
      { label: 'Annulla', data: 'cx:r:0190f0b4-0000-7000-8000-000000000001' },
      { label: 'Cambia orario', data: 'ch:r:0190f0b4-0000-7000-8000-000000000001' },
    ],
  ],
};

/** Every URL a page would make the browser load or post to. */
const urls = (html: string) => [...html.matchAll(/(?:src|href|action)="([^"]*)"/g)].map((m) => m[1]);

describe('web chat pages', () => {
  it('escapes what people and assistants write, so text never becomes markup', () => {
    const html = renderEntry({ id: '1-0', from: 'client', text: '<script>alert("x")</script> & <b>' }, secrets);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;');
    const button = renderEntry(
      { id: '2-0', from: 'bot', text: 'ok', buttons: [[{ label: '"><img src=x>', data: '"><img>' }]] },
      secrets,
    );
    expect(button).not.toContain('<img');
  });

  it('renders buttons as one form posting the pressed payload, with the CSRF token and a key', () => {
    const html = renderEntry(reminder, secrets);
    expect(html).toContain('<form class="buttons" method="post" action="/chat/messages" data-send>');
    expect(html).toContain('name="_csrf" value="csrf-token-123"');
    expect(html).toMatch(/name="idempotencyKey" value="key-\d+-0000"/);
    expect(html).toContain('name="action" value="cx:r:0190f0b4-0000-7000-8000-000000000001">Annulla</button>');
    expect(html).toContain('>Cambia orario</button>');
  });

  it('links a file sent to the client for download from this server', () => {
    const html = renderEntry(
      {
        id: '3-0',
        from: 'bot',
        text: '',
        file: {
          id: '0190f0b4-0000-7000-8000-00000000000f',
          name: 'fattura.pdf',
          mimeType: 'application/pdf',
          sizeBytes: 10,
        },
      },
      secrets,
    );
    expect(html).toContain('href="/chat/files/0190f0b4-0000-7000-8000-00000000000f"');
    expect(html).toContain('>fattura.pdf</a>');
  });

  it("shows when each message was written on the client's clock: the time today, the day before", () => {
    const at = (iso: string) => renderEntry({ id: '1-0', from: 'bot', text: 'ok', at: iso }, secrets, clock);
    expect(at('2026-12-07T08:49:00.000Z')).toContain(
      '<time class="at" datetime="2026-12-07T08:49:00.000Z">09:49</time>',
    );
    expect(at('2026-12-04T17:05:00.000Z')).toContain('>Fri 4 Dec, 18:05</time>');
    const italian = renderEntry({ id: '1-0', from: 'bot', text: 'ok', at: '2026-12-04T17:05:00.000Z' }, secrets, {
      ...clock,
      lang: 'it',
    });
    expect(italian).toContain('>ven 4 dic, 18:05</time>');
    // Entries kept before messages carried a time show none.
    expect(renderEntry({ id: '1-0', from: 'bot', text: 'ok' }, secrets, clock)).not.toContain('<time');
  });

  it('shows the DEMO banner on a demo client only', () => {
    const page = (isDemo: boolean) =>
      renderChatPage({
        lang: 'en',
        secrets,
        clock,
        clientName: isDemo ? 'Demo' : 'Studio Rossi',
        isDemo,
        entries: [reminder],
      });
    expect(page(true)).toContain('class="demo-banner"');
    expect(page(true)).toMatch(/DEMO: a practice account/);
    expect(page(false)).not.toContain('demo-banner');
    expect(page(false)).toContain('Studio Rossi');
  });

  it('offers an attach button that posts the file as a form of its own, with the CSRF token', () => {
    const html = renderChatPage({ lang: 'it', secrets, clock, clientName: 'Studio Rossi', isDemo: false, entries: [] });
    const form = /<form class="attach"[^>]*>.*?<\/form>/.exec(html)?.[0] ?? '';
    expect(form).toContain('action="/chat/files" enctype="multipart/form-data"');
    expect(form).toContain(`name="_csrf" value="${secrets.csrf}"`);
    expect(form).toContain('<input type="file" name="file" required>');
    expect(form).toContain('Allega un file');
  });

  it('starts polling after the last message shown, and gives each form its own key', () => {
    const html = renderChatPage({
      lang: 'it',
      secrets,
      clock,
      clientName: 'Studio Rossi',
      isDemo: false,
      entries: [{ id: '1764928700000-0', from: 'client', text: 'ciao' }, reminder],
    });
    expect(html).toContain('data-cursor="1764928800000-0"');
    const keys = [...html.matchAll(/name="idempotencyKey" value="([^"]+)"/g)].map((m) => m[1]);
    // the composer, the attach form and the reminder's buttons
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(3);
    expect(html).toContain('<html lang="it">');
    expect(html).toContain('aria-label="Conversazione con lo studio"');
    expect(html).toContain('placeholder="Scrivi un messaggio…"');
    expect(renderChatPage({ lang: 'en', secrets, clock, clientName: 'X', isDemo: false, entries: [] })).toContain(
      'data-cursor="0-0"',
    );
  });

  it('offers the demo next to the invite form only when it is on', () => {
    expect(renderAccessPage({ lang: 'en', secrets, demo: true })).toContain('action="/demo"');
    expect(renderAccessPage({ lang: 'en', secrets, demo: true })).toContain('Try the demo');
    expect(renderAccessPage({ lang: 'it', secrets, demo: false })).not.toContain('/demo');
    expect(renderAccessPage({ lang: 'it', secrets, demo: false })).toContain('>Collegati</button>');
    expect(renderAccessPage({ lang: 'en', secrets, demo: false, error: 'This invite code is not valid' })).toContain(
      'role="alert">This invite code is not valid',
    );
  });

  it('loads nothing from another site', () => {
    const pages = [
      renderAccessPage({ lang: 'en', secrets, demo: true }),
      renderChatPage({ lang: 'en', secrets, clock, clientName: 'X', isDemo: true, entries: [reminder] }),
    ];
    for (const html of pages) {
      expect(urls(html).length).toBeGreaterThan(0);
      for (const url of urls(html)) expect(url).toMatch(/^\/[^/]/);
    }
  });
});
