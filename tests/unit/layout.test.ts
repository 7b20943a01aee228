// The layout the architecture promises (docs/ARCHITECTURE.md), checked on the source itself: no import
// circles, small files, routers that import no other feature's router, and services free of Express.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TREES = ['server', 'graph/model', 'graph/db', 'graph/datasets', 'client/src'];
const MAX_LINES = 300;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const FILES = TREES.flatMap((tree) => {
  const dir = path.join(ROOT, tree);
  try {
    return sourceFiles(dir);
  } catch {
    return [];
  }
});

/** Relative imports that exist at run time (`import type` is erased and cannot make a circle). */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs: string[] = [];
  for (const match of text.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^;]*?\sfrom\s+)?'(\.{1,2}\/[^']+)'/gms)) {
    if (!match[1] && match[2]) specs.push(match[2]);
  }
  return specs.map((spec) => resolveImport(file, spec)).filter((target): target is string => target !== null);
}

function resolveImport(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (FILES.includes(candidate)) return candidate;
  }
  return null;
}

const relative = (file: string): string => path.relative(ROOT, file);

describe('source layout', () => {
  it('has no import circles', () => {
    const graph = new Map(FILES.map((file) => [file, runtimeImports(file)]));
    const circles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        circles.push([...stack.slice(stack.indexOf(file)), file].map(relative).join(' → '));
        return;
      }
      state.set(file, 'visiting');
      stack.push(file);
      for (const next of graph.get(file) ?? []) visit(next);
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of FILES) visit(file);
    expect(FILES.length).toBeGreaterThan(200);
    expect(circles).toEqual([]);
  });

  it(`keeps every source file at ${MAX_LINES} lines or fewer`, () => {
    const long = FILES.map((file) => ({ file: relative(file), lines: readFileSync(file, 'utf8').split('\n').length - 1 })).filter(
      ({ lines }) => lines > MAX_LINES,
    );
    expect(long).toEqual([]);
  });

  it("never has a feature's router import another feature's router", () => {
    const routers = FILES.filter((file) => file.startsWith(path.join(ROOT, 'server')) && path.basename(file) === 'router.ts');
    expect(routers.length).toBeGreaterThan(10);
    const crossings = routers.flatMap((router) =>
      runtimeImports(router)
        .filter((target) => path.basename(target) === 'router.ts' && path.dirname(target) !== path.dirname(router))
        .map((target) => `${relative(router)} → ${relative(target)}`),
    );
    expect(crossings).toEqual([]);
  });

  it('imports Express only at the HTTP edge: routers, feature lists, middleware, and send/receive helpers', () => {
    const allowed = /(^|\/)(router|feature|features|api|app|docsPage|middleware|(send|receive)[A-Z]\w*)\.ts$|^server\/middleware\/|^server\/auth\/(csrf|cookies|rateLimit|types)\.ts$|^server\/(export|errors)\//;
    const offenders = FILES.map(relative)
      .filter((file) => file.startsWith('server/') && !allowed.test(file))
      .filter((file) => /from 'express'/.test(readFileSync(path.join(ROOT, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
