import type { AdminLocale } from '../format.js';
import { html, type SafeHtml } from '../html.js';
import { MIN_PASSWORD_LENGTH } from '../password.js';
import type { StaffUserRow } from '../staff-users.js';

export interface UsersPageInput {
  users: StaffUserRow[];
  /** the admin looking at the page, who cannot disable themselves */
  selfId: string;
  csrfToken: string;
  tz: string;
  locale: AdminLocale;
  /** a password generated for the account just added, shown once */
  generated?: { email: string; password: string } | undefined;
}

function state(user: StaffUserRow, input: UsersPageInput): string {
  return user.active ? input.locale.t.users.active : input.locale.t.users.disabled;
}

export function renderUsersPage(input: UsersPageInput): SafeHtml {
  const { locale } = input;
  const { t } = locale;
  const csrf = html`<input type="hidden" name="_csrf" value="${input.csrfToken}">`;
  return html`${input.generated ? html`<p class="notice" role="status">${t.users.passwordFor({ email: input.generated.email })} <code>${input.generated.password}</code> ${t.users.passwordOnce}</p>` : ''}
<table class="users"><tr><th>${t.common.email}</th><th>${t.common.name}</th><th>${t.users.role}</th><th>${t.users.deskAssistant}</th><th>${t.users.state}</th><th>${t.users.lastLogin}</th><th></th></tr>${input.users.map(
    (u) =>
      html`<tr data-email="${u.email}"><td>${u.email}</td><td>${u.name}</td><td>${t.roles[u.role]}</td><td>${u.assistant ? `${u.assistant.name} (${u.assistant.slackUserId ?? t.users.backOfficeOnly})` : ''}</td><td>${state(u, input)}</td><td>${u.lastLoginAt ? locale.stamp(u.lastLoginAt, input.tz) : t.users.never}</td><td>${
        u.active && u.id !== input.selfId
          ? html`<form method="post" action="/admin/users/${u.id}/disable">${csrf}<button type="submit" class="secondary">${t.users.disable}</button></form>`
          : ''
      }</td></tr>`,
  )}</table>
<h2>${t.users.addTitle}</h2>
<form method="post" action="/admin/users" class="settings">
  ${csrf}
  <label>${t.common.email} <input type="email" name="email" required maxlength="200"></label>
  <label>${t.common.name} <input type="text" name="name" required maxlength="100"></label>
  <label>${t.users.role} <select name="role"><option value="assistant">${t.roles.assistant}</option><option value="admin">${t.roles.admin}</option></select></label>
  <label>${t.users.slackId} <input type="text" name="assistant" pattern="[UW][A-Z0-9]{2,}"></label>
  <label>${t.users.passwordHelp({ min: MIN_PASSWORD_LENGTH })} <input type="password" name="password" autocomplete="new-password" maxlength="200"></label>
  <button type="submit">${t.users.add}</button>
</form>`;
}
