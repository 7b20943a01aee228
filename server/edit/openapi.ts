import type { OperationSpec } from '../openapi/operation';
import {
  CreateNodeBody,
  CreateRelationshipBody,
  DeletedNode,
  DeletedRelationship,
  DeletePreview,
  EditSchema,
  NodeParams,
  NodeView,
  RelationshipParams,
  RelationshipView,
  UpdateNodeBody,
  UpdateRelationshipBody,
  VersionQuery,
} from './schema';

const EDITOR =
  'Role: editor. Validated by the domain model (each bad field named, in English and Chinese). Provenance is set by the server: sourceKind "user", sourceRef "user:<name>@<time>" (illustrative data stays illustrative). An update drops the old sourceUrl and sets observedAt to the day of the edit, unless the changes give their own. Audited.';
const CONFLICT = { description: 'Stale version: someone changed it since; nothing was written' };

export const operations: OperationSpec[] = [
  { method: 'get', path: '/api/edit/schema', tag: 'edit', summary: 'Fields of every label and relationship type, for forms / 编辑字段说明', description: EDITOR, responses: { 200: { description: 'The editing vocabulary', schema: EditSchema } } },
  { method: 'post', path: '/api/edit/nodes', tag: 'edit', summary: 'Create a node / 新建节点', description: `${EDITOR} Without properties.id the server makes one (from nameEn when given, else the label and a random part) and answers with it; a given id must be a free slug.`, body: CreateNodeBody, responses: { 201: { description: 'Created (version 1)', schema: NodeView }, 409: { description: 'Id already used' } } },
  { method: 'get', path: '/api/edit/nodes/{id}', tag: 'edit', summary: 'A node with its version, before editing / 读取节点及版本', description: EDITOR, params: NodeParams, responses: { 200: { description: 'The node', schema: NodeView }, 404: { description: 'No such node' } } },
  {
    method: 'patch',
    path: '/api/edit/nodes/{id}',
    tag: 'edit',
    summary: 'Change a node (based on a version) / 修改节点',
    description: `${EDITOR} Reference properties (e.g. ChainLink.industryId) move the relationship they stand for.`,
    params: NodeParams,
    body: UpdateNodeBody,
    responses: { 200: { description: 'Changed (version + 1)', schema: NodeView }, 404: { description: 'No such node' }, 409: CONFLICT },
  },
  { method: 'get', path: '/api/edit/nodes/{id}/delete-preview', tag: 'edit', summary: 'What deleting a node would disconnect / 删除预览', description: EDITOR, params: NodeParams, responses: { 200: { description: 'Relationships with their other ends, and nodes that block the delete', schema: DeletePreview }, 404: { description: 'No such node' } } },
  {
    method: 'delete',
    path: '/api/edit/nodes/{id}',
    tag: 'edit',
    summary: 'Delete a node and its relationships / 删除节点',
    description: EDITOR,
    params: NodeParams,
    query: VersionQuery,
    responses: { 200: { description: 'Deleted', schema: DeletedNode }, 404: { description: 'No such node' }, 409: { description: 'Stale version, or still named by other nodes’ properties' } },
  },
  {
    method: 'post',
    path: '/api/edit/relationships',
    tag: 'edit',
    summary: 'Create a relationship / 新建关系',
    description: `${EDITOR} HAS_LINK, TARGET_FOR and MEASURES follow properties and are not created here.`,
    body: CreateRelationshipBody,
    responses: { 201: { description: 'Created (version 1)', schema: RelationshipView }, 409: { description: 'Already exists' } },
  },
  { method: 'get', path: '/api/edit/relationships/{type}/{from}/{to}', tag: 'edit', summary: 'A relationship with its version / 读取关系', description: EDITOR, params: RelationshipParams, responses: { 200: { description: 'The relationship', schema: RelationshipView }, 404: { description: 'No such relationship' } } },
  {
    method: 'patch',
    path: '/api/edit/relationships/{type}/{from}/{to}',
    tag: 'edit',
    summary: 'Change a relationship’s notes or validity / 修改关系备注或有效期',
    description: EDITOR,
    params: RelationshipParams,
    body: UpdateRelationshipBody,
    responses: { 200: { description: 'Changed', schema: RelationshipView }, 404: { description: 'No such relationship' }, 409: CONFLICT },
  },
  {
    method: 'delete',
    path: '/api/edit/relationships/{type}/{from}/{to}',
    tag: 'edit',
    summary: 'Delete a relationship / 删除关系',
    description: EDITOR,
    params: RelationshipParams,
    query: VersionQuery,
    responses: { 200: { description: 'Deleted', schema: DeletedRelationship }, 404: { description: 'No such relationship' }, 409: CONFLICT },
  },
];
