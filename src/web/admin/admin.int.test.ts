import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestAssistant,
  createTestClient,
  createTestConversation,
  createTestTicket,
  testPrisma,
} from '../../../test/support/db.js';
import {
  createStaff,
  serveBackOffice,
  settingsFields,
  STAFF_PASSWORD,
  StaffBrowser,
} from '../../../test/support/staff.js';
import { defaultWorkingHours, parseWorkingHours } from '../../domain/bookings/working-hours.js';
import type { RunningServer } from '../server.js';

// Monday 23 November 2026, 10:00 in Rome.
const now = new Date('2026-11-23T09:00:00Z');
const prisma = testPrisma();
const REFUSED = 'Wrong email or password, or too many attempts: wait a few minutes and try again.';

/** The login page's error line. */
function noticeOf(res: { html: string }): string {
  return /role="alert"[^>]*>([^<]*)</.exec(res.html)?.[1] ?? '';
}

function serve(publicUrl?: string, deskLang: 'it' | 'en' = 'it'): Promise<RunningServer> {
  return serveBackOffice({ clock: () => now, deskLang, ...(publicUrl ? { publicUrl } : {}) });
}

describe('back-office over HTTP', () => {
  let server: RunningServer;
  let base: string;
  beforeAll(async () => {
    server = await serve();
    base = `http://127.0.0.1:${server.port}`;
  });
  afterAll(async () => {
    await server?.close();
  });

  it('sends strangers to the login page and refuses their posts', async () => {
    const browser = new StaffBrowser(base);
    for (const [path, login] of [
      ['/admin', '/admin/login'],
      ['/admin/clients?demo=1', '/admin/login?next=%2Fadmin%2Fclients%3Fdemo%3D1'],
      ['/admin/users', '/admin/login?next=%2Fadmin%2Fusers'],
      ['/admin/tickets/1001', '/admin/login?next=%2Fadmin%2Ftickets%2F1001'],
    ]) {
      const res = await browser.page(path!);
      expect(res.status).toBe(303);
      expect(res.location).toBe(login);
    }
    const post = await browser.submit('/admin/clients', { name: 'Intruso' });
    expect(post.status).toBe(401);
    expect(post.html).toContain('log in again');
    const login = await browser.page('/admin/login');
    expect(login.html).toContain('an address that logged in before is not slowed down by other people’s failures');
    expect(login.html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    expect((await fetch(`${base}/admin/assets/admin.css`)).headers.get('content-type')).toMatch(/text\/css/);
  });

  it('opens the page asked for before the login once logged in, and only back-office pages', async () => {
    const admin = await createStaff('admin');
    const client = await createTestClient(prisma, { name: 'Studio Ritorno', tz: 'Europe/Rome' });
    const ticket = await createTestTicket(prisma, client.id, { summary: 'Ritorno alla pagina' });
    const browser = new StaffBrowser(base);
    const asked = await browser.page(`/admin/tickets/${ticket.number}`);
    expect(asked.location).toBe(`/admin/login?next=%2Fadmin%2Ftickets%2F${ticket.number}`);
    const back = await loginFrom(browser, asked.location!, admin.email);
    expect(back.location).toBe(`/admin/tickets/${ticket.number}`);
    expect((await browser.page(back.location!)).html).toContain('Ritorno alla pagina');
    // Already logged in, the login page forwards to the page asked for.
    expect((await browser.page('/admin/login?next=%2Fadmin%2Fclients')).location).toBe('/admin/clients');
  });

  it('refuses to send the browser anywhere but the back-office after login (open redirect)', async () => {
    const admin = await createStaff('admin');
    for (const next of [
      'https://evil.example/admin/',
      '//evil.example/admin/',
      '/\\evil.example/admin/',
      '/admin/../../evil',
      'javascript:alert(1)',
      '/administrator',
    ]) {
      const browser = new StaffBrowser(base);
      const form = await browser.page(`/admin/login?next=${encodeURIComponent(next)}`);
      expect(form.html, next).not.toContain('name="next"');
      // A forged form that posts the address anyway.
      const res = await loginFrom(browser, '/admin/login', admin.email, next);
      expect(res.status, next).toBe(303);
      expect(res.location, next).toBe('/admin');
      expect((await browser.page(`/admin/login?next=${encodeURIComponent(next)}`)).location, next).toBe('/admin');
    }
  });

  it('speaks Italian to an Italian browser, and to one that names no language (DESK_LANG)', async () => {
    const admin = await createStaff('admin');
    for (const acceptLanguage of ['it-IT,it;q=0.9,en;q=0.8', '']) {
      const browser = new StaffBrowser(base, acceptLanguage);
      const login = await browser.page('/admin/login');
      expect(login.html).toContain('<html lang="it">');
      expect(login.html).toContain('<button type="submit">Accedi</button>');
      const wrong = await browser.login(admin.email, 'not the password at all');
      expect(wrong.html).toContain(
        'Email o password errate, oppure troppi tentativi: attendi qualche minuto e riprova.',
      );
      await browser.loginOk(admin.email);
      const board = await browser.page('/admin');
      expect(board.html).toContain('<h1>Ticket</h1>');
      expect(board.html).toContain('>Clienti</a>');
      expect(board.html).toContain('<button type="submit">Esci</button>');
      expect(board.html).not.toContain('Log out');
      const refused = await browser.page('/admin/tickets/abc');
      expect(refused.status).toBe(400);
      expect(refused.html).toContain('<h1>Richiesta non valida</h1>');
      expect(refused.html).toContain('<p class="notice">serve un numero di ticket come 1024</p>');
      const missing = await browser.page('/admin/tickets/999999999');
      expect([missing.status, /<p class="notice">([^<]*)<\/p>/.exec(missing.html)?.[1]]).toEqual([
        404,
        'non esiste il ticket #999999999',
      ]);
    }
  });

  it("speaks the desk's language, not the clients', to a browser that names none (DESK_LANG=en, DEFAULT_LANG=it)", async () => {
    const english = await serve(undefined, 'en');
    try {
      const login = await new StaffBrowser(`http://127.0.0.1:${english.port}`, '').page('/admin/login');
      expect(login.html).toContain('<html lang="en">');
    } finally {
      await english.close();
    }
  });

  it('lets the language switch win over the browser language, on every page and across the login', async () => {
    const admin = await createStaff('admin');
    const italianBrowser = new StaffBrowser(base, 'it');
    const toEnglish = await italianBrowser.page('/admin/lang?to=en&next=%2Fadmin%2Flogin');
    expect(toEnglish.status).toBe(303);
    expect(toEnglish.location).toBe('/admin/login');
    expect(italianBrowser.setCookies.get('delego_admin_lang')).toMatch(/^delego_admin_lang=en; .*Path=\/admin/);
    expect((await italianBrowser.page('/admin/login')).html).toContain('<html lang="en">');
    await italianBrowser.loginOk(admin.email);
    const board = await italianBrowser.page('/admin');
    expect(board.html).toContain('<h1>Tickets</h1>');
    // The switch links back to the same page in the other language.
    expect(board.html).toContain('href="/admin/lang?to=it&amp;next=%2Fadmin"');

    const englishBrowser = new StaffBrowser(base, 'en-GB,en;q=0.9');
    await englishBrowser.loginOk(admin.email);
    expect((await englishBrowser.page('/admin/lang?to=it&next=%2Fadmin%2Fclients')).location).toBe('/admin/clients');
    const clients = await englishBrowser.page('/admin/clients');
    expect(clients.html).toContain('<html lang="it">');
    expect(clients.html).toContain('<h1>Clienti</h1>');

    // A bad switch changes nothing and says why; a foreign address leads to the board.
    const bad = await englishBrowser.page('/admin/lang?to=fr');
    expect(bad.status).toBe(400);
    expect(bad.html).toContain('<p class="notice">to deve essere it o en</p>');
    expect(englishBrowser.cookies.get('delego_admin_lang')).toBe('it');
    expect((await englishBrowser.page('/admin/lang?to=en&next=https%3A%2F%2Fevil.example%2F')).location).toBe('/admin');
    // A tampered cookie is ignored: the browser's language applies.
    englishBrowser.cookies.set('delego_admin_lang', 'xx');
    expect((await englishBrowser.page('/admin/clients')).html).toContain('<h1>Clients</h1>');
  });

  it('logs in with the right password into a session cookie that is HttpOnly, SameSite=Strict and limited to /admin', async () => {
    const admin = await createStaff('admin');
    const browser = new StaffBrowser(base);
    await browser.loginOk(admin.email);
    const cookie = browser.setCookies.get('delego_staff')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/admin/);
    expect(cookie).not.toMatch(/Secure/);
    const board = await browser.page('/admin');
    expect(board.html).toContain(admin.name);
    expect(board.html).toContain('href="/admin/users"');
    // The database holds a hash of the cookie's token, not the token.
    const token = browser.cookies.get('delego_staff')!;
    expect(await prisma.staffSession.count({ where: { tokenHash: token } })).toBe(0);
    expect(await prisma.staffSession.count({ where: { userId: admin.id } })).toBe(1);
  });

  it('makes the cookies Secure behind an https address', async () => {
    const secure = await serve('https://delego.example.com');
    try {
      const admin = await createStaff('admin');
      const browser = new StaffBrowser(`http://127.0.0.1:${secure.port}`);
      expect((await browser.login(admin.email, admin.password)).status).toBe(303);
      expect(browser.setCookies.get('delego_staff')).toMatch(/Secure/);
    } finally {
      await secure.close();
    }
  });

  it('gives a wrong password and an unknown email the same answer, and no session', async () => {
    const admin = await createStaff('admin');
    const browser = new StaffBrowser(base);
    const wrong = await browser.login(admin.email, 'not the password at all');
    const unknown = await browser.login('nobody@agency.example', 'not the password at all');
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.html).toContain(REFUSED);
    }
    expect(browser.cookies.has('delego_staff')).toBe(false);
    expect(await prisma.staffSession.count({ where: { userId: admin.id } })).toBe(0);
  });

  it('refuses a login form posted without its pre-session token (login CSRF)', async () => {
    const admin = await createStaff('admin');
    const browser = new StaffBrowser(base);
    await browser.page('/admin/login');
    const res = await browser.submit('/admin/login', {
      _login: 'forged-token-forged-token-forged-token-abcd',
      email: admin.email,
      password: admin.password,
    });
    expect(res.status).toBe(403);
    expect(await prisma.staffSession.count({ where: { userId: admin.id } })).toBe(0);
  });

  it('logs out: the session row goes and the old cookie opens nothing', async () => {
    const admin = await createStaff('admin');
    const browser = new StaffBrowser(base);
    await browser.loginOk(admin.email);
    const token = browser.cookies.get('delego_staff')!;
    const out = await browser.submit('/admin/logout', {});
    expect(out.status).toBe(303);
    expect(out.location).toBe('/admin/login');
    expect(await prisma.staffSession.count({ where: { userId: admin.id } })).toBe(0);
    const replay = new StaffBrowser(base);
    replay.cookies.set('delego_staff', token);
    expect((await replay.page('/admin')).location).toBe('/admin/login');
  });

  it('ends the sessions of a disabled account and refuses its logins', async () => {
    const admin = await createStaff('admin');
    const victim = await createStaff('assistant');
    const adminBrowser = new StaffBrowser(base);
    await adminBrowser.loginOk(admin.email);
    const victimBrowser = new StaffBrowser(base);
    await victimBrowser.loginOk(victim.email);

    const users = await adminBrowser.page('/admin/users');
    expect(users.html).toContain(victim.email);
    const off = await adminBrowser.submit(`/admin/users/${victim.id}/disable`, {});
    expect(off.status).toBe(303);
    expect((await victimBrowser.page('/admin')).location).toBe('/admin/login');
    expect(noticeOf(await new StaffBrowser(base).login(victim.email, victim.password))).toBe(REFUSED);
  });

  it('refuses posts with a missing or wrong CSRF token and changes nothing', async () => {
    const admin = await createStaff('admin');
    const client = await createTestClient(prisma, { tz: 'Europe/Rome' });
    const browser = new StaffBrowser(base);
    await browser.loginOk(admin.email);
    const fields = settingsFields({ name: 'Renamed by a forged form' });
    const missing = await browser.request(`/admin/clients/${client.id}/settings`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
    expect(missing.status).toBe(403);
    const wrong = await browser.submit(`/admin/clients/${client.id}/settings`, { ...fields, _csrf: 'x'.repeat(43) });
    expect(wrong.status).toBe(403);
    expect(wrong.html).toContain('CSRF');
    expect(await browser.submit(`/admin/clients/${client.id}/invites`, { _csrf: '' })).toMatchObject({ status: 403 });
    expect((await prisma.client.findUniqueOrThrow({ where: { id: client.id } })).name).toBe(client.name);
    expect(await prisma.invite.count({ where: { clientId: client.id } })).toBe(0);
  });

  it('lets an assistant read clients but not change them, invite, or manage users; an admin can', async () => {
    const assistant = await createStaff('assistant');
    const admin = await createStaff('admin');
    const client = await createTestClient(prisma, { tz: 'Europe/Rome' });
    const asAssistant = new StaffBrowser(base);
    await asAssistant.loginOk(assistant.email);

    const view = await asAssistant.page(`/admin/clients/${client.id}`);
    expect(view.status).toBe(200);
    expect(view.html).toContain(client.name);
    expect(view.html).not.toContain(`action="/admin/clients/${client.id}/settings`);
    expect(view.html).not.toContain('href="/admin/users"');
    expect(
      (
        await asAssistant.submit(
          `/admin/clients/${client.id}/settings`,
          settingsFields({ name: 'Changed by assistant' }),
        )
      ).status,
    ).toBe(403);
    expect((await asAssistant.submit(`/admin/clients/${client.id}/invites`, {})).status).toBe(403);
    expect(
      (await asAssistant.submit('/admin/clients', { name: 'New by assistant', lang: 'it', tz: 'Europe/Rome' })).status,
    ).toBe(403);
    expect((await asAssistant.page('/admin/users')).status).toBe(403);
    const sneakyEmail = `sneaky-${client.id.slice(0, 8)}@agency.example`;
    expect(
      (
        await asAssistant.submit('/admin/users', {
          email: sneakyEmail,
          name: 'Sneaky',
          role: 'admin',
          password: 'long enough password',
        })
      ).status,
    ).toBe(403);
    expect((await prisma.client.findUniqueOrThrow({ where: { id: client.id } })).name).toBe(client.name);
    expect(await prisma.invite.count({ where: { clientId: client.id } })).toBe(0);
    expect(await prisma.staffUser.count({ where: { email: sneakyEmail } })).toBe(0);

    const asAdmin = new StaffBrowser(base);
    await asAdmin.loginOk(admin.email);
    await asAdmin.page(`/admin/clients/${client.id}`);
    const saved = await asAdmin.submit(
      `/admin/clients/${client.id}/settings`,
      settingsFields({
        name: 'Studio Verdi',
        tz: 'Europe/London',
        hours_mon: '09:00-13:00, 14:00-18:00',
        hours_sat: '',
        llmEnabled: undefined,
      }),
    );
    expect(saved.status).toBe(303);
    expect(
      await prisma.client.findUniqueOrThrow({
        where: { id: client.id },
        select: { name: true, tz: true, workingHours: true, llmEnabled: true, morningBriefingEnabled: true },
      }),
    ).toMatchObject({
      name: 'Studio Verdi',
      tz: 'Europe/London',
      llmEnabled: false,
      morningBriefingEnabled: true,
      workingHours: {
        mon: [
          { start: '09:00', end: '13:00' },
          { start: '14:00', end: '18:00' },
        ],
        sat: [],
      },
    });
    const page = await asAdmin.page(`/admin/clients/${client.id}`);
    expect(page.html).toContain('mon 09:00-13:00, 14:00-18:00');

    const invited = await asAdmin.submit(`/admin/clients/${client.id}/invites`, {});
    expect(invited.status).toBe(200);
    const invite = await prisma.invite.findFirstOrThrow({ where: { clientId: client.id } });
    expect(invited.html).toContain(invite.code);
    expect(invited.html).toContain(`https://t.me/DelegoTestBot?start=${invite.code}`);
    // Slack is off here: the notice names Telegram and the web chat only.
    expect(invited.html).toContain('Web chat: the client types it on the first page.');
    expect(invited.html).not.toContain('Slack');
    // No OPENAI_API_KEY behind this router: "on" would promise what the rules do.
    expect(invited.html).toContain('<dt>LLM understanding</dt><dd>off (rules only)</dd>');
    // Shown once: from the next view on, the admin too sees it masked, with how to hand out another.
    const again = await asAdmin.page(`/admin/clients/${client.id}`);
    expect(again.html).not.toContain(invite.code);
    expect(again.html).toContain(
      '<td>•••• <span class="muted">(shown only once; to hand it out again, generate a new code)</span></td>',
    );
    const italian = new StaffBrowser(base, 'it');
    await italian.loginOk(admin.email);
    expect((await italian.page(`/admin/clients/${client.id}`)).html).toContain('genera un nuovo codice');
    const assistantView = (await asAssistant.page(`/admin/clients/${client.id}`)).html;
    expect(assistantView).toContain('<td>••••</td>');
    expect(assistantView).not.toContain(invite.code);
    await prisma.client.update({ where: { id: client.id }, data: { llmEnabled: true } });
    expect((await asAdmin.page(`/admin/clients/${client.id}`)).html).toContain(
      '<dt>LLM understanding</dt><dd>on (no LLM configured: the rules answer)</dd>',
    );

    const newEmail = `new-${client.id.slice(0, 8)}@agency.example`;
    const added = await asAdmin.submit('/admin/users', {
      email: newEmail,
      name: 'Nuova Assistente',
      role: 'assistant',
      password: '',
    });
    expect(added.status).toBe(200);
    const generated = /Password for [^:]+: <code>([^<]+)<\/code>/.exec(added.html)?.[1];
    expect(generated).toHaveLength(20);
    await new StaffBrowser(base).loginOk(newEmail, generated);

    const created = await asAdmin.submit('/admin/clients', { name: 'Bar Sport', lang: 'en', tz: 'Europe/Rome' });
    expect(created.status).toBe(303);
    expect(
      await prisma.client.findUniqueOrThrow({
        where: { id: created.location!.split('/').at(-1)! },
        select: { name: true, lang: true },
      }),
    ).toEqual({ name: 'Bar Sport', lang: 'en' });
  });

  it('answers bad settings with the page again: the form as typed, each error under its field, nothing saved', async () => {
    const admin = await createStaff('admin');
    const client = await createTestClient(prisma, { tz: 'Europe/Rome' });
    const browser = new StaffBrowser(base);
    await browser.loginOk(admin.email);
    const badZone = await browser.submit(
      `/admin/clients/${client.id}/settings`,
      settingsFields({ tz: 'Mars/Olympus' }),
    );
    expect(badZone.status).toBe(400);
    expect(badZone.html).toContain(
      'name="tz" value="Mars/Olympus" required aria-invalid="true" aria-describedby="tz-error"></label><span class="field-error" id="tz-error">the time zone must be an IANA zone such as Europe/Rome</span>',
    );
    const badQuiet = await browser.submit(
      `/admin/clients/${client.id}/settings`,
      settingsFields({ quietHoursStart: '25:00' }),
    );
    expect(badQuiet.status).toBe(400);
    expect(badQuiet.html).toContain(
      '<span class="field-error" id="quietHoursStart-error">the start of quiet hours must be a time HH:MM such as 08:30</span>',
    );
    expect(
      await prisma.client.findUniqueOrThrow({ where: { id: client.id }, select: { tz: true, quietHoursStart: true } }),
    ).toEqual({ tz: 'Europe/Rome', quietHoursStart: '21:00' });
    expect(
      (
        await browser.submit('/admin/users', {
          email: 'short@agency.example',
          name: 'Short',
          role: 'assistant',
          password: 'short',
        })
      ).html,
    ).toContain('at least 12 characters');
  });

  it("keeps an Italian admin's edits when one field is wrong, and reads working hours typed short", async () => {
    const admin = await createStaff('admin');
    // told their last package was used up: the new package starts a new round of notices
    const client = await createTestClient(prisma, { tz: 'Europe/Rome', hoursNotice: 'used_up' });
    const browser = new StaffBrowser(base, 'it');
    await browser.loginOk(admin.email);
    await browser.page(`/admin/clients/${client.id}`);
    const typed = settingsFields({
      name: 'Studio Nuovo',
      hours_thu: '9-13, 14-18',
      hours_fri: '9-13, 14',
      hoursPackageMinutes: '36000',
    });
    const wrong = await browser.submit(`/admin/clients/${client.id}/settings`, typed);
    expect(wrong.status).toBe(400);
    expect(wrong.html).toContain('Le impostazioni non sono state salvate: correggi i campi segnalati qui sotto.');
    expect(wrong.html).toContain(
      '<span class="field-error" id="hours_fri-error">orario di lavoro di ven: &quot;14&quot; non è nel formato 09:00-13:00</span>',
    );
    expect(wrong.html).not.toMatch(/hours_fri:|Richiesta non valida/);
    for (const [name, value] of [
      ['name', 'Studio Nuovo'],
      ['hours_thu', '9-13, 14-18'],
      ['hours_fri', '9-13, 14'],
      ['hoursPackageMinutes', '36000'],
    ])
      expect(wrong.html, name).toContain(`name="${name}" value="${value}"`);
    expect(
      await prisma.client.findUniqueOrThrow({
        where: { id: client.id },
        select: { name: true, hoursPackageMinutes: true },
      }),
    ).toMatchObject({ name: client.name });

    const saved = await browser.submit(`/admin/clients/${client.id}/settings`, {
      ...typed,
      hours_fri: '9:00-13, 14.30-18',
    });
    expect(saved.status).toBe(303);
    expect(
      await prisma.client.findUniqueOrThrow({
        where: { id: client.id },
        select: { name: true, hoursPackageMinutes: true, hoursNotice: true, workingHours: true },
      }),
    ).toMatchObject({
      name: 'Studio Nuovo',
      hoursPackageMinutes: 36000,
      // 10 h left of 600 h: already below 20%, so the next close does not announce it
      hoursNotice: 'low',
      workingHours: {
        thu: [
          { start: '09:00', end: '13:00' },
          { start: '14:00', end: '18:00' },
        ],
        fri: [
          { start: '09:00', end: '13:00' },
          { start: '14:30', end: '18:00' },
        ],
      },
    });
    // The page the save leads to says it was saved; opened again later, it does not.
    expect(saved.location).toBe(`/admin/clients/${client.id}?saved=settings#settings`);
    const after = await browser.page(saved.location!);
    expect(after.html).toContain(
      '<p class="notice" role="status">Salvato: le nuove impostazioni valgono da subito.</p>',
    );
    expect(after.html).toContain('name="hours_thu" value="09:00-13:00, 14:00-18:00"');
    expect((await browser.page(`/admin/clients/${client.id}`)).html).not.toContain('Salvato');
  });

  it('tells an Italian browser its mistakes on the Users page in Italian', async () => {
    const admin = await createStaff('admin');
    const other = await createStaff('assistant');
    const browser = new StaffBrowser(base, 'it');
    await browser.loginOk(admin.email);
    const short = await browser.submit('/admin/users', {
      email: 'corta@agency.example',
      name: 'Corta',
      role: 'assistant',
      password: 'corta',
    });
    expect(short.status).toBe(400);
    expect(short.html).toContain('<p class="notice">la password deve avere almeno 12 caratteri</p>');
    const duplicate = await browser.submit('/admin/users', {
      email: other.email.toUpperCase(),
      name: 'Doppione',
      role: 'assistant',
      password: 'a long enough password',
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.html).toContain(
      `<p class="notice">esiste già un utente con l&#39;email ${other.email} o con quell&#39;assistente</p>`,
    );
    const badEmail = await browser.submit('/admin/users', {
      email: 'not-an-address',
      name: 'X',
      role: 'assistant',
      password: 'a long enough password',
    });
    expect(badEmail.html).toContain(
      '<p class="notice">l&#39;email deve essere un indirizzo come giulia@example.com</p>',
    );
    expect(await prisma.staffUser.count({ where: { email: { in: ['corta@agency.example', 'not-an-address'] } } })).toBe(
      0,
    );
  });

  it('shows corrupt stored working hours as the default the slot search uses, with a notice, and saving them as shown stores valid hours', async () => {
    const admin = await createStaff('admin');
    const client = await createTestClient(prisma, {
      tz: 'Europe/Rome',
      workingHours: { mon: [{ start: '18:00', end: '09:00' }], tue: 'nonsense' },
    });
    const browser = new StaffBrowser(base);
    await browser.loginOk(admin.email);
    const page = await browser.page(`/admin/clients/${client.id}`);
    expect(page.html).toContain(
      'The stored working hours are not valid: the default is shown (Monday to Friday, 09:00-18:00)',
    );
    const shown = Object.fromEntries(
      [...page.html.matchAll(/name="(hours_[a-z]{3})" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]),
    );
    expect(shown).toEqual({
      hours_mon: '09:00-18:00',
      hours_tue: '09:00-18:00',
      hours_wed: '09:00-18:00',
      hours_thu: '09:00-18:00',
      hours_fri: '09:00-18:00',
      hours_sat: '',
      hours_sun: '',
    });

    expect((await browser.submit(`/admin/clients/${client.id}/settings`, settingsFields(shown))).status).toBe(303);
    const { workingHours } = await prisma.client.findUniqueOrThrow({
      where: { id: client.id },
      select: { workingHours: true },
    });
    expect(parseWorkingHours(workingHours)).toEqual({ hours: defaultWorkingHours, valid: true });
    expect((await browser.page(`/admin/clients/${client.id}`)).html).not.toContain(
      'The stored working hours are not valid',
    );
  });

  it('filters the board by client, assignee, category and status', async () => {
    const admin = await createStaff('assistant');
    const giulia = await createTestAssistant(prisma, { name: 'Giulia Board' });
    const rossi = await createTestClient(prisma, { name: 'Studio Rossi Board', tz: 'Europe/Rome' });
    const bianchi = await createTestClient(prisma, { name: 'Bar Bianchi Board', tz: 'Europe/Rome' });
    const translation = await createTestTicket(prisma, rossi.id, {
      summary: 'Translate the lease',
      category: 'translation',
      createdAt: new Date(now.getTime() - 40 * 60_000),
    });
    const claimed = await createTestTicket(prisma, rossi.id, {
      summary: 'Write the newsletter',
      category: 'writing',
      status: 'claimed',
      assigneeId: giulia.id,
      claimedAt: now,
    });
    const waiting = await createTestTicket(prisma, bianchi.id, {
      summary: 'Book the venue',
      category: 'booking',
      status: 'waiting_client',
      assigneeId: giulia.id,
      waitingSince: new Date(now.getTime() - 3 * 3_600_000),
    });
    const cancelled = await createTestTicket(prisma, bianchi.id, {
      summary: 'Cancelled errand',
      status: 'cancelled',
      cancelledAt: now,
    });
    const oldDone = await createTestTicket(prisma, bianchi.id, {
      summary: 'Done long ago',
      status: 'done',
      doneAt: new Date(now.getTime() - 8 * 86_400_000),
    });
    const recentDone = await createTestTicket(prisma, bianchi.id, {
      summary: 'Done yesterday',
      status: 'done',
      doneAt: new Date(now.getTime() - 86_400_000),
    });
    const browser = new StaffBrowser(base);
    await browser.loginOk(admin.email);
    // The summaries of this test's tickets, in the order the page shows them.
    const shown = (html: string) =>
      [translation, claimed, waiting, cancelled, oldDone, recentDone]
        .map((t) => ({ at: html.indexOf(`data-ticket="${t.number}"`), summary: t.summary }))
        .filter((t) => t.at >= 0)
        .sort((a, b) => a.at - b.at)
        .map((t) => t.summary);

    const rossiOnly = await browser.page(`/admin?client=${rossi.id}`);
    expect(shown(rossiOnly.html)).toEqual(['Translate the lease', 'Write the newsletter']);
    // Open for 40 minutes: past the 15-minute claim target.
    expect(rossiOnly.html).toMatch(/open for 40 min/);
    expect(rossiOnly.html).toMatch(/class="breached">unclaimed for 40 min/);

    expect(shown((await browser.page(`/admin?client=${bianchi.id}`)).html)).toEqual([
      'Book the venue',
      'Done yesterday',
    ]);
    expect((await browser.page(`/admin?client=${bianchi.id}`)).html).toContain('waiting for 3 h');
    expect(shown((await browser.page(`/admin?assignee=${giulia.id}`)).html)).toEqual([
      'Write the newsletter',
      'Book the venue',
    ]);
    expect(shown((await browser.page(`/admin?client=${rossi.id}&assignee=none`)).html)).toEqual([
      'Translate the lease',
    ]);
    expect(shown((await browser.page(`/admin?client=${rossi.id}&category=writing`)).html)).toEqual([
      'Write the newsletter',
    ]);
    expect(shown((await browser.page(`/admin?client=${bianchi.id}&status=cancelled`)).html)).toEqual([
      'Cancelled errand',
    ]);
    expect(shown((await browser.page(`/admin?client=${bianchi.id}&status=done`)).html)).toEqual([
      'Done yesterday',
      'Done long ago',
    ]);
    expect(shown((await browser.page(`/admin?client=&assignee=&category=&status=`)).html)).toContain(
      'Translate the lease',
    );
  });

  it('answers a bad query or path with 400 and one line', async () => {
    const admin = await createStaff('assistant');
    const browser = new StaffBrowser(base);
    await browser.loginOk(admin.email);
    const cases: [string, string][] = [
      ['/admin?client=nope', 'client must be a client id'],
      ['/admin?category=cooking', 'category must be one of'],
      ['/admin?colour=red', 'colour'],
      ['/admin/tickets/abc', 'a ticket number such as 1024'],
      ['/admin/clients/not-a-uuid', 'the client id must be a UUID'],
      [
        `/admin/clients/${'0'.repeat(8)}-0000-7000-8000-${'0'.repeat(12)}/timeline?before=yesterday`,
        'before must be a position',
      ],
    ];
    for (const [path, line] of cases) {
      const res = await browser.page(path);
      expect(res.status, path).toBe(400);
      expect(res.html, path).toContain(line);
      expect(res.html).not.toMatch(/at .*\.ts:\d+/);
    }
    expect((await browser.page('/admin/tickets/999999999')).status).toBe(404);
  });

  it('shows a ticket with its full request and one history of events and messages in time order, escaped', async () => {
    const staff = await createStaff('assistant');
    const assistant = await createTestAssistant(prisma, { name: 'Giulia History' });
    const client = await createTestClient(prisma, { name: 'Studio <b>Neri</b>', tz: 'Europe/Rome' });
    const conversation = await createTestConversation(prisma, client.id);
    const details = `Traduci il contratto <script>alert(1)</script> in inglese. ${'Molto lungo. '.repeat(40)}Fine.`;
    const ticket = await createTestTicket(prisma, client.id, {
      summary: 'Traduci il contratto',
      details,
      category: 'translation',
      status: 'claimed',
      assigneeId: assistant.id,
      createdAt: new Date('2026-11-23T08:00:00Z'),
    });
    const at = (min: number) => new Date(Date.parse('2026-11-23T08:00:00Z') + min * 60_000);
    await prisma.message.create({
      data: {
        conversationId: conversation.id,
        clientId: client.id,
        direction: 'inbound',
        channel: 'telegram',
        body: 'Request from client',
        ticketId: ticket.id,
        createdAt: at(0),
      },
    });
    await prisma.ticketEvent.createMany({
      data: [
        { ticketId: ticket.id, kind: 'created', actor: 'client', createdAt: at(0) },
        { ticketId: ticket.id, kind: 'claimed', actor: 'assistant', assistantId: assistant.id, createdAt: at(5) },
      ],
    });
    await prisma.message.create({
      data: {
        conversationId: conversation.id,
        clientId: client.id,
        direction: 'outbound',
        channel: 'telegram',
        body: 'Which English, UK or US?',
        ticketId: ticket.id,
        createdAt: at(10),
      },
    });
    await prisma.message.create({
      data: {
        conversationId: conversation.id,
        clientId: client.id,
        direction: 'inbound',
        channel: 'telegram',
        body: null,
        ticketId: ticket.id,
        createdAt: at(20),
      },
    });
    await prisma.timeEntry.create({
      data: { ticketId: ticket.id, assistantId: assistant.id, minutes: 45, createdAt: at(30) },
    });
    await prisma.booking.create({
      data: {
        clientId: client.id,
        ticketId: ticket.id,
        title: 'Meeting with the notary',
        status: 'requested',
        changedAt: now,
      },
    });

    const browser = new StaffBrowser(base);
    await browser.loginOk(staff.email);
    const page = await browser.page(`/admin/tickets/${ticket.number}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('Traduci il contratto &lt;script&gt;alert(1)&lt;/script&gt; in inglese.');
    expect(page.html).toContain('Fine.');
    expect(page.html).not.toContain('<script>');
    expect(page.html).toContain('Studio &lt;b&gt;Neri&lt;/b&gt;');
    expect(page.html).toContain('Meeting with the notary');
    expect(page.html).toContain('45 min');
    const order = ['Request from client', '>claimed<', 'Which English, UK or US?', 'erased'].map((s) =>
      page.html.indexOf(s),
    );
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('shows button taps by their labels, the actors and bookings readably, in Italian', async () => {
    const staff = await createStaff('assistant');
    const client = await createTestClient(prisma, { tz: 'Europe/Rome' });
    const conversation = await createTestConversation(prisma, client.id);
    const ticket = await createTestTicket(prisma, client.id, {
      summary: 'Richiamare Bianchi',
      createdAt: new Date('2026-11-23T08:00:00Z'),
    });
    await prisma.ticketEvent.create({
      data: { ticketId: ticket.id, kind: 'created', actor: 'client', createdAt: new Date('2026-11-23T08:00:00Z') },
    });
    const tap = (body: string, min: number) => ({
      conversationId: conversation.id,
      clientId: client.id,
      direction: 'inbound' as const,
      channel: 'telegram' as const,
      kind: 'button' as const,
      body,
      ticketId: ticket.id,
      createdAt: new Date(Date.parse('2026-11-23T08:01:00Z') + min * 60_000),
    });
    const uuid = '0190f3a2-7c4e-7d2a-9b1c-3e5f6a7b8c9d';
    await prisma.message.createMany({
      data: [
        tap(`od:${uuid}`, 0),
        tap(`sz:10m:${uuid}`, 1),
        tap(`mv:${uuid}:29928000`, 2),
        tap(`cb:office:${uuid}`, 3),
        tap('zz:nonsense', 4),
      ],
    });
    await prisma.booking.createMany({
      data: [
        { clientId: client.id, title: 'riunione con Rossi', withWhom: 'Rossi', status: 'requested', changedAt: now },
        { clientId: client.id, title: 'Dentista', withWhom: 'dott. Neri', status: 'requested', changedAt: now },
      ],
    });

    const browser = new StaffBrowser(base, 'it');
    await browser.loginOk(staff.email);
    const history = await browser.page(`/admin/tickets/${ticket.number}`);
    expect(history.html).toContain('<td>creato</td><td>cliente</td>');
    const timeline = await browser.page(`/admin/clients/${client.id}/timeline`);
    for (const page of [history, timeline]) {
      for (const label of [
        '[tasto: Fatto]',
        '[tasto: +10 min]',
        '[tasto: sposta a gio 26/11/2026 09:00]',
        '[tasto: Richiama tu]',
        '[tasto]<',
      ])
        expect(page.html, label).toContain(label);
      expect(page.html).not.toMatch(/od:|sz:10m|mv:|cb:office|zz:nonsense/);
    }
    expect(timeline.html).toContain('riunione con Rossi ·');
    expect(timeline.html).toContain('Dentista con dott. Neri ·');
  });

  it('tells demo clients apart in the list and neither offers nor makes invites for them', async () => {
    const admin = await createStaff('admin');
    const [older, newer] = [
      await createTestClient(prisma, { name: 'Demo', isDemo: true, createdAt: new Date('2026-11-22T15:00:00Z') }),
      await createTestClient(prisma, { name: 'Demo', isDemo: true, createdAt: new Date('2026-11-23T08:30:00Z') }),
    ];
    const browser = new StaffBrowser(base);
    await browser.loginOk(admin.email);
    const list = await browser.page('/admin/clients?demo=1');
    const newerRow = list.html.indexOf(`(demo, 2026-11-23 09:30, …${newer.id.slice(-6)})`);
    expect(newerRow).toBeGreaterThan(0);
    expect(list.html.indexOf(`(demo, 2026-11-22 16:00, …${older.id.slice(-6)})`)).toBeGreaterThan(newerRow);

    const page = await browser.page(`/admin/clients/${newer.id}`);
    expect(page.html).not.toContain('Create an invite');
    expect(page.html).toContain(`action="/admin/clients/${newer.id}/settings`);
    const refused = await browser.submit(`/admin/clients/${newer.id}/invites`, {});
    expect(refused.status).toBe(409);
    expect(refused.html).toContain(
      '<p class="notice">A demo client cannot be invited: create a real client instead.</p>',
    );
    expect(await prisma.invite.count({ where: { clientId: newer.id } })).toBe(0);
  });

  it('answers an unknown back-office address with its 404 page, after the login like any other', async () => {
    const stranger = new StaffBrowser(base);
    const asked = await stranger.page('/admin/nonexistent');
    expect(asked.status).toBe(303);
    expect(asked.location).toBe('/admin/login?next=%2Fadmin%2Fnonexistent');
    expect((await stranger.submit('/admin/nonexistent', {})).status).toBe(401);
    const admin = await createStaff('admin');
    const browser = new StaffBrowser(base, 'it');
    await browser.loginOk(admin.email);
    for (const path of ['/admin/nonexistent', '/admin/clients/x/y/z']) {
      const res = await browser.request(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      const body = await res.text();
      expect(body).toContain('<h1>Non trovato</h1>');
      expect(body).toContain('questa pagina del back-office non esiste');
    }
  });

  it('pages a client timeline of messages, reminders, bookings and tickets, newest first', async () => {
    const staff = await createStaff('assistant');
    const client = await createTestClient(prisma, { tz: 'Europe/Rome' });
    const conversation = await createTestConversation(prisma, client.id);
    const start = Date.parse('2026-11-01T08:00:00Z');
    await prisma.message.createMany({
      data: Array.from({ length: 103 }, (_, i) => ({
        conversationId: conversation.id,
        clientId: client.id,
        direction: 'inbound' as const,
        channel: 'telegram' as const,
        body: `message number ${i}`,
        createdAt: new Date(start + i * 60_000),
      })),
    });
    await prisma.reminder.create({
      data: {
        clientId: client.id,
        text: 'call the accountant',
        rrule: 'FREQ=MONTHLY;BYMONTHDAY=1',
        firstDueAt: new Date(start),
        tz: 'Europe/Rome',
        createdAt: new Date(start + 200 * 60_000),
      },
    });
    await prisma.booking.create({
      data: {
        clientId: client.id,
        title: 'Dentist',
        status: 'confirmed',
        changedAt: now,
        startsAt: new Date(start + 86_400_000),
        endsAt: new Date(start + 86_400_000 + 3_600_000),
        createdAt: new Date(start + 150 * 60_000),
      },
    });
    await createTestTicket(prisma, client.id, { summary: 'Timeline ticket', createdAt: new Date(start - 60_000) });

    const browser = new StaffBrowser(base);
    await browser.loginOk(staff.email);
    const first = await browser.page(`/admin/clients/${client.id}/timeline`);
    expect(first.status).toBe(200);
    expect((first.html.match(/<tr class="(message|reminder|booking|ticket)"/g) ?? []).length).toBe(100);
    expect(first.html.indexOf('call the accountant')).toBeLessThan(first.html.indexOf('Dentist'));
    // a repeating reminder in words, not its RRULE
    expect(first.html).toContain('repeats from 2026-11-01 09:00 (on the 1st of every month)');
    expect(first.html).not.toContain('FREQ=');
    expect(first.html.indexOf('Dentist')).toBeLessThan(first.html.indexOf('message number 102'));
    const older = /href="(\/admin\/clients\/[^"]+\/timeline\?before=[^"]+)" rel="next"/.exec(first.html)?.[1];
    expect(older).toBeDefined();
    const second = await browser.page(older!.replaceAll('&amp;', '&'));
    const rows = second.html.match(/<tr class="(message|reminder|booking|ticket)"/g) ?? [];
    // 103 messages, a reminder, a booking and a ticket: 106 entries.
    expect(rows).toHaveLength(6);
    expect(second.html).toContain('message number 0<');
    expect(second.html).toContain('Timeline ticket');
    expect(second.html).not.toContain('rel="next"');
    // Nothing is shown twice across the two pages.
    for (let i = 0; i < 103; i++)
      expect(
        Number(first.html.includes(`message number ${i}<`)) + Number(second.html.includes(`message number ${i}<`)),
        `message ${i}`,
      ).toBe(1);
  });
});

/** Opens the login form at `loginPath` and posts it with the right password; `next` forges the form's field. */
async function loginFrom(browser: StaffBrowser, loginPath: string, email: string, next?: string) {
  const form = await browser.page(loginPath);
  const loginToken = /name="_login" value="([^"]+)"/.exec(form.html)?.[1] ?? '';
  const shown = /name="next" value="([^"]+)"/.exec(form.html)?.[1];
  return browser.submit('/admin/login', {
    _login: loginToken,
    email,
    password: STAFF_PASSWORD,
    ...((next ?? shown) === undefined ? {} : { next: next ?? shown! }),
  });
}
