import type { Catalog } from '../catalog/catalog.js';
import type { Activity, RaciLetter, ResponsibilityMatrix, Role } from '../model/index.js';
import { AUTHORITY, type Authority } from '../model/scales.js';
import { makeContext } from './context.js';

interface DraftCell {
  letters: RaciLetter[];
  /** The duties and permissions the letters come from. */
  because: { duties: string[]; permissions: { id: string; authority: Authority }[] };
}

export interface DraftMatrix {
  matrix: string;
  roles: string[];
  activities: { id: string; activity: Activity; cells: Record<string, DraftCell> }[];
}

const rank = (a: string) => AUTHORITY.rank(a as never);

/**
 * Proposes letters for a matrix's activities from its roles' duties and permissions, for a person to review.
 * What an activity uses comes from the matrix's links where it has any for the activity, else from the catalog's
 * matcher (an item covering at least COVERAGE_THRESHOLD of the activity's title). A goes only to a role holding a
 * permission of decides or above over the activity, the lowest level first (a decision belongs as close to the work
 * as possible; on one level the higher authority wins); R to roles whose duties cover it, C to roles that propose or
 * participate, I to roles only informed or consulted.
 */
export function draftMatrix(matrix: ResponsibilityMatrix, catalog: Catalog): DraftMatrix {
  const ctx = makeContext(matrix, catalog, undefined, [], {});
  const roles = [...new Set(matrix.activities.flatMap((a) => Object.keys(a.assign)))]
    .map((id) => catalog.find(id))
    .filter((r): r is Role => r !== undefined);
  return {
    matrix: matrix.id,
    roles: roles.map((r) => r.id),
    activities: matrix.activities.map((a) => {
      const cells: Record<string, DraftCell> = {};
      let owner: { role: Role; authority: number } | undefined;
      for (const role of roles) {
        const duties = ctx.duties(a, role).map((d) => d.id);
        const perms = ctx.permissions(a, role);
        const top = perms.reduce((m, p) => Math.max(m, rank(p.authority)), -1);
        const letters: RaciLetter[] = [];
        if (duties.length > 0) letters.push('R');
        else if (top >= rank('proposes')) letters.push('C');
        else if (top >= 0) letters.push('I');
        cells[role.id] = {
          letters,
          because: { duties, permissions: perms.map((p) => ({ id: p.id, authority: p.authority })) },
        };
        if (
          top >= rank('decides') &&
          (!owner ||
            catalog.architecture.compare(role.level, owner.role.level) < 0 ||
            (catalog.architecture.compare(role.level, owner.role.level) === 0 && top > owner.authority))
        )
          owner = { role, authority: top };
      }
      if (owner) {
        const cell = cells[owner.role.id]!;
        cell.letters = cell.letters.includes('R') ? ['A', 'R'] : ['A'];
      }
      return { id: a.id, activity: a, cells };
    }),
  };
}
