// /api/edit (editors, by the access policy): create, change and delete nodes and relationships.
// Changes and deletes carry the version they are based on; a stale one gets 409 and changes nothing.
import { Router, type Request } from 'express';
import type { z } from 'zod';
import type { AppContext } from '../context';
import { validate, valid } from '../middleware/validate';
import {
  createNode,
  createRelationship,
  deleteNode,
  deletePreview,
  deleteRelationship,
  editSchema,
  getNode,
  getRelationship,
  updateNode,
  updateRelationship,
} from './';
import {
  CreateNodeBody,
  CreateRelationshipBody,
  NodeParams,
  RelationshipParams,
  UpdateNodeBody,
  UpdateRelationshipBody,
  VersionQuery,
} from './schema';

/** The editor's name; the access policy lets no anonymous request reach these routes. */
function editor(req: Request): string {
  return req.auth?.user?.username ?? 'unknown';
}

export function editRouter({ db }: AppContext): Router {
  const router = Router();

  router.get('/schema', validate({}), (_req, res) => {
    res.json(editSchema());
  });

  router.post('/nodes', validate({ body: CreateNodeBody }), async (req, res) => {
    const body = valid<z.ZodNever, z.ZodNever, typeof CreateNodeBody>(res).body;
    res.status(201).json(await createNode(db, body, editor(req)));
  });

  router.get('/nodes/:id', validate({ params: NodeParams }), async (_req, res) => {
    const { id } = valid<z.ZodNever, typeof NodeParams>(res).params;
    res.json(await getNode(db, id));
  });

  router.patch('/nodes/:id', validate({ params: NodeParams, body: UpdateNodeBody }), async (req, res) => {
    const { params, body } = valid<z.ZodNever, typeof NodeParams, typeof UpdateNodeBody>(res);
    res.json(await updateNode(db, params.id, body, editor(req)));
  });

  router.get('/nodes/:id/delete-preview', validate({ params: NodeParams }), async (_req, res) => {
    const { id } = valid<z.ZodNever, typeof NodeParams>(res).params;
    res.json(await deletePreview(db, id));
  });

  router.delete('/nodes/:id', validate({ params: NodeParams, query: VersionQuery }), async (req, res) => {
    const { params, query } = valid<typeof VersionQuery, typeof NodeParams>(res);
    res.json(await deleteNode(db, params.id, query.version, editor(req)));
  });

  router.post('/relationships', validate({ body: CreateRelationshipBody }), async (req, res) => {
    const body = valid<z.ZodNever, z.ZodNever, typeof CreateRelationshipBody>(res).body;
    res.status(201).json(await createRelationship(db, body, editor(req)));
  });

  router.get('/relationships/:type/:from/:to', validate({ params: RelationshipParams }), async (_req, res) => {
    const params = valid<z.ZodNever, typeof RelationshipParams>(res).params;
    res.json(await getRelationship(db, params));
  });

  router.patch('/relationships/:type/:from/:to', validate({ params: RelationshipParams, body: UpdateRelationshipBody }), async (req, res) => {
    const { params, body } = valid<z.ZodNever, typeof RelationshipParams, typeof UpdateRelationshipBody>(res);
    res.json(await updateRelationship(db, params, body, editor(req)));
  });

  router.delete('/relationships/:type/:from/:to', validate({ params: RelationshipParams, query: VersionQuery }), async (req, res) => {
    const { params, query } = valid<typeof VersionQuery, typeof RelationshipParams>(res);
    res.json(await deleteRelationship(db, params, query.version, editor(req)));
  });

  return router;
}
