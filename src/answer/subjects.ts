import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { lemmatize } from '../content/sentences.ts';
import type { Entity } from '../extract/entities.ts';
import { isEnglishWord } from '../extract/wordnet.ts';
import {
  allowedEdits,
  contentTokens,
  editDistance,
  foldCase,
  STOP_WORDS,
} from '../extract/words.ts';
import { lowerBound, nearPrefixes } from './near-prefix.ts';
import type { SubjectChoice } from './types.ts';

/** Aliases few enough to test a further word on one by one. */
const FEW_ALIASES = 200;

/** Autocomplete reads at most this many characters of what was typed. */
const MAX_TYPED = 100;
/** Typed prefixes this short have their best names kept... */
const SHORT_PREFIX = 3;
/** ...this many of them (Discord shows at most 25 choices). */
const KEPT_CHOICES = 25;
/**
 * A longer prefix reaching more names than this ("mari", "olusegun" in an archive where many
 * people share a first name) has its best names kept too: walking them all at each key typed
 * costs more than the autocomplete's budget.
 */
const WIDE_PREFIX_NAMES = 40;
/** The longest prefix whose best names are kept. */
const LONG_PREFIX = 12;

/** MiniSearch's tokenizer (splits on Unicode spaces and punctuation), as the alias words were split. */
const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

/** Alias look-ups of words already made for one question, by match mode and word. */
type WordMemo = Map<string, readonly number[]>;

/** Title words a question may put before a name ("President Moreau"); ignored when matching. */
const QUESTION_TITLES = new Set(
  'president prime minister mr mrs ms dr sir general gen senator sen governor gov mayor king queen pope archbishop bishop ceo chairman envoy secretary chancellor'.split(
    ' ',
  ),
);

/** What a question's subject resolved to. */
export interface ResolvedSubject {
  /** Entities named in the subject, the main one first. */
  entities: number[];
  /** Other entities that match the main one's words equally well (a shared surname). */
  ambiguous: number[];
  /** Content words of the subject that are not part of a matched name. */
  otherTerms: string[];
  /** All content words of the subject. */
  terms: string[];
}

function toChoice(entity: Entity): SubjectChoice {
  return { slug: entity.slug, name: entity.name, kind: entity.kind };
}

/**
 * Looks subjects up among the entities: exact aliases (full name, surname, slug), then names
 * within a small edit distance, so "petrovva" finds Petrova and "port-louis" finds Port Louis.
 */
export class SubjectIndex {
  private readonly byAlias = new Map<string, number[]>();
  private readonly aliasList: Array<{ alias: string; entity: number }> = [];
  /**
   * Alias words → the aliases (indexes into `aliasList`) holding them, in MiniSearch's radix tree:
   * prefix and fuzzy look-ups without a scan, and without scoring every alias a short prefix
   * reaches (autocomplete's "s", "ma").
   */
  private readonly aliasWords = new SearchableMap<number[]>();

  /**
   * @param commonWords words the articles use in lower case: such a word alone ("beach") is not
   * taken as part of a longer name ("Ninety Mile Beach").
   */
  constructor(
    private readonly entities: readonly Entity[],
    private readonly commonWords: ReadonlySet<string> = new Set(),
  ) {
    entities.forEach((entity, e) => {
      for (const alias of entity.aliases) {
        const key = contentTokens(alias).join(' ');
        if (!key) continue;
        const owners = this.byAlias.get(key) ?? [];
        if (!owners.includes(e)) owners.push(e);
        this.byAlias.set(key, owners);
        for (const word of new Set(tokenize(key))) {
          if (!word) continue;
          const holders = this.aliasWords.get(word);
          if (holders) holders.push(this.aliasList.length);
          else this.aliasWords.set(word, [this.aliasList.length]);
        }
        this.aliasList.push({ alias: key, entity: e });
      }
    });
  }

  /**
   * Aliases holding every word of the query, each word matched exactly, as a prefix (`prefix`) or
   * within `fuzzy(word)` edits (Levenshtein): exact matches first.
   */
  private aliasesMatching(
    query: string,
    options: { fuzzy?: (term: string) => number | false; prefix?: boolean },
    memo?: WordMemo,
  ): Array<{ alias: string; entity: number }> {
    let matching: Set<number> | null = null;
    // Longest words first: they hold the fewest aliases, and once few are left the other words
    // are tested on those aliases rather than looked up among all ("eledie l").
    const words = [...new Set(tokenize(query.toLowerCase()))].sort((a, b) => b.length - a.length);
    for (const word of words) {
      if (!word) continue;
      const edits = options.fuzzy?.(word) || 0;
      if (matching && matching.size <= FEW_ALIASES) {
        const holds = (w: string) =>
          w === word ||
          (options.prefix === true && w.startsWith(word)) ||
          (edits > 0 && editDistance(w, word, edits) <= edits);
        for (const id of matching)
          if (!tokenize(this.aliasList[id]?.alias ?? '').some(holds)) matching.delete(id);
        if (matching.size === 0) break;
        continue;
      }
      const key = `${options.prefix ? 'p' : 'w'}${edits}:${word}`;
      let holders = memo?.get(key);
      if (!holders) {
        holders = this.holdersOf(word, options.prefix ?? false, edits);
        memo?.set(key, holders);
      }
      const within: Set<number> = new Set();
      for (const id of holders) if (!matching || matching.has(id)) within.add(id);
      matching = within;
      if (matching.size === 0) break;
    }
    return [...(matching ?? [])].flatMap((id) => {
      const entry = this.aliasList[id];
      return entry ? [entry] : [];
    });
  }

  /**
   * The aliases holding a word exactly, then as a prefix, then within `edits` — two letters typed
   * the wrong way round ("smtih") counting as one edit, as `editDistance` counts them.
   */
  private holdersOf(word: string, prefix: boolean, edits: number): readonly number[] {
    const holders = new Set(this.aliasWords.get(word));
    if (prefix)
      for (const ids of this.aliasWords.atPrefix(word).values())
        for (const id of ids) holders.add(id);
    if (edits > 0) {
      for (const [ids] of this.aliasWords.fuzzyGet(word, edits).values())
        for (const id of ids) holders.add(id);
      for (let i = 0; i + 1 < word.length; i++) {
        const swapped = `${word.slice(0, i)}${word[i + 1]}${word[i]}${word.slice(i + 2)}`;
        for (const id of this.aliasWords.get(swapped) ?? []) holders.add(id);
      }
    }
    return [...holders];
  }

  private byMentions(ids: readonly number[]): number[] {
    return [...ids].sort(
      (a, b) => (this.entities[b]?.mentions.length ?? 0) - (this.entities[a]?.mentions.length ?? 0),
    );
  }

  /** Entities whose alias is within the allowed edit distance of `phrase`, closest first. */
  private fuzzy(phrase: string, memo: WordMemo): number[] {
    const limit = allowedEdits(phrase.length);
    if (limit === 0) return [];
    let best = limit + 1;
    let found: number[] = [];
    const near = this.aliasesMatching(phrase, { fuzzy: (term) => allowedEdits(term.length) }, memo);
    // One word may be a misspelt word of a longer name ("stamford" of "Stanford University's
    // Center on Poverty"), as it may be the whole of a short one.
    const single = !phrase.includes(' ');
    for (const { alias, entity } of near) {
      const parts = single ? [alias, ...tokenize(alias)] : [alias];
      const distance = Math.min(
        ...parts.map((part) =>
          Math.abs(part.length - phrase.length) > limit
            ? limit + 1
            : editDistance(part, phrase, limit),
        ),
      );
      if (distance < best) {
        best = distance;
        found = [entity];
      } else if (distance === best && !found.includes(entity)) {
        found.push(entity);
      }
    }
    return best <= limit ? this.byMentions(found) : [];
  }

  /**
   * Entities with an alias holding the phrase as whole words ("salt" in "salt road"), or opening
   * and closing with its first and last words, a word or two between ("Carrowmouth council" for
   * "Carrowmouth City Council").
   */
  private partial(phrase: string, memo: WordMemo): number[] {
    const found = new Set<number>();
    const padded = ` ${phrase} `;
    const words = phrase.split(' ');
    for (const { alias, entity } of this.aliasesMatching(phrase, {}, memo)) {
      if (` ${alias} `.includes(padded) || framedBy(alias.split(' '), words)) found.add(entity);
    }
    return this.byMentions([...found]);
  }

  /** Exact aliases; then, for a phrase long enough, aliases holding it, then (if `fuzzy`) close misspellings. */
  private lookup(phrase: string, fuzzy: boolean, memo: WordMemo): number[] {
    // "Raspberry Pis", "the Teslas": the plural of a name is the name.
    const exact =
      this.byAlias.get(phrase) ?? this.byAlias.get(phrase.replace(/(?<=\p{L}{2})s$/u, ''));
    if (exact) return this.byMentions(exact);
    if (phrase.length < 4) return [];
    const partial = this.commonWords.has(phrase) ? [] : this.partial(phrase, memo);
    return partial.length > 0 || !fuzzy ? partial : this.fuzzy(phrase, memo);
  }

  /**
   * Resolves a subject phrase: the longest names first, then single words; the rest are other
   * terms. Names are matched on the words as asked, stop words included, so "Norland and
   * Sudria" is two names, not the compound "Norland-Sudria".
   */
  resolve(subject: string): ResolvedSubject {
    const words = contentTokens(subject.replace(/[-_]+/g, ' '));
    // "the ward", written in lower case and used so in the articles, is a common noun, not "Ward 6".
    const lower = (subject.match(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu) ?? []).map(foldCase);
    const common = new Set(lower.filter((word) => this.commonWords.has(word)));
    // "take" is an English word, not a misspelling of "Tate": such a word matches names exactly.
    // "brought" is English too, by its base form (WordNet lists base forms only): only the words
    // WordNet does not know as written are lemmatized.
    const english = new Set(lower.filter(isEnglishWord));
    const unknown = lower.filter((word) => !english.has(word));
    lemmatize(unknown).forEach((lemma, i) => {
      if (isEnglishWord(lemma)) english.add(unknown[i] ?? lemma);
    });
    const found: Array<{ entity: number; at: number; size: number }> = [];
    // Spans share words: each word is looked up once per question.
    const memo: WordMemo = new Map();
    let ambiguous: number[] = [];
    const used = words.map((word) => STOP_WORDS.has(word));
    for (let size = Math.min(words.length, 6); size >= 1; size--) {
      for (let start = 0; start + size <= words.length; start++) {
        const span = words.slice(start, start + size);
        if (used[start] || used[start + size - 1]) continue;
        if (span.some((word, i) => used[start + i] && !STOP_WORDS.has(word))) continue;
        const phrase = span.join(' ');
        if (size === 1 && common.has(phrase)) continue;
        const matches = this.lookup(phrase, !(size === 1 && english.has(phrase)), memo);
        const first = matches[0];
        if (first === undefined || found.some((f) => f.entity === first)) continue;
        if (found.length === 0 && matches.length > 1) ambiguous = matches.slice(1);
        found.push({ entity: first, at: start, size });
        used.fill(true, start, start + size);
      }
    }
    // The main subject is the name asked about first, not the longest one.
    // A word of the main name ("Quint" in "Mara Quint") is not a second subject.
    const mainWords = new Set(
      (this.entities[found[0]?.entity ?? -1]?.aliases ?? []).flatMap((alias) => alias.split(' ')),
    );
    const kept = found.filter(
      (f, i) => i === 0 || !words.slice(f.at, f.at + f.size).every((w) => mainWords.has(w)),
    );
    const longest = kept[0]?.entity;
    const ordered = [...kept].sort((a, b) => a.at - b.at);
    // "When did Sony's PS4 Pro go on sale?" asks about the PS4 Pro: a name right after a
    // possessive name is what the question is about.
    const possessors = new Set(
      [...subject.matchAll(/([\p{L}\p{N}]+)['’]s?(?![\p{L}\p{N}])/gu)].map((m) =>
        foldCase(m[1] ?? ''),
      ),
    );
    const owned = ordered.findIndex((f, i) => {
      const before = ordered[i - 1];
      return (
        before !== undefined &&
        before.at + before.size === f.at &&
        possessors.has(words[f.at - 1] ?? '')
      );
    });
    if (owned > 0) ordered.unshift(...ordered.splice(owned, 1));
    const entities = ordered.map((f) => f.entity);
    if (entities[0] !== longest) ambiguous = [];
    // A title the question put right before a name ("President Moreau") says nothing more once
    // the name matched; "the mayor of Calvera" still asks about a mayor.
    const titleAt = new Set(kept.map((f) => f.at - 1));
    const otherTerms = words.filter(
      (t, i) => !used[i] && !STOP_WORDS.has(t) && !(titleAt.has(i) && QUESTION_TITLES.has(t)),
    );
    return { entities, ambiguous, otherTerms, terms: words.filter((t) => !STOP_WORDS.has(t)) };
  }

  /** Autocomplete: names starting with the typed text first, then containing it; close misspellings when none does. */
  suggest(partial: string, limit: number): SubjectChoice[] {
    // No name runs longer: a pasted paragraph is not walked letter by letter.
    const query = contentTokens(partial.slice(0, MAX_TYPED).replace(/[-_]+/g, ' ')).join(' ');
    if (!query) return this.best(this.mostMentioned(limit), limit, (a, b) => b - a);
    // A few letters reach the most names and are typed the most, and a prefix many names share
    // would cost a walk over them all: the best names of both are kept.
    const top = limit <= KEPT_CHOICES ? this.sortedForPrefixes().tops.get(query) : undefined;
    if (top) return this.best(new Map(top), limit, (a, b) => b - a);
    if (query.length <= SHORT_PREFIX && limit <= KEPT_CHOICES) return [];
    return this.prefixChoices(query, limit);
  }

  private prefixChoices(query: string, limit: number): SubjectChoice[] {
    const scored = new Map<number, number>();
    const score = (entity: number, value: number): void => {
      scored.set(entity, Math.max(scored.get(entity) ?? 0, value));
    };
    const mentions = (entity: number) => (this.entities[entity]?.mentions.length ?? 0) / 1000;
    // Names that begin with what was typed, then names with a word that does: two ranges of
    // sorted lists, however short the prefix ("k" reaches thousands of names in a large archive).
    const { aliases, words } = this.sortedForPrefixes();
    for (let i = lowerBound(aliases.keys, query); aliases.keys[i]?.startsWith(query); i++) {
      const entity = aliases.entities[i] as number;
      score(entity, 3 + mentions(entity));
    }
    for (let i = lowerBound(words.keys, query); words.keys[i]?.startsWith(query); i++) {
      for (const id of words.ids[i] ?? []) {
        const entity = this.aliasList[id]?.entity;
        if (entity !== undefined) score(entity, 2 + mentions(entity));
      }
    }
    // None: names whose beginning is a near miss of what was typed ("kirienko"). Near misses
    // below names that do begin with it would only crowd the list.
    if (scored.size === 0 && query.length >= 4) {
      const allowed = allowedEdits(query.length);
      // A slip seldom hits the first letter: names that keep it are tried first (a twentieth of
      // the walk), all names only when none is near.
      const keys = aliases.keys;
      const initial = query[0] ?? '';
      const sameStart = nearPrefixes(
        keys,
        query,
        allowed,
        lowerBound(keys, initial),
        lowerBound(keys, `${initial}\uffff`),
      );
      const near = sameStart.length > 0 ? sameStart : nearPrefixes(keys, query, allowed);
      for (const [low, high, edits] of near)
        for (let i = low; i < high; i++) {
          const entity = aliases.entities[i] as number;
          score(entity, 1 + (allowed - edits) * 100 + mentions(entity));
        }
    }
    return this.best(scored, limit, (a, b) => b - a);
  }

  private prefixLists: {
    /** Alias texts in order, the alias id of each, and its entity (a short misspelt name reaches thousands). */
    aliases: { keys: string[]; ids: number[]; entities: Int32Array };
    words: { keys: string[]; ids: number[][] };
    /**
     * For each prefix of at most SHORT_PREFIX letters, and each longer one reaching more than
     * WIDE_PREFIX_NAMES names, its KEPT_CHOICES best [entity, score].
     */
    tops: Map<string, Array<[number, number]>>;
  } | null = null;

  /**
   * Aliases and alias words in sorted order, and the best names for each short prefix, made at
   * the first autocomplete.
   */
  private sortedForPrefixes(): NonNullable<SubjectIndex['prefixLists']> {
    if (!this.prefixLists) {
      const order = this.aliasList.map((_, id) => id);
      order.sort((a, b) =>
        compareText(this.aliasList[a]?.alias ?? '', this.aliasList[b]?.alias ?? ''),
      );
      const words = [...this.aliasWords.entries()].sort((a, b) => compareText(a[0], b[0]));
      const aliasKeys = order.map((id) => this.aliasList[id]?.alias ?? '');
      const wordKeys = words.map(([word]) => word);
      // How many names a longer prefix reaches, to keep the best names of the wide ones: counted
      // on the sorted lists (names before each word, for a range of words). Names are offered in
      // sorted order, so the last answer for each prefix length is the one asked again.
      const namesBefore = new Uint32Array(words.length + 1);
      words.forEach(([, ids], i) => {
        namesBefore[i + 1] = (namesBefore[i] as number) + ids.length;
      });
      const last: Array<[string, boolean]> = [];
      const wide = (prefix: string): boolean => {
        const seen = last[prefix.length];
        if (seen?.[0] === prefix) return seen[1];
        const end = `${prefix}\uffff`;
        const reach =
          lowerBound(aliasKeys, end) -
          lowerBound(aliasKeys, prefix) +
          (namesBefore[lowerBound(wordKeys, end)] as number) -
          (namesBefore[lowerBound(wordKeys, prefix)] as number);
        last[prefix.length] = [prefix, reach > WIDE_PREFIX_NAMES];
        return reach > WIDE_PREFIX_NAMES;
      };
      const tops = new Map<string, Array<[number, number]>>();
      const offer = (text: string, entity: number, tier: number) => {
        const score = tier + (this.entities[entity]?.mentions.length ?? 0) / 1000;
        for (let length = 1; length <= Math.min(LONG_PREFIX, text.length); length++) {
          const prefix = text.slice(0, length);
          if (length > SHORT_PREFIX && !wide(prefix)) break;
          const top = tops.get(prefix) ?? [];
          if (top.length === 0) tops.set(prefix, top);
          keepBest(top, entity, score);
        }
      };
      // In the order prefixChoices walks them, so that names of equal standing come alike.
      for (const id of order) {
        const entry = this.aliasList[id];
        if (entry) offer(entry.alias, entry.entity, 3);
      }
      for (const [word, ids] of words)
        for (const id of ids) {
          const entity = this.aliasList[id]?.entity;
          if (entity !== undefined) offer(word, entity, 2);
        }
      this.prefixLists = {
        aliases: {
          keys: aliasKeys,
          ids: order,
          entities: Int32Array.from(order, (id) => this.aliasList[id]?.entity ?? -1),
        },
        words: { keys: wordKeys, ids: words.map(([, ids]) => ids) },
        tops,
      };
    }
    return this.prefixLists;
  }

  private topMentioned: Map<number, number> | null = null;

  /** The names mentioned most, for an empty autocomplete box. */
  private mostMentioned(limit: number): ReadonlyMap<number, number> {
    if (!this.topMentioned || this.topMentioned.size < Math.min(limit, this.entities.length)) {
      const ranked = this.entities
        .map((entity, e) => [e, entity.mentions.length / 1000] as [number, number])
        .sort((a, b) => b[1] - a[1])
        .slice(0, Math.max(limit, 100));
      this.topMentioned = new Map(ranked);
    }
    return this.topMentioned;
  }

  /** "Did you mean" for a subject that matched nothing: names within a few edits, or sharing a prefix. */
  didYouMean(subject: string, limit = 3): SubjectChoice[] {
    const words = contentTokens(subject.replace(/[-_]+/g, ' ')).filter(
      (t) => !STOP_WORDS.has(t) && t.length >= 4,
    );
    const scored = new Map<number, number>();
    const reach = (term: string) => Math.min(3, Math.floor(term.length / 3));
    for (const word of words) {
      for (const { alias, entity } of this.aliasesMatching(word, { fuzzy: reach, prefix: true })) {
        for (const part of alias.split(' ')) {
          if (part.length < 4) continue;
          const distance = editDistance(part, word, 3);
          if (distance <= Math.min(3, Math.floor(word.length / 3))) {
            scored.set(entity, Math.min(scored.get(entity) ?? 99, distance));
          }
        }
      }
    }
    return this.best(scored, limit, (a, b) => a - b);
  }

  /** The `limit` best-scored entities as choices, in the order `compare` gives their scores. */
  private best(
    scored: ReadonlyMap<number, number>,
    limit: number,
    compare: (a: number, b: number) => number,
  ): SubjectChoice[] {
    // Keeps the best `limit` while walking, rather than sorting thousands of names for 25.
    const kept: Array<[number, number]> = [];
    for (const entry of scored) {
      if (kept.length >= limit && compare(entry[1], (kept.at(-1) as [number, number])[1]) >= 0)
        continue;
      let at = kept.length;
      while (at > 0 && compare(entry[1], (kept[at - 1] as [number, number])[1]) < 0) at--;
      kept.splice(at, 0, entry);
      if (kept.length > limit) kept.pop();
    }
    return kept
      .map(([e]) => this.entities[e])
      .filter((entity): entity is Entity => entity !== undefined)
      .map(toChoice);
  }

  /** The choice shown for an entity (name, slug, kind). */
  choice(entity: number): SubjectChoice | null {
    const found = this.entities[entity];
    return found ? toChoice(found) : null;
  }
}

/** True when an alias opens and closes with a phrase's first and last words, at most two words between. */
function framedBy(alias: readonly string[], phrase: readonly string[]): boolean {
  return (
    phrase.length >= 2 &&
    alias.length > phrase.length &&
    alias.length <= phrase.length + 2 &&
    alias[0] === phrase[0] &&
    alias.at(-1) === phrase.at(-1)
  );
}

/** Orders strings by code unit, as `startsWith` and the binary search below compare them. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Keeps `top` the KEPT_CHOICES best [entity, score] pairs, best first, each entity once with its
 * best score.
 */
function keepBest(top: Array<[number, number]>, entity: number, score: number): void {
  const at = top.findIndex(([e]) => e === entity);
  if (at >= 0) {
    if ((top[at] as [number, number])[1] >= score) return;
    top.splice(at, 1);
  } else if (top.length >= KEPT_CHOICES && (top.at(-1) as [number, number])[1] >= score) return;
  let place = top.length;
  while (place > 0 && (top[place - 1] as [number, number])[1] < score) place--;
  top.splice(place, 0, [entity, score]);
  if (top.length > KEPT_CHOICES) top.pop();
}
