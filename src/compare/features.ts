/**
 * Word sets as sorted arrays of interned word numbers: intersecting two of them is a merge walk, which keeps
 * pairwise comparison over a large catalog cheap.
 */
export class WordIndex {
  private readonly ids = new Map<string, number>();

  get size(): number {
    return this.ids.size;
  }

  intern(words: Iterable<string>): Int32Array {
    const out: number[] = [];
    for (const w of words) {
      let id = this.ids.get(w);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(w, id);
      }
      out.push(id);
    }
    return Int32Array.from(new Set(out)).sort();
  }
}
