import { Router } from 'express';
import { z } from 'zod';
import type { PrismaClient } from '../../../infra/db/types.js';
import { ValidationError } from '../../../kernel/errors.js';
import type { AdminCatalog } from '../../../i18n/admin-catalog.js';
import type { Logger } from '../../../infra/logger.js';
import { requireAdmin, verifyCsrf } from '../auth.js';
import { localeOf } from '../lang.js';
import { csrfTokenOf, currentStaff } from '../locals.js';
import { renderUsersPage } from '../pages/users.js';
import { optionalField, parseOrThrow } from '../params.js';
import { generatePassword } from '../password.js';
import { sendPage } from '../respond.js';
import { addStaffUser, disableStaffUser, listStaffUsers, newStaffUserSchema } from '../staff-users.js';

const idSchema = (t: AdminCatalog) => z.uuid({ message: t.invalid.userId });
const passwordFieldSchema = z.object({ password: optionalField(z.string()) });

/** Users of the back-office: admins only. */
export function createUserRoutes(deps: { prisma: PrismaClient; logger: Logger; tz: string }): Router {
  const router = Router();
  router.use('/users', requireAdmin);

  const show = async (res: Parameters<typeof sendPage>[0], generated?: { email: string; password: string }) => {
    const users = await listStaffUsers(deps.prisma);
    const locale = localeOf(res);
    sendPage(res, {
      title: locale.t.users.title,
      active: 'users',
      body: renderUsersPage({
        users,
        selfId: currentStaff(res).id,
        csrfToken: csrfTokenOf(res),
        tz: deps.tz,
        locale,
        generated,
      }),
    });
  };

  router.get('/users', async (_req, res) => {
    await show(res);
  });

  router.post('/users', verifyCsrf, async (req, res) => {
    const typed = parseOrThrow(passwordFieldSchema, req.body).password;
    const password = typed ?? generatePassword();
    const { t } = localeOf(res);
    const user = await addStaffUser(
      deps.prisma,
      parseOrThrow(newStaffUserSchema(t), { ...(req.body as object), password }),
      t,
    );
    deps.logger.info({ userId: user.id, role: user.role, by: currentStaff(res).id }, 'back-office user added');
    await show(res, typed ? undefined : { email: user.email, password });
  });

  router.post('/users/:id/disable', verifyCsrf, async (req, res) => {
    const { t } = localeOf(res);
    const id = parseOrThrow(idSchema(t), req.params.id);
    if (id === currentStaff(res).id) throw new ValidationError(t.invalid.disableSelf);
    await disableStaffUser(deps.prisma, { id }, t);
    deps.logger.info({ userId: id, by: currentStaff(res).id }, 'back-office user disabled');
    res.redirect(303, '/admin/users');
  });

  return router;
}
