// Wire types the client reads, all from graph/model (z.infer of the server's own schemas).

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

export type { EntityDetail, RelatedEdge, SearchHit } from '../../../graph/model';
