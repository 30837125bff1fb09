import type { Catalog } from '../../catalog/catalog.js';
import type { LintRule } from '../context.js';

/** The career steps that count for cycles: to a catalog role, on the management or professional track. */
function steps(catalog: Catalog, id: string): { to: string; index: number }[] {
  const out: { to: string; index: number }[] = [];
  catalog.find(id)?.career?.forEach((c, index) => {
    if (c.to !== undefined && c.track !== 'lateral' && catalog.has(c.to)) out.push({ to: c.to, index });
  });
  return out;
}

/** Strongly connected components (Tarjan), iteratively so a long chain cannot overflow the stack. */
function stronglyConnected(nodes: readonly string[], next: (id: string) => readonly string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  let counter = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: { id: string; succ: readonly string[]; i: number }[] = [];
    const enter = (id: string) => {
      index.set(id, counter);
      low.set(id, counter);
      counter++;
      stack.push(id);
      onStack.add(id);
      work.push({ id, succ: next(id), i: 0 });
    };
    enter(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      if (frame.i < frame.succ.length) {
        const w = frame.succ[frame.i++]!;
        if (!index.has(w)) enter(w);
        else if (onStack.has(w)) low.set(frame.id, Math.min(low.get(frame.id)!, index.get(w)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) === index.get(frame.id)) {
        const comp: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          comp.push(w);
        } while (w !== frame.id);
        out.push(comp);
      }
    }
  }
  return out;
}

/** The shortest loop from `start` back to itself inside `members`, as the list of roles and the first step taken. */
function loopFrom(
  catalog: Catalog,
  start: string,
  members: ReadonlySet<string>,
): { loop: string[]; first: number } | undefined {
  const prev = new Map<string, string>();
  const queue: string[] = [];
  for (const s of steps(catalog, start)) {
    if (!members.has(s.to)) continue;
    if (s.to === start) return { loop: [start, start], first: s.index };
    if (!prev.has(s.to)) {
      prev.set(s.to, start);
      queue.push(s.to);
    }
  }
  while (queue.length > 0) {
    const cur = queue.shift()!;
    for (const s of steps(catalog, cur)) {
      if (!members.has(s.to)) continue;
      if (s.to === start) {
        const loop = [start];
        for (let at: string | undefined = cur; at !== start && at !== undefined; at = prev.get(at))
          loop.splice(1, 0, at);
        loop.push(start);
        const second = loop[1]!;
        const first = steps(catalog, start).find((x) => x.to === second)!.index;
        return { loop, first };
      }
      if (!prev.has(s.to)) {
        prev.set(s.to, cur);
        queue.push(s.to);
      }
    }
  }
  return undefined;
}

/**
 * Career steps on the management or professional track that lead back to where they started. Lateral steps are left
 * out: moving sideways between two fields and back is a normal pair of moves. Each loop is reported once, at the
 * step leaving the member whose id sorts first.
 */
export const careerCycles: LintRule = {
  code: 'LINT_CAREER_CYCLE',
  severity: 'error',
  check(ctx) {
    const { catalog } = ctx;
    const ids = [...catalog.roles.keys()].sort();
    for (const comp of stronglyConnected(ids, (id) => steps(catalog, id).map((s) => s.to))) {
      const start = [...comp].sort()[0]!;
      const found = loopFrom(catalog, start, new Set(comp));
      if (found === undefined) continue; // a single role with no step to itself
      const loop = found.loop.join(' → ');
      ctx.role(
        start,
        ['career', found.first, 'to'],
        { en: `Career steps lead back to where they started: ${loop}.`, zh: `发展路径绕回了起点：${loop}。` },
        {
          en: 'A step up or deeper should not return to an earlier role; remove one step of the loop, or mark a sideways move as `track: lateral`.',
          zh: '晋升或专业深化的路径不应回到之前的岗位；请删除环中的一步，若是平级调动请标为 `track: lateral`。',
        },
      );
    }
  },
};
