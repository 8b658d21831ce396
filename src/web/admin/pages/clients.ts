import { formatMinutes } from '../../../desk/texts.js';
import type { AdminCatalog } from '../../../i18n/admin-catalog.js';
import { languages } from '../../../understanding/contract.js';
import type { AdminLocale } from '../format.js';
import { html, type SafeHtml } from '../html.js';
import { languageNames } from '../layout.js';
import type { ClientListRow, ClientPageData } from '../queries/clients.js';
import { renderMailboxSection, type MailboxSectionInput } from './client-mailbox.js';
import { renderTakenMessages, renderTakenOutcome, type TakenMessagesInput } from './client-messages.js';
import { readWeekHours } from '../../../domain/bookings/working-hours.js';
import { storedSettings, type SettingsField, type SettingsFormState } from '../client-settings.js';
import { dayToText, weekdays } from '../working-hours.js';

const csrfField = (token: string) => html`<input type="hidden" name="_csrf" value="${token}">`;

export interface ClientsListInput {
  clients: ClientListRow[];
  includeDemo: boolean;
  locale: AdminLocale;
  /** set for admins: the form to add a client */
  newClient?: { csrfToken: string; defaultLang: string; defaultTz: string } | undefined;
}

function langSelect(selected: string, t: AdminCatalog): SafeHtml {
  return html`<label>${t.common.language} <select name="lang">${languages.map((lang) => html`<option value="${lang}"${selected === lang ? html` selected` : ''}>${languageNames[lang]}</option>`)}</select></label>`;
}

export function renderClientsList(input: ClientsListInput): SafeHtml {
  const { t } = input.locale;
  const rows = input.clients.map(
    (c) =>
      html`<tr><td><a href="/admin/clients/${c.id}">${c.erasedAt ? t.clients.erased : c.name}</a>${c.isDemo ? ` ${t.clients.demoRow({ at: input.locale.stamp(c.createdAt, c.tz), id: c.id.slice(-6) })}` : ''}</td><td>${c.lang}</td><td>${c.tz}</td><td>${c._count.tickets}</td><td>${c._count.identities}</td><td>${t.clients.hoursOf({ left: formatMinutes(c.hoursBalanceMinutes), total: formatMinutes(c.hoursPackageMinutes) })}</td><td>${t.availability[c.availabilityKind]}</td></tr>`,
  );
  return html`<p>${input.includeDemo ? html`<a href="/admin/clients">${t.clients.hideDemo}</a>` : html`<a href="/admin/clients?demo=1">${t.clients.showDemo}</a>`}</p>
<table class="clients"><tr><th>${t.common.name}</th><th>${t.common.language}</th><th>${t.common.timeZone}</th><th>${t.clients.activeTickets}</th><th>${t.clients.identities}</th><th>${t.clients.hoursLeft}</th><th>${t.clients.availability}</th></tr>${rows}</table>
${input.clients.length === 0 ? html`<p class="muted">${t.clients.noClients}</p>` : ''}
${
  input.newClient
    ? html`<h2>${t.clients.newClient}</h2>
<form method="post" action="/admin/clients" class="settings">
  ${csrfField(input.newClient.csrfToken)}
  <label>${t.common.name} <input type="text" name="name" required maxlength="200"></label>
  ${langSelect(input.newClient.defaultLang, t)}
  <label>${t.common.timeZone} <input type="text" name="tz" value="${input.newClient.defaultTz}" required></label>
  <button type="submit">${t.clients.addClient}</button>
</form>`
    : ''
}`;
}

export type InviteState = 'unused' | 'used' | 'expired';

export function inviteState(invite: { usedAt: Date | null; expiresAt: Date }, now: Date): InviteState {
  if (invite.usedAt) return 'used';
  return invite.expiresAt <= now ? 'expired' : 'unused';
}

export interface ClientPageInput {
  client: ClientPageData;
  now: Date;
  locale: AdminLocale;
  /** set for admins: the forms to change settings and create invites */
  edit?: { csrfToken: string } | undefined;
  /** an invite just created, shown once at the top, with how to use it on the channels that are on */
  newInvite?:
    { code: string; expiresAt: Date; telegram: boolean; telegramLink?: string | undefined; slack: boolean } | undefined;
  /** whether an LLM is configured (OPENAI_API_KEY): without one the rules answer every client */
  llmConfigured: boolean;
  /** messages taken for the client: the form to take one and the latest ones */
  messages?: TakenMessagesInput | undefined;
  /** settings posted with mistakes: the form shows them as typed, each error under its field */
  settings?: SettingsFormState | undefined;
  /** the client's mailbox: its state, and the form to connect, change or remove it */
  mailbox?: MailboxSectionInput | undefined;
  /** the settings were just saved: the form says so */
  saved?: boolean | undefined;
}

function facts(c: ClientPageData, now: Date, locale: AdminLocale, llmConfigured: boolean): SafeHtml {
  const { t } = locale;
  const { week, valid } = readWeekHours(c.workingHours);
  const until =
    c.availabilityUntil && c.availabilityUntil > now
      ? t.clients.until({ at: locale.stamp(c.availabilityUntil, c.tz) })
      : '';
  const availability =
    c.availabilityKind === 'available' ? t.availability.available : `${t.availability[c.availabilityKind]}${until}`;
  return html`${valid ? '' : html`<p class="notice" role="status">${t.clients.hoursInvalid}</p>`}
<dl class="facts">
  <dt>${t.common.language}</dt><dd>${languageNames[c.lang]}</dd>
  <dt>${t.common.timeZone}</dt><dd>${c.tz}</dd>
  <dt>${t.clients.quietHours}</dt><dd>${c.quietHoursStart}–${c.quietHoursEnd}</dd>
  <dt>${t.clients.workingHours}</dt><dd>${weekdays.map((d) => html`${t.clients.weekdays[d]} ${dayToText(week[d]) || t.clients.closed}<br>`)}</dd>
  <dt>${t.clients.defaultBooking}</dt><dd>${c.defaultBookingMinutes} min</dd>
  <dt>${t.clients.morningBriefing}</dt><dd>${c.morningBriefingEnabled ? t.clients.briefingOn({ time: c.morningBriefingTime }) : t.clients.off}</dd>
  <dt>${t.clients.llm}</dt><dd>${c.llmEnabled ? (llmConfigured ? t.clients.on : t.clients.llmNotConfigured) : t.clients.llmOff}</dd>
  <dt>${t.clients.hoursPackage}</dt><dd>${t.clients.balance({ pkg: formatMinutes(c.hoursPackageMinutes) })} <span class="${c.hoursBalanceMinutes < 0 ? 'breached' : 'ok'}">${formatMinutes(c.hoursBalanceMinutes)}</span></dd>
  <dt>${t.clients.availability}</dt><dd>${availability}</dd>
  <dt>${t.clients.clientSince}</dt><dd>${locale.stamp(c.createdAt, c.tz)}${c.isDemo ? ` ${t.clients.demoClient}` : ''}</dd>
</dl>`;
}

function settingsForm(
  c: ClientPageData,
  csrfToken: string,
  t: AdminCatalog,
  state: SettingsFormState | undefined,
  saved: boolean,
): SafeHtml {
  const v = state?.values ?? storedSettings(c);
  const errors = state?.errors ?? {};
  // Each field names its error, so a screen reader reads it with the field.
  const invalid = (name: SettingsField) =>
    errors[name] ? html` aria-invalid="true" aria-describedby="${name}-error"` : '';
  const error = (...names: SettingsField[]) =>
    names.map((name) =>
      errors[name] ? html`<span class="field-error" id="${name}-error">${errors[name]}</span>` : '',
    );
  return html`<h2 id="settings">${t.clients.changeSettings}</h2>
${state ? html`<p class="error" role="alert">${t.clients.settingsNotSaved}</p>` : ''}${saved && !state ? html`<p class="notice" role="status">${t.clients.settingsSaved}</p>` : ''}
<form method="post" action="/admin/clients/${c.id}/settings#settings" class="settings">
  ${csrfField(csrfToken)}
  <label>${t.common.name} <input type="text" name="name" value="${v.name}" required maxlength="200"${invalid('name')}></label>${error('name')}
  ${langSelect(v.lang, t)}${error('lang')}
  <label>${t.common.timeZone} <input type="text" name="tz" value="${v.tz}" required${invalid('tz')}></label>${error('tz')}
  <label>${t.clients.quietFrom} <input name="quietHoursStart" value="${v.quietHoursStart}" size="5" required${invalid('quietHoursStart')}> ${t.clients.quietTo} <input name="quietHoursEnd" value="${v.quietHoursEnd}" size="5" required${invalid('quietHoursEnd')}></label>${error('quietHoursStart', 'quietHoursEnd')}
  <fieldset><legend>${t.clients.workingHoursHelp}</legend>
  ${weekdays.map((d) => html`<label>${t.clients.weekdays[d]} <input type="text" name="hours_${d}" value="${v[`hours_${d}`]}"${invalid(`hours_${d}`)}></label>${error(`hours_${d}`)}`)}
  </fieldset>
  <label>${t.clients.bookingLength} <input type="number" name="defaultBookingMinutes" value="${v.defaultBookingMinutes}" min="5" max="1440" required${invalid('defaultBookingMinutes')}></label>${error('defaultBookingMinutes')}
  <label><input type="checkbox" name="morningBriefingEnabled"${v.morningBriefingEnabled ? html` checked` : ''}${invalid('morningBriefingEnabled')}> ${t.clients.briefingAt} <input name="morningBriefingTime" value="${v.morningBriefingTime}" size="5" required${invalid('morningBriefingTime')}></label>${error('morningBriefingEnabled', 'morningBriefingTime')}
  <label><input type="checkbox" name="llmEnabled"${v.llmEnabled ? html` checked` : ''}${invalid('llmEnabled')}> ${t.clients.llmAllowed}</label>${error('llmEnabled')}
  <label>${t.clients.packageMinutes} <input type="number" name="hoursPackageMinutes" value="${v.hoursPackageMinutes}" min="0" required${invalid('hoursPackageMinutes')}></label>${error('hoursPackageMinutes')}
  <label>${t.clients.balanceMinutes} <input type="number" name="hoursBalanceMinutes" value="${v.hoursBalanceMinutes}" required${invalid('hoursBalanceMinutes')}></label>${error('hoursBalanceMinutes')}
  <button type="submit">${t.common.save}</button>
</form>`;
}

export function renderClientPage(input: ClientPageInput): SafeHtml {
  const { client: c, now, edit, locale } = input;
  const { t } = locale;
  const canEdit = edit !== undefined && c.erasedAt === null;
  const invite = input.newInvite;
  // Only the channels that are on: the web chat always is.
  const telegram = invite?.telegramLink
    ? html`Telegram: <a href="${invite.telegramLink}">${invite.telegramLink}</a>.`
    : invite?.telegram
      ? t.clients.inviteByTelegramCommand({ code: invite.code })
      : '';
  return html`${invite ? html`<p class="notice" role="status">${t.clients.newInvite} <code class="invite-code">${invite.code}</code>${t.clients.inviteValidity({ until: locale.stamp(invite.expiresAt, c.tz) })}${telegram ? html` ${telegram}` : ''}${invite.slack ? ` ${t.clients.inviteSlack}` : ''} ${t.clients.inviteWebChat}</p>` : ''}
${input.messages ? renderTakenOutcome(input.messages, now, locale) : ''}
${c.erasedAt ? html`<p class="notice">${t.clients.erasedOn({ at: locale.stamp(c.erasedAt, c.tz) })}</p>` : ''}
<p><a href="/admin/clients/${c.id}/timeline">${t.common.timeline}</a> · <a href="/admin?client=${c.id}">${t.common.tickets}</a></p>
${facts(c, now, locale, input.llmConfigured)}
${input.messages ? renderTakenMessages(input.messages, now, locale) : ''}
<h2>${t.clients.identities}</h2>
${c.identities.length === 0 ? html`<p class="muted">${t.clients.notConnected}</p>` : html`<table><tr><th>${t.clients.channel}</th><th>${t.common.name}</th><th>${t.clients.since}</th></tr>${c.identities.map((i) => html`<tr><td>${i.channel}</td><td>${i.displayName ?? ''}</td><td>${locale.stamp(i.createdAt, c.tz)}</td></tr>`)}</table>`}
${input.mailbox ? renderMailboxSection(input.mailbox, locale) : ''}
<h2>${t.clients.invites}</h2>
${
  c.invites.length === 0
    ? html`<p class="muted">${t.common.none}</p>`
    : html`<table><tr><th>${t.clients.code}</th><th>${t.clients.state}</th><th>${t.common.created}</th><th>${t.clients.validUntil}</th><th>${t.clients.usedBy}</th></tr>${c.invites.map(
        (i) => {
          const state = inviteState(i, now);
          // The code was shown once, when it was made; the page never shows it again.
          return html`<tr><td>••••${edit && state === 'unused' ? html` <span class="muted">(${t.clients.codeShownOnce})</span>` : ''}</td><td>${t.clients.inviteStates[state]}</td><td>${locale.stamp(i.createdAt, c.tz)}</td><td>${locale.stamp(i.expiresAt, c.tz)}</td><td>${i.usedByIdentity ? `${i.usedByIdentity.channel}${i.usedByIdentity.displayName ? `: ${i.usedByIdentity.displayName}` : ''}` : ''}</td></tr>`;
        },
      )}</table>`
}
${canEdit ? html`${c.isDemo ? '' : html`<form method="post" action="/admin/clients/${c.id}/invites">${csrfField(edit.csrfToken)}<button type="submit">${t.clients.createInvite}</button></form>`}${settingsForm(c, edit.csrfToken, t, input.settings, input.saved === true)}` : ''}`;
}
