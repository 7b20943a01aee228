// Wire types the client reads. They come from graph/model; the entity detail composes model pieces
// because its schema lives with the read API on the server, which the client may not import.
import type { EntityDto, NodeRef, RelationshipDto, SourceKind } from '../../../graph/model';

export type { ChainView, ChainNodeData, ChainElement } from '../../../graph/model/chainView';
export type {
  EntityDto,
  Gap,
  GapMatrix,
  GapSummary,
  MatrixRow,
  NodeRef,
  QuestionInfo,
  QuestionResult,
  TargetProgress,
  TargetProgressList,
} from '../../../graph/model';

/** One relationship of an entity as GET /api/entities/:id sends it: the far end and provenance. */
export type RelatedEdge = RelationshipDto & {
  direction: 'out' | 'in';
  other: NodeRef;
  sourceKind: SourceKind | null;
  sourceRef: string | null;
};

export interface EntityDetail {
  entity: EntityDto;
  relationships: RelatedEdge[];
  relationshipCount: number;
  truncated: boolean;
}

/** A search hit (GET /api/search): the node, the chain to open it in, and the industries it serves. */
export type SearchHit = NodeRef & {
  score: number;
  match: 'fulltext' | 'substring';
  industryId: string | null;
  industries: NodeRef[];
};
