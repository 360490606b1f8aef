import { lemmatize } from '../content/sentences.ts';
import { derivedWords, relatedWords } from '../extract/wordnet.ts';
import { foldCase } from '../extract/words.ts';
import { indexTerms, type KnowledgeBase } from '../search/knowledge.ts';

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
 * The stems of question words for finding where each stands in a sentence: a short word's stem is
 * the word itself, so its base form is taken when the word begins with it ("airs" → "air", which
 * then also finds "air" and "aired"), and a noun's stem is cut back to what it shares with its
 * verb ("decision" → "deci", which finds "decide").
 */
export function focusStems(terms: readonly string[]): string[] {
  const lemmas = lemmatize([...terms]).map((lemma) => foldCase(lemma));
  return terms.map((term, i) => {
    const cut = stem(term);
    const lemma = lemmas[i] ?? cut;
    const base =
      lemma.length >= 3 && lemma.length < cut.length && cut.startsWith(lemma) ? lemma : cut;
    let focus = base;
    for (const word of derivedWords(lemma)) {
      const shared = commonPrefix(base, word);
      if (
        shared.length >= FOCUS_MIN_CHARS &&
        shared.length * 2 >= base.length &&
        shared.length < focus.length
      )
        focus = shared;
    }
    return focus;
  });
}

/** The shortest stem a question word is cut back to for finding it in a sentence. */
const FOCUS_MIN_CHARS = 4;

/** The letters two words begin with alike. */
function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
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
 * recount held", "where is it based", "where did it come from", "where does she live", "where
 * does he teach"): a sentence without them loses only half their weight.
 */
const FRAME_WORD =
  /^(?:held|hold|holds|located|based|situated|headquartered|staged|hosted|come|comes|came|coming|live|lives|lived|living|stay|stays|stayed|staying|teach|teaches|taught)$/;

/**
 * Words that grade what is asked about rather than name it, and that questions put in other
 * words ("the last big drought" / "the last serious drought", "the biggest problem" / "the
 * leading issue"): framing words too.
 */
const DEGREE_WORD =
  /^(?:big|bigger|biggest|large|larger|largest|huge|major|main|serious|significant|key|important|great|greatest|massive|enormous|vast|considerable|substantial)$/;

/** True for a word that frames a question ("based", "held") or grades its subject ("big"), rather than saying what about. */
export function isFrameWord(term: string): boolean {
  return FRAME_WORD.test(term) || DEGREE_WORD.test(term);
}

/** Share of a word's weight that a word of the same meaning earns (WordNet is broad). */
const SYNONYM_MATCH_WEIGHT = 0.7;

/** Share of the other words' weight a sentence must hold for a sum to stand in for "cost". */
const TYPED_REST_SHARE = 0.5;

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
  /** Where the question takes its mask arrays from, and gives them back to (`release`). */
  pool?: MaskPool;
  /** Where the typed words' tests keep their results across questions (see `SentenceTests`). */
  tests?: SentenceTests;
  /**
   * Words of like meaning for a verb the question uses with a particle ("looking into" →
   * "investigate"): the pair means something else than the verb, so they are searched even
   * when the articles use the verb.
   */
  phrasal?: ReadonlyMap<string, readonly string[]>;
  /** Other ways of writing a question word, matched as the word itself ("general" / "GM"). */
  spellings?: ReadonlyMap<string, readonly string[]>;
  /** Words that frame this question only ("after the martial law episode"), see `isFrameWord`. */
  frames?: ReadonlySet<string>;
}

/**
 * Which question words each sentence matches, for the sentences matching any: held by sentence
 * id in typed arrays, so that a look-up hashes nothing and a word in tens of thousands of
 * sentences allocates nothing per sentence.
 */
export class SentenceMatches {
  /** Bits of the words a sentence has as written (in any form searched for them). */
  private literal: Uint32Array;
  /** Bits of the words a sentence has by a word of the same meaning. */
  private related: Uint32Array;
  /** The sentences matching any word, in the order they were met: the first `count`. */
  private ids: Uint32Array;
  private count = 0;

  constructor(
    sentences: number,
    private readonly pool?: MaskPool,
  ) {
    [this.literal, this.related, this.ids] = pool?.take() ?? [
      new Uint32Array(sentences),
      new Uint32Array(sentences),
      new Uint32Array(sentences),
    ];
  }

  /** Hands the arrays back to the pool, cleared; the matches read as none afterwards. */
  release(): void {
    if (!this.pool) return;
    for (let i = 0; i < this.count; i++) {
      const id = this.ids[i] as number;
      this.literal[id] = 0;
      this.related[id] = 0;
    }
    this.pool.give(this.literal, this.related, this.ids);
    this.literal = NO_MASKS;
    this.related = NO_MASKS;
    this.ids = NO_MASKS;
    this.count = 0;
  }

  /** Notes that the sentences `ids` match the word of bit `bit`, as written or by its meaning. */
  add(ids: Uint32Array, bit: number, related: boolean): void {
    const into = related ? this.related : this.literal;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number;
      if ((this.literal[id] as number) === 0 && (this.related[id] as number) === 0)
        this.ids[this.count++] = id;
      into[id] = (into[id] as number) | bit;
    }
  }

  /** Bit mask of the question words the sentence matches; 0 for none. */
  get(id: number): number {
    return ((this.literal[id] ?? 0) | (this.related[id] ?? 0)) >>> 0;
  }

  /** Bit mask of the words the sentence matches only by a word of the same meaning. */
  relatedOnly(id: number): number {
    return ((this.related[id] ?? 0) & ~(this.literal[id] ?? 0)) >>> 0;
  }

  has(id: number): boolean {
    return this.get(id) !== 0;
  }

  /** The sentences matching any word, in the order they were met (a view: valid until `release`). */
  keys(): Uint32Array {
    return this.ids.subarray(0, this.count);
  }

  get size(): number {
    return this.count;
  }
}

/**
 * Matched sentences by the mask of words they match, and those matching a word only by its
 * meaning (weighed one by one). With no typed word (`exact`), a group's mask sets its share.
 */
export interface MatchGroups {
  byMask: ReadonlyMap<number, Uint32Array>;
  single: Uint32Array;
  exact: boolean;
}

const NO_MASKS = new Uint32Array(0);

/**
 * Cleared mask and id arrays of finished questions, for the next: over a large archive each
 * question would otherwise allocate megabytes (three words per sentence), and their being freed
 * brings the collector round far more often than the engine's own objects do.
 */
export class MaskPool {
  private readonly spare: Array<[Uint32Array, Uint32Array, Uint32Array]> = [];

  constructor(private readonly sentences: number) {}

  take(): [Uint32Array, Uint32Array, Uint32Array] {
    return (
      this.spare.pop() ?? [
        new Uint32Array(this.sentences),
        new Uint32Array(this.sentences),
        new Uint32Array(this.sentences),
      ]
    );
  }

  /** Takes back two mask arrays, all zero, and an id array (whatever it holds). */
  give(literal: Uint32Array, related: Uint32Array, ids: Uint32Array): void {
    if (this.spare.length < MAX_SPARE_MASKS) this.spare.push([literal, related, ids]);
  }
}

/**
 * What a typed word's test (`QuestionOptions.typed`: "gives a sum of money") said of each
 * sentence, kept across questions: a test reads the sentence alone, and a question about a
 * frequent word tests thousands. Tests are told apart by identity, so they must be made once (at
 * module level), not per question: each test tested costs one byte per sentence.
 */
export class SentenceTests {
  private readonly results = new WeakMap<(text: string) => boolean, Uint8Array>();

  constructor(private readonly kb: KnowledgeBase) {}

  /** True when sentence `id` passes `test` (worked out at the first asking). */
  passes(test: (text: string) => boolean, id: number): boolean {
    let known = this.results.get(test);
    if (!known) {
      known = new Uint8Array(this.kb.sentences.length);
      this.results.set(test, known);
    }
    const result = known[id];
    if (result !== undefined && result !== UNTESTED) return result === PASSED;
    const text = this.kb.sentences[id]?.text;
    const passed = text !== undefined && test(text);
    if (id < known.length) known[id] = passed ? PASSED : FAILED;
    return passed;
  }
}

const UNTESTED = 0;
const PASSED = 1;
const FAILED = 2;

/** Mask arrays kept for reuse: a question's own, and the few it asks alongside. */
const MAX_SPARE_MASKS = 4;

const HEADLINES = new WeakMap<KnowledgeBase, Map<string, Uint32Array>>();
/** Fewer words than this make a caption or credit line, not an article's opening sentence. */
const LEDE_MIN_WORDS = 8;

/** For each word of an article's headline (as written and in base form), the opening sentences of the articles it heads. */
function headlineWords(kb: KnowledgeBase): Map<string, Uint32Array> {
  let words = HEADLINES.get(kb);
  if (!words) {
    const ledes = new Map<string, number[]>();
    let article = -1;
    kb.sentences.forEach((record, id) => {
      // The opening sentence: the first that is one, not a stray credit line ("West Mercia Police").
      if (record.article === article || record.text.split(' ').length < LEDE_MIN_WORDS) return;
      article = record.article;
      const tokens = indexTerms(kb.articles[article]?.title ?? '');
      const lemmas = lemmatize(tokens).map((lemma) => foldCase(lemma));
      for (const word of new Set([...tokens, ...lemmas])) {
        const list = ledes.get(word);
        if (list) list.push(id);
        else ledes.set(word, [id]);
      }
    });
    words = new Map([...ledes].map(([word, ids]) => [word, Uint32Array.from(ids)]));
    HEADLINES.set(kb, words);
  }
  return words;
}

/** Question words weighed at most: each is one bit of a sentence's match mask. */
const MAX_TERMS = 31;

/**
 * How well sentences cover the words of a question. A word matches a sentence as written, by its
 * base form ("bought" for "buy"), by its stem as a prefix, or within a small misspelling. Rare
 * words weigh more (inverse sentence frequency); a word the articles do not use in that form
 * weighs like a typical word of the question, not like the rarest word there is.
 *
 * Which words a sentence matches is kept as a bit mask (bit i for `terms[i]`): a frequent word
 * matches thousands of sentences, and a set for each would cost more than the question.
 */
export class QuestionTerms {
  /** Sentence id → bit mask of the question words it matches; only sentences matching one. */
  readonly matched: SentenceMatches;
  /** The question's distinct words, at most MAX_TERMS. */
  readonly terms: readonly string[];
  private readonly names: ReadonlySet<string>;
  private readonly phrasal: ReadonlyMap<string, readonly string[]>;
  private readonly spellings: ReadonlyMap<string, readonly string[]>;
  private readonly likeWords: string[] = [];
  /** Mask of the question's frame words ("held", "based"), which weigh half when a sentence lacks them. */
  private readonly frameMask: number;
  private readonly shares = new Map<number, number>();
  /** The matched sentences grouped by what their share depends on (see `groups`). */
  private grouped: MatchGroups | null = null;
  /** The groups by the most their sentences may share (see `boundedGroups`). */
  private bounded: Array<[number, number, Uint32Array]> | null = null;
  /** Share by match mask, for sentences (or pairs) matching every word they match as written. */
  private readonly maskShares: MaskTable;
  /** Whether each sentence tested gives a typed word's kind of answer. */
  private readonly tests: SentenceTests;
  private readonly weights: Float64Array;
  private readonly total: number;
  private readonly typed: ReadonlyMap<string, (text: string) => boolean>;
  /** Bit of each typed word. */
  private readonly typedBits: Array<[number, string]>;

  constructor(
    private readonly kb: KnowledgeBase,
    terms: readonly string[],
    options: QuestionOptions = {},
  ) {
    this.terms = [...new Set(terms)].slice(0, MAX_TERMS);
    this.maskShares = new MaskTable(this.terms.length);
    this.typed = options.typed ?? new Map();
    this.tests = options.tests ?? new SentenceTests(kb);
    this.typedBits = this.terms.flatMap((t, i) =>
      this.typed.has(t) ? [[i, t] as [number, string]] : [],
    );
    this.frameMask = this.terms.reduce(
      (mask, t, i) => (isFrameWord(t) || options.frames?.has(t) ? mask | (1 << i) : mask),
      0,
    );
    this.names = options.names ?? new Set();
    this.phrasal = options.phrasal ?? new Map();
    this.spellings = options.spellings ?? new Map();
    this.matched =
      this.terms.length > 0
        ? new SentenceMatches(kb.sentences.length, options.pool)
        : new SentenceMatches(0);
    if (this.terms.length > 0) this.search();
    const sentences = Math.max(1, kb.sentences.length);
    const idf = (t: string) => Math.log(1 + sentences / (1 + (kb.termSentences.get(t) ?? 0)));
    const known = this.terms.filter((t) => kb.termSentences.has(t)).map(idf);
    const typical =
      known.length > 0 ? ([...known].sort((a, b) => a - b)[Math.floor(known.length / 2)] ?? 1) : 1;
    this.weights = Float64Array.from(this.terms, (term) =>
      kb.termSentences.has(term) ? idf(term) : typical,
    );
    this.total = this.weights.reduce((sum, w) => sum + w, 0);
  }

  /** Words of like meaning searched for question words the articles never use ("mandatory" for "compulsory"). */
  get alike(): readonly string[] {
    return this.likeWords;
  }

  private search(): void {
    const lemmas = lemmatize([...this.terms]).map((lemma) => foldCase(lemma));
    // Every form a question word may take in the articles, and the bit of the word it stands for.
    const forms = new Map<string, number>();
    const synonyms = new Set<string>();
    this.terms.forEach((term, i) => {
      const variants = [
        term,
        lemmas[i] ?? term,
        stem(term),
        ...inflections(term),
        ...(this.spellings.get(term) ?? []),
      ];
      for (const form of variants) if (!forms.has(form)) forms.set(form, i);
    });
    // Only a word the articles never use needs another of the same meaning ("shut" → "closed");
    // for one they use, the others would bring more noise than answers — but not its own forms
    // in another part of speech.
    this.terms.forEach((term, i) => {
      const lemma = lemmas[i] ?? term;
      if (this.names.has(term)) return;
      // A word the articles use still meets its derived forms ("closing" → "closures").
      const used = this.kb.termSentences.has(term) || this.kb.termSentences.has(lemma);
      // A word they never use meets its words of like meaning in any form ("quit" → "resign" →
      // "resignation").
      // "When was the hearing?" of "heard the case": an -ing noun the articles never use meets
      // its verb.
      const alike = used
        ? derivedWords(lemma)
        : [
            ...relatedWords(lemma).flatMap((word) => [word, ...derivedWords(word)]),
            ...verbOf(term),
          ];
      for (const word of alike) {
        if (forms.has(word)) continue;
        forms.set(word, i);
        synonyms.add(word);
        if (!used) this.likeWords.push(word);
      }
    });
    for (const [term, words] of this.phrasal) {
      const bit = this.terms.indexOf(term);
      for (const word of bit < 0 ? [] : words) {
        if (forms.has(word)) continue;
        forms.set(word, bit);
        synonyms.add(word);
      }
    }
    const found = this.kb.index.postings([...forms.keys()].join(' '), {
      fuzzy: (term) => (term.length >= 5 && !synonyms.has(term) ? 0.2 : false),
      prefix: (term) => term.length >= 5 && !synonyms.has(term),
    });
    for (const { term, postings } of found) {
      const bit = forms.get(term);
      if (bit === undefined) continue;
      for (const ids of postings) this.matched.add(ids, 1 << bit, synonyms.has(term));
    }
    // A word only a headline uses ("Student Dies After Diet Pills …") is told by the opening
    // sentence the headline sums up, in other words: it meets that sentence as one of like meaning.
    const headlines = headlineWords(this.kb);
    this.terms.forEach((term, i) => {
      const lemma = lemmas[i] ?? term;
      if (this.kb.termSentences.has(term) || this.kb.termSentences.has(lemma)) return;
      const ledes = headlines.get(term) ?? headlines.get(lemma);
      if (ledes) this.matched.add(ledes, 1 << i, true);
    });
  }

  /** Gives the mask arrays back to the pool: the question matches nothing afterwards. */
  release(): void {
    this.matched.release();
    this.grouped = null;
    this.bounded = null;
  }

  /**
   * The matched sentences grouped by the words they match when that alone sets their share (no
   * typed word, none met only by a word of like meaning), the others one by one: a loop over
   * tens of thousands of sentences weighs each group once.
   */
  groups(): MatchGroups {
    if (this.grouped) return this.grouped;
    // Two passes, counting then placing, so that each group is a view of one array.
    const ids = this.matched.keys();
    const slots = new MaskSlots(this.terms.length);
    let singles = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number;
      if (this.matched.relatedOnly(id) !== 0) singles++;
      else slots.count(this.matched.get(id));
    }
    const placed = new Uint32Array(ids.length);
    const byMask = new Map<number, Uint32Array>();
    let at = singles;
    for (const [mask, size] of slots.sizes()) {
      byMask.set(mask, placed.subarray(at, at + size));
      slots.start(mask, at);
      at += size;
    }
    let single = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number;
      if (this.matched.relatedOnly(id) !== 0) placed[single++] = id;
      else placed[slots.take(this.matched.get(id))] = id;
    }
    this.grouped = {
      byMask,
      single: placed.subarray(0, singles),
      exact: this.typedBits.length === 0,
    };
    return this.grouped;
  }

  /**
   * The share that `need` matched sentences covering the question (`covers`), `exclude` aside,
   * reach or pass (the `need`-th highest); null when fewer cover it. The groups of sentences
   * matching the same words are walked from the highest share they may reach, and the walk stops
   * once no group left could change the answer: over a large archive most are never weighed.
   */
  coveringFloor(exclude: ReadonlySet<number>, need: number): number | null {
    const counts = new Map<number, number>();
    const count = (id: number, n: number) => {
      if (n <= 0 || !this.covers(id)) return;
      const share = this.share(id);
      counts.set(share, (counts.get(share) ?? 0) + n);
    };
    // The `need`-th highest share counted so far, if that many are counted.
    const floor = (): number | null => {
      let reached = 0;
      for (const share of [...counts.keys()].sort((a, b) => b - a)) {
        reached += counts.get(share) ?? 0;
        if (reached >= need) return share;
      }
      return null;
    };
    const { single, exact } = this.groups();
    for (const id of single) if (!exclude.has(id)) count(id, 1);
    const excluded = new Map<number, number>();
    for (const id of exclude)
      if (this.matched.has(id) && this.matched.relatedOnly(id) === 0) {
        const mask = this.matched.get(id);
        excluded.set(mask, (excluded.get(mask) ?? 0) + 1);
      }
    let counted = single.length;
    for (const [bound, mask, ids] of this.boundedGroups()) {
      // Covering takes at least COVERAGE_TWO_WORDS of the question's weight; and once the
      // `need`-th share counted is at least what any group left may reach, none can change it.
      if (bound < COVERAGE_TWO_WORDS - 1e-9) break;
      if (counted >= need) {
        const reached = floor();
        if (reached !== null && reached >= bound) return reached;
      }
      if (exact) count(ids[0] as number, ids.length - (excluded.get(mask) ?? 0));
      else for (const id of ids) if (!exclude.has(id)) count(id, 1);
      counted += ids.length;
    }
    return floor();
  }

  /**
   * The groups of `groups().byMask` with the most a sentence of each may share (its share, with
   * no typed word), highest first: worked out once per question.
   */
  private boundedGroups(): ReadonlyArray<[number, number, Uint32Array]> {
    if (this.bounded) return this.bounded;
    const { byMask, exact } = this.groups();
    const bounded: Array<[number, number, Uint32Array]> = [];
    for (const [mask, ids] of byMask)
      bounded.push([exact ? this.share(ids[0] as number) : this.shareBound(mask), mask, ids]);
    this.bounded = bounded.sort((a, b) => b[0] - a[0]);
    return this.bounded;
  }

  /**
   * The matched sentences whose share alone may reach `least` (a few more, never fewer), as
   * groups in no particular order.
   */
  reaching(least: number): Uint32Array[] {
    const { byMask, single, exact } = this.groups();
    const found: Uint32Array[] = [];
    for (const [mask, ids] of byMask) {
      const most = exact ? this.share(ids[0] as number) : this.shareBound(mask);
      if (most >= least - 1e-9) found.push(ids);
    }
    found.push(single);
    return found;
  }

  /** True when the sentence matches the question word (itself or by a word of like meaning). */
  matches(id: number, term: string): boolean {
    const bit = this.terms.indexOf(term);
    return bit >= 0 && (this.matched.get(id) & (1 << bit)) !== 0;
  }

  /**
   * True when some sentence has the word itself (or, for a typed word, gives its kind of answer):
   * a word met only by others of the same meaning does not show the articles speak of it.
   */
  occurs(term: string): boolean {
    const bit = this.terms.indexOf(term);
    if (bit < 0) return false;
    const flag = 1 << bit;
    for (const id of this.matched.keys()) {
      if ((this.matched.get(id) & ~this.matched.relatedOnly(id) & flag) !== 0) return true;
      if (this.typedCovers(term, id)) return true;
    }
    return false;
  }

  private typedCovers(term: string, id: number): boolean {
    const test = this.typed.get(term);
    return test !== undefined && this.tests.passes(test, id);
  }

  /**
   * The share (0–1) of the question's weight that a sentence covers, or a sentence and the one
   * after it together (`next`; -1 for none).
   */
  share(id: number, next = -1): number {
    // Candidates, windows and checks ask for the same sentences again: each share is worked out
    // once. Without typed words or words of like meaning, a share depends on the words matched
    // alone: sentences matching the same words share one entry (a frequent word matches
    // thousands), and nothing is allocated per sentence.
    if (
      this.typedBits.length === 0 &&
      this.matched.relatedOnly(id) === 0 &&
      (next < 0 || this.matched.relatedOnly(next) === 0)
    ) {
      const mask = this.coveredBy(id, next);
      let known = this.maskShares.get(mask);
      if (Number.isNaN(known)) {
        known = this.computeShare(id, next);
        this.maskShares.set(mask, known);
      }
      return known;
    }
    // A pair's key is a number too: no string is made per pair.
    const key = next < 0 ? id : (next + 1) * this.kb.sentences.length + id;
    const known = this.shares.get(key);
    if (known !== undefined) return known;
    const share = this.computeShare(id, next);
    this.shares.set(key, share);
    return share;
  }

  /**
   * The best share any one sentence has, worked out once per set of words matched rather than
   * once per sentence (a frequent word matches thousands).
   */
  bestShare(): number {
    let best = 0;
    for (const id of this.groups().single) best = Math.max(best, this.share(id));
    for (const [bound, , ids] of this.boundedGroups()) {
      if (bound <= best) break;
      for (const id of ids) {
        best = Math.max(best, this.share(id));
        if (best >= bound) break;
      }
    }
    return best;
  }

  /** Mask of the question words the sentence (and the next, if any) match. */
  private coveredBy(id: number, next: number): number {
    return this.matched.get(id) | (next < 0 ? 0 : this.matched.get(next));
  }

  /** Mask of the words the sentences have as written (not only by like meaning). */
  private literalIn(id: number, next: number): number {
    const own = this.matched.get(id) & ~this.matched.relatedOnly(id);
    if (next < 0) return own;
    return own | (this.matched.get(next) & ~this.matched.relatedOnly(next));
  }

  /** True when the sentence (or the next) gives the kind of answer a typed word asks for. */
  private typedIn(term: string, id: number, next: number): boolean {
    return this.typedCovers(term, id) || (next >= 0 && this.typedCovers(term, next));
  }

  private computeShare(id: number, next: number): number {
    const covered = this.coveredBy(id, next);
    let typedMet = 0;
    for (const [bit, term] of this.typedBits)
      if ((covered & (1 << bit)) === 0 && this.typedIn(term, id, next)) typedMet |= 1 << bit;
    return this.weigh(covered, this.literalIn(id, next), typedMet);
  }

  /**
   * The most a sentence matching the words of `mask` may share: as if each typed word it lacks
   * were given its kind of answer.
   */
  private shareBound(mask: number): number {
    return this.weigh(
      mask,
      mask,
      this.typedBits.reduce((all, [bit]) => all | (1 << bit), 0),
    );
  }

  /**
   * The share of words `covered`, of which `literal` as written (the rest by like meaning), and
   * of typed words met by the kind of answer they ask for (`typedMet`, among those not covered).
   */
  private weigh(covered: number, literal: number, typedMet: number): number {
    let total = this.total;
    for (let i = 0; i < this.terms.length; i++)
      if ((this.frameMask & (1 << i)) !== 0 && (covered & (1 << i)) === 0)
        total -= 0.5 * (this.weights[i] ?? 0);
    if (total <= 0) return 0;
    // A word met only by another of the same meaning ("closed" for "shut") counts for less.
    let weight = 0;
    for (let i = 0; i < this.terms.length; i++) {
      if ((covered & (1 << i)) === 0) continue;
      weight += ((literal & (1 << i)) !== 0 ? 1 : SYNONYM_MATCH_WEIGHT) * (this.weights[i] ?? 0);
    }
    // A typed word met only by the kind of answer it asks for is weaker evidence than the word itself.
    for (const [bit] of this.typedBits) {
      if ((covered & (1 << bit)) === 0 && (typedMet & (1 << bit)) !== 0)
        weight += TYPED_MATCH_WEIGHT * (this.weights[bit] ?? 0);
    }
    return weight / total;
  }

  /**
   * True when a sentence (with the next, if given) covers enough of the question to answer it
   * without its subject's name: most of its weight, or half of it with two of its words there.
   */
  covers(id: number, next = -1): boolean {
    const words = this.coveredBy(id, next);
    // A sum of money stands in for "cost" (a word saying something began, for "start") only when
    // at least half of what else is asked about is there: not any sum the article gives.
    let typedOnly = false;
    for (const [bit, term] of this.typedBits)
      typedOnly ||= (words & (1 << bit)) === 0 && this.typedIn(term, id, next);
    if (typedOnly) {
      let asked = 0;
      let met = 0;
      this.terms.forEach((t, i) => {
        if (this.typed.has(t) || isFrameWord(t)) return;
        asked += this.weights[i] ?? 0;
        if ((words & (1 << i)) !== 0) met += this.weights[i] ?? 0;
      });
      if (met < TYPED_REST_SHARE * asked - 1e-9) return false;
    }
    const share = this.share(id, next);
    if (share >= COVERAGE) return true;
    return share >= COVERAGE_TWO_WORDS && bitCount(words) >= 2;
  }
}

/** Questions with at most this many words count their match masks in an array indexed by mask. */
const MAX_DIRECT_MASK_BITS = 16;

/**
 * A number per match mask, NaN until set: an array indexed by mask for a question of few words
 * (read once per matched sentence or pair), a map for more.
 */
class MaskTable {
  private readonly direct: Float64Array | null;
  private readonly map = new Map<number, number>();

  constructor(bits: number) {
    this.direct =
      bits <= MAX_DIRECT_MASK_BITS ? new Float64Array(1 << bits).fill(Number.NaN) : null;
  }

  get(mask: number): number {
    return this.direct ? (this.direct[mask] as number) : (this.map.get(mask) ?? Number.NaN);
  }

  set(mask: number, value: number): void {
    if (this.direct) this.direct[mask] = value;
    else this.map.set(mask, value);
  }
}

/**
 * Per match mask, how many sentences have it, then where the next of them goes (in a
 * `MaskTable`). Masks come out in the order first counted.
 */
class MaskSlots {
  private readonly table: MaskTable;
  private readonly order: number[] = [];

  constructor(bits: number) {
    this.table = new MaskTable(bits);
  }

  /** Counts one sentence with `mask`. */
  count(mask: number): void {
    const known = this.table.get(mask);
    if (Number.isNaN(known)) this.order.push(mask);
    this.table.set(mask, Number.isNaN(known) ? 1 : known + 1);
  }

  /** Each mask counted and its count, in the order first counted. */
  sizes(): Array<[number, number]> {
    return this.order.map((mask) => [mask, this.table.get(mask)]);
  }

  /** Sets where the sentences of `mask` go from. */
  start(mask: number, at: number): void {
    this.table.set(mask, at);
  }

  /** Where the next sentence of `mask` goes. */
  take(mask: number): number {
    const at = this.table.get(mask);
    this.table.set(mask, at + 1);
    return at;
  }
}

/** The verb an -ing word comes from, in each spelling it may take: "hearing" → "hear", "closing" → "close", "stopping" → "stop". */
function verbOf(word: string): string[] {
  if (!/^\p{L}{3,}ing$/u.test(word)) return [];
  const base = word.slice(0, -3);
  return [base, `${base}e`, ...(/(\p{L})\1$/u.test(base) ? [base.slice(0, -1)] : [])];
}

/** Number of set bits in a 32-bit mask. */
function bitCount(mask: number): number {
  let n = mask - ((mask >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
