// Names that open where a node lives: a region its profile, an industry its chain, anything else its node page.
import { Link } from 'react-router';
import type { NodeRef } from '../../../../graph/model';
import { IllustrativeBadge } from '../../components/Illustrative';
import { useLang } from '../../i18n/lang';
import { chainPath, nodePath, regionPath } from '../../state/landing';

export function refPath(node: NodeRef): string {
  if (node.label === 'Region') return regionPath(node.id);
  if (node.label === 'Industry') return chainPath(node.id);
  return nodePath(node.id);
}

export function RefLink({ node, to, badge = false }: { node: NodeRef; to?: string; badge?: boolean }) {
  const lang = useLang();
  return (
    <>
      <Link to={lang.href(to ?? refPath(node))}>{lang.name(node)}</Link>
      {badge && node.illustrative && <IllustrativeBadge />}
    </>
  );
}

/** Names in a run: 、 between them in Chinese, commas in English. */
export function RefList({ nodes }: { nodes: readonly NodeRef[] }) {
  const lang = useLang();
  return (
    <>
      {nodes.map((node, i) => (
        <span key={node.id}>
          {i > 0 && lang.pick('、', ', ')}
          <RefLink node={node} />
        </span>
      ))}
    </>
  );
}
