import type { Entity } from '../extract/entities.ts';
import { contentTokens, STOP_WORDS } from '../extract/words.ts';
import { indexTerms, type KnowledgeBase } from '../search/knowledge.ts';
import type { QuestionTerms } from './evidence.ts';
import { holdsRole, impliedRoleNouns, pastRole } from './roles.ts';
import type { SubjectIndex } from './subjects.ts';

/** A role held in second place: "deputy leader", "vice-chair", "assistant director". */
const DEPUTY = /\b(?:deputy|vice|assistant|acting|interim|associate)\b/i;

/** "chaired by", "owned by": a role told in the passive, its holder named after it. */
const PASSIVE =
  /\b(led|chaired|headed|run|managed|coached|owned|founded|directed|trained)\s+by\s+/i;
/** The role noun each passive verb stands for, to test against the role asked about. */
const AGENT_NOUNS: Record<string, string> = {
  led: 'leader',
  chaired: 'chair',
  headed: 'head',
  run: 'head',
  managed: 'manager',
  coached: 'coach',
  owned: 'owner',
  founded: 'founder',
  directed: 'director',
  trained: 'trainer',
};

/** A description that holds the role asked about: its sentence and how well it answers. */
export interface RoleMatch {
  /** The sentence of the holder's description. */
  id: number;
  /** The entity holding the role. */
  holder: number;
  /** How closely the description ties the holder to the subject (about −2 to 2.5). */
  tie: number;
  /** Share of the question's words in the sentence, or in it and the one before. */
  share: number;
}

/**
 * The people and organisations the articles describe with a role ("the chief executive of …",
 * "the housing association that owns the blocks"): the answers to "who runs / owns / leads X".
 */
export class RoleHolders {
  private readonly holders: number[];
  /** Built on the first role question: the nouns each article's names go by. */
  private articleHeads: Map<number, Set<string>> | null = null;

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly subjects: SubjectIndex,
  ) {
    this.holders = kb.entities.flatMap((entity, e) =>
      entity.kind !== 'place' && entity.definition && holdsRole(entity.definition.phrase)
        ? [e]
        : [],
    );
  }

  /**
   * The one person whose description holds every word of a role ("mission director" for "the
   * agency's mission director for Halcyon"), or null when no one or several do: "How old is the
   * mission director?" asks about that person.
   */
  describedAs(words: readonly string[]): number | null {
    if (words.length === 0 || !holdsRole(words.join(' '))) return null;
    let found: number | null = null;
    for (const e of this.holders) {
      const entity = this.kb.entities[e];
      if (entity?.kind !== 'person' || !entity.definition) continue;
      const described = new Set([
        ...contentTokens(entity.definition.phrase),
        ...impliedRoleNouns(entity.definition.phrase),
      ]);
      if (!words.every((word) => described.has(word))) continue;
      if (found !== null) return null;
      found = e;
    }
    return found;
  }

  /**
   * The descriptions holding a role of the kind `role` matches, tied to `subject` (named in the
   * sentence, echoed by the description's words or names, or in the same article). A deputy's
   * role answers only a question about deputies (`asked`); a former holder and a role at another
   * name of the article count less.
   */
  find(
    role: RegExp,
    subject: Entity | undefined,
    question: QuestionTerms,
    subjectTerms: readonly string[],
    asked: string,
  ): RoleMatch[] {
    const subjectIndex = subject ? this.kb.entities.indexOf(subject) : -1;
    const second = !DEPUTY.test(asked);
    const subjectArticles = new Set(subject?.mentions.map((m) => m.article));
    // The subject's own words count when a description echoes them ("the society's board").
    const subjectWords = new Set([
      ...subjectTerms,
      ...(subject ? indexTerms(subject.aliases.join(' ')) : []),
    ]);
    const found: RoleMatch[] = [];
    for (const holder of this.holders) {
      const definition = this.kb.entities[holder]?.definition;
      // "Who trains Quennell?" is answered by her coach, not by Quennell's own role.
      if (!definition || !role.test(definition.phrase) || holder === subjectIndex) continue;
      if (second && DEPUTY.test(definition.phrase)) continue;
      const { article, paragraph, sentence } = definition.mention;
      const id = this.kb.paragraphs.sentenceId(article, paragraph, sentence);
      const record = id === undefined ? undefined : this.kb.sentences[id];
      if (id === undefined || !record) continue;
      const named = record.entities.includes(subjectIndex);
      // "the SFA's president" echoes "the faculty union" through the SFA's full name.
      const described = [
        ...contentTokens(definition.phrase),
        ...this.subjects
          .resolve(definition.phrase)
          .entities.flatMap((n) => indexTerms(this.kb.entities[n]?.name ?? '')),
      ];
      const echoes = described.some((w) => subjectWords.has(w));
      const link = named || echoes ? 1.5 : subjectArticles.has(article) ? 0.5 : 0;
      if (subject && link === 0) continue;
      const past = pastRole(definition.phrase) ? 1 : 0;
      const elsewhere =
        subject !== undefined &&
        this.heldElsewhere(definition.phrase, subject, subjectWords, article);
      // The question's words may stand in the sentence before ("… opened an investigation.
      // Commissioner X, who heads the ODC, said …").
      const previous =
        sentence > 0 ? this.kb.paragraphs.sentenceId(article, paragraph, sentence - 1) : undefined;
      const share = Math.max(
        question.share(id),
        previous === undefined ? 0 : question.share(previous, id),
      );
      // A role at another name ("who chairs the Tenants' Association") does not answer for X,
      // unless its words echo the question ("the leader of the opposition and of Labour").
      if (elsewhere && !echoes) continue;
      found.push({ id, holder, tie: 1 + link - past - (elsewhere ? 1 : 0), share });
    }
    return [...found, ...this.agents(role, question, subjectIndex)];
  }

  /**
   * "the panel, chaired by the retired judge Eamon Thackeray": in a sentence holding the
   * question's words, the name after "<role verb> by" holds the role.
   */
  private agents(role: RegExp, question: QuestionTerms, subject: number): RoleMatch[] {
    const found: RoleMatch[] = [];
    for (const id of question.matched.keys()) {
      const record = this.kb.sentences[id];
      const match = record ? PASSIVE.exec(record.text) : null;
      const noun = match ? AGENT_NOUNS[(match[1] ?? '').toLowerCase()] : undefined;
      if (!record || !match || !noun || !role.test(noun)) continue;
      const after = match.index + match[0].length;
      const holder = record.entities.find((e) => {
        if (e === subject) return false;
        const mention = this.kb.entities[e]?.mentions.find(
          (m) => this.kb.paragraphs.sentenceId(m.article, m.paragraph, m.sentence) === id,
        );
        return mention !== undefined && mention.index >= after && mention.index <= after + 60;
      });
      if (holder !== undefined) found.push({ id, holder, tie: 2.5, share: question.share(id) });
    }
    return found;
  }

  /**
   * "who heads the ODC", "the district's general manager": a role at another name than the
   * subject (a capitalised name, or a possessive noun that names another entity of the article).
   */
  private heldElsewhere(
    phrase: string,
    subject: Entity,
    subjectWords: ReadonlySet<string>,
    article: number,
  ): boolean {
    const names = (phrase.match(/\b\p{Lu}[\p{L}'’.-]*/gu) ?? []).some((word) => {
      const folded = contentTokens(word)[0] ?? '';
      return !subjectWords.has(folded) && !STOP_WORDS.has(folded) && !holdsRole(folded);
    });
    return (
      names ||
      [...phrase.matchAll(/\b(\p{Ll}+)['’]s\s/gu)].some(
        (m) => m[1] !== subject.head && this.headsIn(article).has(m[1] ?? ''),
      )
    );
  }

  /** The nouns the names of an article go by ("the district", "the company"). */
  private headsIn(article: number): ReadonlySet<string> {
    if (!this.articleHeads) {
      this.articleHeads = new Map();
      for (const entity of this.kb.entities) {
        const at = entity.mentions[0]?.article;
        if (!entity.head || at === undefined) continue;
        const heads = this.articleHeads.get(at) ?? new Set<string>();
        heads.add(entity.head);
        this.articleHeads.set(at, heads);
      }
    }
    return this.articleHeads.get(article) ?? new Set();
  }
}
