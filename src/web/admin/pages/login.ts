import type { AdminLocale } from '../format.js';
import { html } from '../html.js';
import { renderPage } from '../layout.js';

export interface LoginPageInput {
  locale: AdminLocale;
  /** the address of the form, where the language switch comes back to */
  here?: string | undefined;
  /** the pre-session token that must come back with the form */
  loginToken: string;
  /** the back-office page to open after the login */
  next?: string | undefined;
  email?: string | undefined;
  error?: string | undefined;
  /** no account exists yet: say how to create the first one */
  noUsers: boolean;
}

export const FIRST_ADMIN_COMMAND = 'npm run admin -- user add --email you@example.com --name "You" --role admin';

export function renderLoginPage(input: LoginPageInput): string {
  const { t } = input.locale;
  const body = html`${input.noUsers ? html`<p class="notice">${t.login.noUsers} <code>${FIRST_ADMIN_COMMAND}</code></p>` : ''}
${input.error ? html`<p class="error" role="alert">${input.error}</p>` : ''}
<form method="post" action="/admin/login" class="login">
  <input type="hidden" name="_login" value="${input.loginToken}">
  ${input.next ? html`<input type="hidden" name="next" value="${input.next}">` : ''}
  <label>${t.common.email} <input type="email" name="email" autocomplete="username" required maxlength="200" value="${input.email ?? ''}"></label>
  <label>${t.login.password} <input type="password" name="password" autocomplete="current-password" required maxlength="200"></label>
  <button type="submit">${t.login.submit}</button>
</form>
<p class="muted">${t.login.slowPolicy}</p>`;
  return renderPage({ title: t.login.title, locale: input.locale, here: input.here, active: 'none', body });
}
