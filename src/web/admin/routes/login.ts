import { Router, type Request, type RequestHandler, type Response } from 'express';
import { z } from 'zod';
import type { PrismaClient } from '../../../infra/db/types.js';
import type { Logger } from '../../../infra/logger.js';
import { loginPathFor, requireStaff, verifyCsrf } from '../auth.js';
import { localeOf } from '../lang.js';
import { optionalStaff } from '../locals.js';
import { clientAddressKey } from '../../../infra/client-address.js';
import { attemptLogin } from '../login.js';
import type { LoginThrottle } from '../login-throttle.js';
import { safeAdminPath } from '../next-path.js';
import { renderLoginPage } from '../pages/login.js';
import { sendHtml } from '../respond.js';
import {
  closeSession,
  newToken,
  openSession,
  sameToken,
  STAFF_COOKIE,
  staffCookieOptions,
  tokenFromCookies,
} from '../sessions.js';
import { hasStaffUsers } from '../staff-users.js';

/** Guards the login form against login-CSRF: the form's token must match this cookie's. */
const LOGIN_COOKIE = 'delego_staff_login';
const LOGIN_PATH = '/admin/login';

const loginSchema = z.object({
  _login: z.string().max(100),
  email: z.string().trim().max(200),
  password: z.string().max(200),
  next: z.string().max(2000).optional(),
});
const nextQuerySchema = z.object({ next: z.string().max(2000).optional() });

interface LoginDeps {
  prisma: PrismaClient;
  logger: Logger;
  clock: () => Date;
  publicUrl?: string | undefined;
  tz: string;
  /** slows down repeated failures per account and per address, in Redis */
  loginThrottle: LoginThrottle;
}

type ShowForm = (
  req: Request,
  res: Response,
  status: number,
  form: { next: unknown; email?: string; error?: string },
) => Promise<void>;

export function createLoginRoutes(deps: LoginDeps): Router {
  const router = Router();
  const showForm = loginForm(deps);
  router.get('/login', async (req, res) => {
    const next = nextQuerySchema.safeParse(req.query).data?.next;
    if (optionalStaff(res)) return res.redirect(303, safeAdminPath(next) ?? '/admin');
    await showForm(req, res, 200, { next });
  });
  router.post('/login', logIn(deps, showForm));
  router.post('/logout', requireStaff, verifyCsrf, async (req, res) => {
    const token = tokenFromCookies(req.get('cookie'), STAFF_COOKIE);
    if (token) await closeSession(deps.prisma, token);
    res.clearCookie(STAFF_COOKIE, { path: '/admin' });
    res.redirect(303, LOGIN_PATH);
  });
  return router;
}

/** The form; `next` (a page to open after the login) is kept only when it is a back-office page. */
function loginForm(deps: LoginDeps): ShowForm {
  const loginCookie = { ...staffCookieOptions(deps.publicUrl, LOGIN_PATH), maxAge: 3_600_000 };
  return async (req, res, status, form) => {
    const loginToken = tokenFromCookies(req.get('cookie'), LOGIN_COOKIE) ?? newToken();
    res.cookie(LOGIN_COOKIE, loginToken, loginCookie);
    const next = safeAdminPath(form.next);
    sendHtml(
      res,
      renderLoginPage({
        locale: localeOf(res),
        here: loginPathFor(next),
        loginToken,
        noUsers: !(await hasStaffUsers(deps.prisma)),
        ...form,
        next,
      }),
      status,
    );
  };
}

function logIn(deps: LoginDeps, showForm: ShowForm): RequestHandler {
  const sessionCookie = staffCookieOptions(deps.publicUrl);
  return async (req, res) => {
    const { t } = localeOf(res);
    const parsed = loginSchema.safeParse(req.body);
    if (!parsed.success)
      return showForm(req, res, 400, { next: nextQuerySchema.safeParse(req.body).data?.next, error: t.login.missing });
    const { email, password, _login, next } = parsed.data;
    const cookieToken = tokenFromCookies(req.get('cookie'), LOGIN_COOKIE);
    if (!cookieToken || !sameToken(cookieToken, _login))
      return showForm(req, res, 403, { next, email, error: t.login.expired });

    const now = deps.clock();
    // The client's address as TRUST_PROXY lets Express read it (the socket's when unset).
    const address = clientAddressKey(req.ip);
    const gate = await deps.loginThrottle.attempt(email, address, now);
    // A refusal of the throttle is logged once per burst, by the throttle itself.
    const result = gate.allowed ? await attemptLogin(deps.prisma, email, password, now) : ({ ok: false } as const);
    if (gate.allowed && !result.ok) deps.logger.info('back-office login refused: wrong email or password');
    // One answer for every refusal, so it tells no one whether the email has an account.
    if (!result.ok) return showForm(req, res, 401, { next, email, error: t.login.refused });
    await deps.loginThrottle.succeeded(email, address, now);
    // A new session on every login, so a token planted before login is worthless after it.
    const previous = tokenFromCookies(req.get('cookie'), STAFF_COOKIE);
    if (previous) await closeSession(deps.prisma, previous);
    res.cookie(STAFF_COOKIE, await openSession(deps.prisma, result.userId, now), sessionCookie);
    res.clearCookie(LOGIN_COOKIE, { path: LOGIN_PATH });
    deps.logger.info({ userId: result.userId }, 'back-office login');
    res.redirect(303, safeAdminPath(next) ?? '/admin');
  };
}
