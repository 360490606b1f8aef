import { lemmatize } from '../content/sentences.ts';
import { foldCase } from '../extract/words.ts';
import type { KnowledgeBase } from '../search/knowledge.ts';
import { relatedWords } from './synonyms.ts';

/**
 * The stem of a word, searched as a prefix so that forms a lemmatiser leaves alone still meet
 * ("colony" finds "Colonies", "durable" finds "durability"). Short stems are not cut:
 * too many words share them.
 */
export function stem(term: string): string {
  const cut = term.replace(
    /(?:abilit(?:y|ies)|ables?|ations?|ities|ity|ness|ments?|ally|ly|ies|ied|ing|ed|es|s|y)$/,
    '',
  );
  return cut.length >= 5 ? cut : term;
}

/**
 * Regular inflections of a short word ("map" → "maps", "mapped", "mapping"): searched as exact
 * words, since a prefix search on three letters would match far too much.
 */
export function inflections(term: string): string[] {
  if (term.length > 4 || !/^[a-z]+$/.test(term)) return [];
  const last = term.at(-1) ?? '';
  const forms = [
    `${term}s`,
    `${term}es`,
    `${term}ed`,
    `${term}d`,
    `${term}ing`,
    `${term}${last}ed`,
    `${term}${last}ing`,
  ];
  if (term.endsWith('e')) forms.push(`${term.slice(0, -1)}ing`);
  if (term.endsWith('y')) forms.push(`${term.slice(0, -1)}ies`, `${term.slice(0, -1)}ied`);
  return forms;
}

/** Share of the question's weight that answers it without naming its subject... */
const COVERAGE = 0.6;
/** ...or, when at least two of its words meet there, this much. */
const COVERAGE_TWO_WORDS = 0.5;

/**
 * Words that frame a where/when question rather than name what it is about ("where was the
 * recount held", "where is it based", "where did it come from"): a sentence without them loses
 * only half their weight.
 */
const FRAME_WORD =
  /^(?:held|hold|holds|located|based|situated|headquartered|staged|hosted|come|comes|came|coming)$/;

/** True for a word that frames a where/when question ("based", "held") rather than saying what about. */
export function isFrameWord(term: string): boolean {
  return FRAME_WORD.test(term);
}

/** The words of a sentence that matches none. */
const NO_WORDS: ReadonlySet<string> = new Set();

/** Share of a word's weight that a word of the same meaning earns (WordNet is broad). */
const SYNONYM_MATCH_WEIGHT = 0.7;

/** Share of a word's weight that a sentence giving the kind of answer it asks for earns. */
const TYPED_MATCH_WEIGHT = 0.5;

/** What shapes how a question's words are matched, beyond the words themselves. */
export interface QuestionOptions {
  /**
   * Question words that name the kind of answer rather than its words ("cost" in "How much does
   * it cost?"), each with the test a sentence passes to cover it (it gives an amount).
   */
  typed?: ReadonlyMap<string, (text: string) => boolean>;
  /** Words the question writes as names: matched as written, never by words of like meaning. */
  names?: ReadonlySet<string>;
}

/**
 * How well sentences cover the words of a question. A word matches a sentence as written, by its
 * base form ("bought" for "buy"), by its stem as a prefix, or within a small misspelling. Rare
 * words weigh more (inverse sentence frequency); a word the articles do not use in that form
 * weighs like a typical word of the question, not like the rarest word there is.
 */
export class QuestionTerms {
  /** Sentence id → the question words it matches; only sentences matching at least one. */
  readonly matched = new Map<number, Set<string>>();
  /** Sentence id → the question words it matches only by a word of the same meaning. */
  private readonly related = new Map<number, Set<string>>();
  private readonly names: ReadonlySet<string>;
  /** The question's frame words ("held", "based"), which weigh half when a sentence lacks them. */
  private readonly frameTerms: readonly string[];
  private readonly shares = new Map<number | string, number>();
  private readonly typedSeen = new Map<string, boolean>();
  private readonly weights = new Map<string, number>();
  private readonly total: number;

  private readonly typed: ReadonlyMap<string, (text: string) => boolean>;

  constructor(
    private readonly kb: KnowledgeBase,
    readonly terms: readonly string[],
    options: QuestionOptions = {},
  ) {
    this.typed = options.typed ?? new Map();
    this.frameTerms = terms.filter(isFrameWord);
    this.names = options.names ?? new Set();
    if (terms.length > 0) this.search();
    const sentences = Math.max(1, kb.sentences.length);
    const idf = (t: string) => Math.log(1 + sentences / (1 + (kb.termSentences.get(t) ?? 0)));
    const known = terms.filter((t) => kb.termSentences.has(t)).map(idf);
    const typical =
      known.length > 0 ? ([...known].sort((a, b) => a - b)[Math.floor(known.length / 2)] ?? 1) : 1;
    for (const term of terms)
      this.weights.set(term, kb.termSentences.has(term) ? idf(term) : typical);
    this.total = terms.reduce((sum, t) => sum + (this.weights.get(t) ?? 0), 0);
  }

  private search(): void {
    const lemmas = lemmatize(this.terms).map((lemma) => foldCase(lemma));
    // Every form a question word may take in the articles, and the word it stands for.
    const forms = new Map<string, string>();
    const synonyms = new Set<string>();
    this.terms.forEach((term, i) => {
      const variants = [term, lemmas[i] ?? term, stem(term), ...inflections(term)];
      for (const form of variants) if (!forms.has(form)) forms.set(form, term);
    });
    // Only a word the articles never use needs another of the same meaning ("shut" → "closed");
    // for one they use, the others would bring more noise than answers.
    this.terms.forEach((term, i) => {
      const lemma = lemmas[i] ?? term;
      if (
        this.names.has(term) ||
        this.kb.termSentences.has(term) ||
        this.kb.termSentences.has(lemma)
      )
        return;
      for (const word of relatedWords(lemma)) {
        if (forms.has(word)) continue;
        forms.set(word, term);
        synonyms.add(word);
      }
    });
    const hits = this.kb.index.search([...forms.keys()].join(' '), {
      fuzzy: (term) => (term.length >= 5 && !synonyms.has(term) ? 0.2 : false),
      prefix: (term) => term.length >= 5 && !synonyms.has(term),
    });
    for (const hit of hits) {
      const literal = new Set<string>();
      const related = new Set<string>();
      for (const query of hit.queryTerms) {
        const term = forms.get(query);
        if (term === undefined) continue;
        (synonyms.has(query) ? related : literal).add(term);
      }
      for (const term of literal) related.delete(term);
      if (literal.size + related.size === 0) continue;
      this.matched.set(hit.id as number, new Set([...literal, ...related]));
      if (related.size > 0) this.related.set(hit.id as number, related);
    }
  }

  /**
   * True when some sentence has the word itself (or, for a typed word, gives its kind of answer):
   * a word met only by others of the same meaning does not show the articles speak of it.
   */
  occurs(term: string): boolean {
    for (const [id, words] of this.matched) {
      if ((words.has(term) && this.literal(term, [id])) || this.typedCovers(term, id)) return true;
    }
    return false;
  }

  private typedCovers(term: string, id: number): boolean {
    const key = `${term} ${id}`;
    let covered = this.typedSeen.get(key);
    if (covered === undefined) {
      const text = this.kb.sentences[id]?.text;
      covered = text !== undefined && this.typed.get(term)?.(text) === true;
      this.typedSeen.set(key, covered);
    }
    return covered;
  }

  /** True when one of the sentences has the word itself, not only a word of like meaning. */
  private literal(term: string, ids: readonly number[]): boolean {
    return ids.some((id) => this.matched.get(id)?.has(term) && !this.related.get(id)?.has(term));
  }

  /** The share (0–1) of the question's weight that the sentences together cover. */
  share(...ids: number[]): number {
    // Candidates, windows and checks ask for the same sentences again: each share is worked out
    // once (a window of two by its pair, a sentence by its id).
    const key = ids.length === 1 ? (ids[0] as number) : ids.join(' ');
    const known = this.shares.get(key);
    if (known !== undefined) return known;
    const share = this.computeShare(ids);
    this.shares.set(key, share);
    return share;
  }

  /** The question words the sentences together match (a sentence's own set when there is one). */
  private coveredBy(ids: readonly number[]): ReadonlySet<string> {
    if (ids.length === 1) return this.matched.get(ids[0] as number) ?? NO_WORDS;
    return new Set(ids.flatMap((id) => [...(this.matched.get(id) ?? [])]));
  }

  private computeShare(ids: readonly number[]): number {
    const covered = this.coveredBy(ids);
    let total = this.total;
    for (const term of this.frameTerms)
      if (!covered.has(term)) total -= 0.5 * (this.weights.get(term) ?? 0);
    if (total <= 0) return 0;
    // A word met only by another of the same meaning ("closed" for "shut") counts for less.
    let weight = 0;
    for (const term of covered)
      weight +=
        (this.literal(term, ids) ? 1 : SYNONYM_MATCH_WEIGHT) * (this.weights.get(term) ?? 0);
    // A typed word met only by the kind of answer it asks for is weaker evidence than the word itself.
    for (const term of this.typed.keys()) {
      if (!covered.has(term) && ids.some((id) => this.typedCovers(term, id)))
        weight += TYPED_MATCH_WEIGHT * (this.weights.get(term) ?? 0);
    }
    return weight / total;
  }

  /**
   * True when the sentences together cover enough of the question to answer it without its
   * subject's name: most of its weight, or half of it with two of its words meeting there.
   */
  covers(...ids: number[]): boolean {
    const words = this.coveredBy(ids);
    // A sum of money stands in for "cost" only when everything else asked about is there:
    // "How much will season tickets cost at the new stadium?" is not "the stadium would cost £95m".
    let typedOnly = false;
    for (const term of this.typed.keys())
      typedOnly ||= !words.has(term) && ids.some((id) => this.typedCovers(term, id));
    if (typedOnly) {
      const rest = this.terms.filter((t) => !this.typed.has(t) && !isFrameWord(t));
      if (!rest.every((t) => words.has(t))) return false;
    }
    const share = this.share(...ids);
    if (share >= COVERAGE) return true;
    return share >= COVERAGE_TWO_WORDS && words.size >= 2;
  }
}
