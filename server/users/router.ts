// /api/users (admins only, by the access policy): list, create, change and remove accounts.
import { Router } from 'express';
import type { z } from 'zod';
import { createUser, deleteUser, getUser, listUsers, updateUser } from '../auth/users';
import type { AppContext } from '../context';
import { validate, valid } from '../middleware/validate';
import { CreateUserBody, UpdateUserBody, UserParams } from './schema';

/** The admin making the change, for the audit log; the policy guarantees there is one. */
function actor(req: { auth?: { user: { username: string } | null } | undefined }): string {
  return req.auth?.user?.username ?? 'unknown';
}

export function usersRouter({ db }: AppContext): Router {
  const router = Router();

  router.get('/', validate({}), async (_req, res) => {
    res.json({ items: await listUsers(db) });
  });

  router.post('/', validate({ body: CreateUserBody }), async (req, res) => {
    const body = valid<z.ZodNever, z.ZodNever, typeof CreateUserBody>(res).body;
    res.status(201).json({ user: await createUser(db, body, actor(req)) });
  });

  router.get('/:username', validate({ params: UserParams }), async (_req, res) => {
    const { username } = valid<z.ZodNever, typeof UserParams>(res).params;
    res.json({ user: await getUser(db, username) });
  });

  router.patch('/:username', validate({ params: UserParams, body: UpdateUserBody }), async (req, res) => {
    const { params, body } = valid<z.ZodNever, typeof UserParams, typeof UpdateUserBody>(res);
    res.json({ user: await updateUser(db, params.username, body, actor(req)) });
  });

  router.delete('/:username', validate({ params: UserParams }), async (req, res) => {
    const { username } = valid<z.ZodNever, typeof UserParams>(res).params;
    await deleteUser(db, username, actor(req));
    res.status(204).end();
  });

  return router;
}
