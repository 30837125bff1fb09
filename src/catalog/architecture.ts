import type { ArchitectureDefinition, LevelDefinition, TrackDefinition } from '../model/architecture.js';
import { BUILTIN_LEVELS } from '../model/defaults.js';
import { AUTHORITY, type Authority } from '../model/scales.js';
import { textIn, type Lang, type LocalizedText } from '../model/text.js';

/** The part of a role the architecture places: its level and, when its level is on several tracks, its track. */
export interface Placed {
  readonly level: string;
  readonly track?: string | undefined;
}

/**
 * A catalog's job architecture: its level ladder (lowest first, optionally graded), its career tracks and its names for
 * the fixed authority scale. Levels compare by grade when the ladder is graded (equal grades on parallel tracks are
 * the same seniority), otherwise by their place on the ladder.
 */
export class Architecture {
  /** The ladder a catalog gets when it defines none: staff, senior, supervisor, manager, director, executive. */
  static readonly BUILTIN = new Architecture(undefined);

  readonly levels: readonly LevelDefinition[];
  readonly tracks: readonly TrackDefinition[];
  /** Whether every level has a grade: then levels compare by grade. */
  readonly graded: boolean;
  private readonly authorityNames: ArchitectureDefinition['authority'];
  private readonly byId = new Map<string, { level: LevelDefinition; index: number }>();
  private readonly trackById = new Map<string, TrackDefinition>();

  constructor(definition: ArchitectureDefinition | undefined, base?: Architecture) {
    this.levels = definition?.levels ?? base?.levels ?? BUILTIN_LEVELS;
    this.tracks = definition?.tracks ?? (definition?.levels ? [] : (base?.tracks ?? []));
    this.authorityNames = { ...base?.authorityNames, ...definition?.authority };
    // The first definition of an id wins; the catalog rules report the second.
    this.levels.forEach((level, index) => {
      if (!this.byId.has(level.id)) this.byId.set(level.id, { level, index });
    });
    for (const t of this.tracks) if (!this.trackById.has(t.id)) this.trackById.set(t.id, t);
    this.graded = this.levels.length > 0 && this.levels.every((l) => l.grade !== undefined);
  }

  hasLevel(id: string): boolean {
    return this.byId.has(id);
  }

  level(id: string): LevelDefinition | undefined {
    return this.byId.get(id)?.level;
  }

  /** Where a level stands: its grade on a graded ladder, else its place (0 for the lowest); -1 when unknown. */
  rank(id: string): number {
    const found = this.byId.get(id);
    if (found === undefined) return -1;
    return this.graded ? (found.level.grade ?? found.index) : found.index;
  }

  /** Negative when `a` is below `b`, 0 at the same seniority, positive when above. */
  compare(a: string, b: string): number {
    return this.rank(a) - this.rank(b);
  }

  /** The level's name in `lang`, or its id when the ladder has no such level. */
  label(id: string, lang: Lang): string {
    const level = this.level(id);
    return level === undefined ? id : textIn(level.label, lang);
  }

  /** The level's name in both languages. */
  labels(id: string): Record<Lang, string> {
    return { zh: this.label(id, 'zh'), en: this.label(id, 'en') };
  }

  /** The level's grade, if the ladder gives one. */
  grade(id: string): number | undefined {
    return this.level(id)?.grade;
  }

  /** Levels from the highest down (how tables and the career graph list them). */
  descending(): LevelDefinition[] {
    return [...this.byId.values()]
      .sort((a, b) => this.rank(b.level.id) - this.rank(a.level.id) || b.index - a.index)
      .map((x) => x.level);
  }

  track(id: string): TrackDefinition | undefined {
    return this.trackById.get(id);
  }

  /** The tracks a level is on. */
  tracksOf(level: string): TrackDefinition[] {
    return this.tracks.filter((t) => t.levels.includes(level));
  }

  /** The track a role is on: the one it names, else the first that holds its level; none when the catalog has no tracks. */
  trackOf(role: Placed): TrackDefinition | undefined {
    if (role.track !== undefined) return this.track(role.track);
    return this.tracksOf(role.level)[0];
  }

  /** Whether two roles are on the same track (always, when the catalog defines no tracks). */
  sameTrack(a: Placed, b: Placed): boolean {
    if (this.tracks.length === 0) return true;
    return this.trackOf(a)?.id === this.trackOf(b)?.id;
  }

  /** The name of an authority value: the catalog's own, else the built-in one. */
  authorityLabel(value: Authority, lang: Lang): string {
    const own: LocalizedText | undefined = this.authorityNames?.[value];
    return own === undefined ? AUTHORITY.label(value, lang) : textIn(own, lang);
  }
}
