import { CONCEPT_MARK, HAN, normalize, tokenize, type Token } from './tokens.js';

// Synonyms: words and phrases that mean one thing, found in a text and read as one concept.

/** Words and phrases that mean the same, in any language; `key` names the concept they share. */
export interface SynonymGroup {
  key: string;
  members: readonly string[];
  /**
   * Whether the members are names of one thing (a skill, a role's titles) rather than words to swap: a text naming
   * part of a name of several words still meets it in part, so those words are kept beside the concept.
   */
  names?: boolean;
  /** Whether the concept marks a kind of job (see `BuiltinSynonyms.defining`). */
  defining?: boolean;
  /** Words that share a member's base form but not its meaning (see `BuiltinSynonyms.except`). */
  except?: readonly string[];
}

/** A text as matching reads it. */
export interface Analysed {
  /** Its meaningful words in order, stop words dropped; a synonym is read as its concept (see `Thesaurus`). */
  terms: readonly string[];
  /** The place of each term among the text's words: a concept added beside a phrase shares its first word's place. */
  places: readonly number[];
  /** The synonyms found: each concept with the words of the text that named it. */
  found: readonly { concept: string; text: string }[];
  /** Indexes into `terms` of concepts added beside the words of a name (the words alone already say it). */
  beside: ReadonlySet<number>;
}

/** The term a concept is read as: `≈` and the group's key, which no word of any language can be. */
export const conceptTerm = (key: string): string => `${CONCEPT_MARK}${key}`;

interface Member {
  /** The member's meaningful terms, kept beside the concept for a name of several words. */
  terms: string[];
  /** Whether the terms are kept (a name of several words) or replaced by the concept (a synonym, a one-word name). */
  keep: boolean;
  /** Whether the member is a name (its words are kept beside the concept when there are several). */
  name: boolean;
  /** For a kept name: the synonyms among its words. */
  inner?: readonly { concept: string; text: string }[];
  concepts: string[];
  text: string;
  /**
   * Per concept, words (as written) that do not name it though their base form is the member's: "commissioning" is
   * no sales commission, yet may name a skill "Commissioning" that shares the member.
   */
  except?: Map<string, Set<string>>;
}

/**
 * `segment`, remembering each text's tokens: building a thesaurus reads every member's text twice or more (its own
 * tokens, then a name's words among the other members), and segmenting Chinese is most of that time. Kept only while
 * building.
 */
function remembering(segment: (text: string) => readonly Token[]): (text: string) => readonly Token[] {
  const known = new Map<string, readonly Token[]>();
  return (text) => {
    let tokens = known.get(text);
    if (tokens === undefined) known.set(text, (tokens = segment(text)));
    return tokens;
  };
}

/** Adds a group's exceptions to a member of it, for the group's concept only. */
function addExceptions(m: Member, g: SynonymGroup): void {
  if (!g.except?.length) return;
  const words = new Set(g.except.map((w) => normalize(w).trim()));
  (m.except ??= new Map()).set(conceptTerm(g.key), words);
}

/**
 * The member as the words that matched it name it: without the concepts those words are an exception to; undefined
 * when they name none.
 */
function naming(m: Member, words: readonly string[]): Member | undefined {
  if (m.except === undefined) return m;
  const concepts = m.concepts.filter((c) => !words.some((w) => m.except!.get(c)?.has(w) === true));
  if (concepts.length === m.concepts.length) return m;
  return concepts.length === 0 ? undefined : { ...m, concepts };
}

/** A step of the word-for-word index of non-Chinese members: by a word's base form. */
interface LatinNode {
  next: Map<string, LatinNode>;
  /** The member whose words end here. */
  member?: Member;
}

interface HanNode {
  /** By UTF-16 code unit (a character outside the BMP is two steps, in building and in reading alike). */
  next: Map<number, HanNode>;
  member?: Member;
}

/**
 * Finds synonyms in texts. A member written with Chinese characters is looked for as a string, wherever it occurs
 * (segmenters disagree on word boundaries); any other member is looked for as a sequence of words, stop words
 * included, so "on call" is not found in every text saying "call". The longest member wins where several start.
 *
 * A member is replaced by its concept, so it meets every other member in full ("客诉" and "grievance"), except a
 * name of several words ("customer service representative", see `SynonymGroup.names`): it keeps its words and gets
 * the concept beside them, so a text naming part of it still meets it in part.
 */
export class Thesaurus {
  private readonly han: HanNode = { next: new Map() };
  /** Non-Chinese members, word by word (a trie: 3,000 role titles may share their first word). */
  private readonly latin: LatinNode = { next: new Map() };
  readonly groups: ReadonlyMap<string, readonly string[]>;

  /**
   * @param nested Whether the words kept for a name are read with the other members (so the skill "投诉处理" is
   *   read as complaint + handle + the skill); false for the thesaurus that does that reading.
   * @param segment Splits a member's text into tokens (`tokenize`). Building remembers each text's tokens and gives
   *   them to the thesaurus that reads the names, so a member is segmented once however often building reads it.
   */
  constructor(groups: Iterable<SynonymGroup>, nested = true, segment: (text: string) => readonly Token[] = tokenize) {
    const tokensOf = nested ? remembering(segment) : segment;
    // Members by what they match on: a Chinese member by its characters, any other by its words' base forms. Two
    // members that match alike (in two groups, or written two ways) are one member naming every concept.
    const byText = new Map<string, Member>();
    const all = new Map<string, string[]>();
    for (const g of groups) {
      all.set(g.key, [...g.members]);
      for (const raw of g.members) {
        const text = normalize(raw).trim();
        if (text === '') continue;
        const han = HAN.test(text);
        // One Chinese character is found inside too many words (车 in 车间) to stand for a concept.
        if (han && text.replace(/\s+/gu, '').length < 2) continue;
        const tokens = tokensOf(text);
        const key = han ? text.replace(/\s+/gu, '') : tokens.map((t) => t.base).join(' ');
        let m = byText.get(key);
        if (m) {
          if (!m.concepts.includes(conceptTerm(g.key))) m.concepts.push(conceptTerm(g.key));
          addExceptions(m, g);
          continue;
        }
        const terms = tokens.filter((t) => !t.stop).map((t) => t.term);
        if (terms.length === 0) continue;
        m = {
          terms,
          keep: g.names === true && terms.length > 1,
          name: g.names === true,
          concepts: [conceptTerm(g.key)],
          text,
        };
        addExceptions(m, g);
        byText.set(key, m);
        if (han) {
          let node = this.han;
          for (let k = 0; k < key.length; k++) {
            const ch = key.charCodeAt(k);
            let n = node.next.get(ch);
            if (!n) node.next.set(ch, (n = { next: new Map() }));
            node = n;
          }
          node.member = m;
        } else {
          // Word for word, on the words' base forms (stemmed, not cut to six letters: "organise" is not
          // "organisation", "deliver" not "deliverable").
          let node = this.latin;
          for (const t of tokens) {
            let n = node.next.get(t.base);
            if (!n) node.next.set(t.base, (n = { next: new Map() }));
            node = n;
          }
          node.member = m;
        }
      }
    }
    this.groups = all;
    if (!nested) return;
    const swaps: SynonymGroup[] = [];
    for (const m of byText.values())
      if (!m.keep) for (const c of m.concepts) swaps.push({ key: c.slice(1), members: [m.text], names: m.name });
    const words = new Thesaurus(swaps, false, tokensOf);
    for (const m of byText.values())
      if (m.keep) {
        const a = words.read(m.text, tokensOf);
        m.terms = [...a.terms];
        m.inner = a.found;
      }
  }

  /** The longest Chinese member starting at `at` of `s`, with its length, or undefined. */
  private hanAt(s: string, at: number): { member: Member; end: number } | undefined {
    let node = this.han;
    let best: { member: Member; end: number } | undefined;
    for (let i = at; i < s.length; i++) {
      const n = node.next.get(s.charCodeAt(i));
      if (!n) break;
      node = n;
      if (n.member) best = { member: n.member, end: i + 1 };
    }
    return best;
  }

  /**
   * The longest non-Chinese member whose words start at `tokens[i]` and name it (see `naming`), with its length in
   * tokens, or undefined.
   */
  private latinAt(tokens: readonly (Token | Member)[], i: number): { member: Member; length: number } | undefined {
    let ends: { member: Member; length: number }[] | undefined;
    let node = this.latin;
    for (let k = i; k < tokens.length; k++) {
      const t = tokens[k]!;
      if ('concepts' in t) break;
      const n = node.next.get(t.base);
      if (!n) break;
      node = n;
      if (n.member) (ends ??= []).push({ member: n.member, length: k - i + 1 });
    }
    if (ends === undefined) return undefined;
    for (let e = ends.length - 1; e >= 0; e--) {
      const { member, length } = ends[e]!;
      const named = naming(
        member,
        tokens.slice(i, i + length).map((t) => (t as Token).word),
      );
      if (named) return { member: named, length };
    }
    return undefined;
  }

  /** Reads a text: its terms in order with synonyms found (see the class comment). */
  analyse(text: string): Analysed {
    return this.read(text, tokenize);
  }

  private read(text: string, tokensOf: (text: string) => readonly Token[]): Analysed {
    const norm = normalize(text);
    // Pieces of the text: plain stretches to tokenize, and the Chinese members found between them.
    const tokens: (Token | Member)[] = [];
    let from = 0;
    if (this.han.next.size > 0 && HAN.test(norm)) {
      for (let i = 0; i < norm.length;) {
        const hit = this.han.next.has(norm.charCodeAt(i)) ? this.hanAt(norm, i) : undefined;
        if (!hit) {
          i++;
          continue;
        }
        if (i > from) for (const t of tokensOf(norm.slice(from, i))) tokens.push(t);
        tokens.push(hit.member);
        i = from = hit.end;
      }
    }
    if (from < norm.length) for (const t of tokensOf(from === 0 ? norm : norm.slice(from))) tokens.push(t);

    const terms: string[] = [];
    const places: number[] = [];
    const found: { concept: string; text: string }[] = [];
    const beside = new Set<number>();
    let place = 0;
    const emit = (m: Member) => {
      const start = place;
      if (m.keep) {
        for (const t of m.terms) {
          terms.push(t);
          places.push(place++);
        }
        for (const x of m.inner ?? []) found.push(x);
      } else place++;
      for (const c of m.concepts) {
        if (m.keep) beside.add(terms.length);
        terms.push(c);
        places.push(start);
        found.push({ concept: c, text: m.text });
      }
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if ('concepts' in t) {
        emit(t);
        continue;
      }
      const hit = this.latinAt(tokens, i);
      if (hit) {
        emit(hit.member);
        i += hit.length - 1;
      } else if (!t.stop) {
        terms.push(t.term);
        places.push(place++);
      }
    }
    return { terms, places, found, beside };
  }
}
