import { interviewAnswers } from '../content/interview.ts';
import type { Article } from '../content/types.ts';
import type { Entity } from './entities.ts';
import { compareMentions, isPronounMention } from './mention.ts';
import { isPeopleNoun, isPersonNoun, isPlaceNoun } from './wordnet.ts';

/**
 * Light coreference: after an entity is described as "the …'s first weather satellite" (or named
 * "… Hospital"), a later "the satellite" ("the hospital") in the same article is a mention of it —
 * unless another entity of that article shares the head noun and is named nearly as often, when
 * "the satellite" could be either and stays unattributed.
 */
export function resolveHeadNouns(entities: Entity[], articles: readonly Article[]): void {
  const introduced = (entity: Entity) => entity.definition?.mention ?? entity.mentions[0];
  const owners = new Map<string, Entity[]>();
  for (const entity of entities) {
    const at = introduced(entity);
    for (const head of at ? entity.nouns : []) {
      const key = `${at?.article}:${head}`;
      owners.set(key, [...(owners.get(key) ?? []), entity]);
    }
  }
  for (const [key, sharing] of owners) {
    // Several share the noun: "the hospital" is the one the article names far more than the rest.
    const [entity, ...others] = [...sharing].sort((a, b) => b.mentions.length - a.mentions.length);
    const rest = others.reduce((sum, other) => sum + other.mentions.length, 0);
    const at = entity ? introduced(entity) : undefined;
    if (entity && entity.mentions.length <= 2 * rest) {
      const article = Number(key.slice(0, key.indexOf(':')));
      resolveByRecency(sharing, key.slice(key.indexOf(':') + 1), article, articles);
      continue;
    }
    if (!entity || !at) continue;
    const head = key.slice(key.indexOf(':') + 1);
    const article = articles[at.article];
    const pattern = new RegExp(`\\bthe (?:[\\p{Ll}-]+ )?${head}\\b`, 'iu');
    const named = new Set(entity.mentions.map((m) => `${m.paragraph}:${m.sentence}`));
    article?.paragraphs.forEach((paragraph, p) => {
      paragraph.sentences.forEach((sentence, s) => {
        if (p < at.paragraph || (p === at.paragraph && s <= at.sentence) || named.has(`${p}:${s}`))
          return;
        const match = pattern.exec(sentence.text);
        if (match)
          entity.mentions.push({
            article: at.article,
            paragraph: p,
            sentence: s,
            index: match.index,
            surface: match[0],
          });
      });
    });
    entity.mentions.sort(compareMentions);
  }
}

/** "paragraph:sentence" of the sentence before, in its paragraph or closing the one before. */
function sentenceBefore(paragraphs: Article['paragraphs'], p: number, s: number): string {
  return s > 0 ? `${p}:${s - 1}` : `${p - 1}:${(paragraphs[p - 1]?.sentences.length ?? 0) - 1}`;
}

/**
 * For a noun several names share ("the bank" in a story of two banks): a sentence opening with
 * "The bank" is about the one of them named in the sentence just before (in its paragraph, or
 * closing the one before), when exactly one of them is.
 */
function resolveByRecency(
  sharing: readonly Entity[],
  head: string,
  article: number,
  articles: readonly Article[],
): void {
  const paragraphs = articles[article]?.paragraphs;
  if (!paragraphs) return;
  const named = new Map<string, Set<Entity>>();
  for (const entity of sharing) {
    for (const m of entity.mentions) {
      if (m.article !== article) continue;
      const key = `${m.paragraph}:${m.sentence}`;
      named.set(key, (named.get(key) ?? new Set()).add(entity));
    }
  }
  const opening = new RegExp(`^The (?:[\\p{Ll}-]+ )?${head}\\b`, 'u');
  paragraphs.forEach((paragraph, p) => {
    paragraph.sentences.forEach((sentence, s) => {
      if (named.has(`${p}:${s}`)) return;
      const match = opening.exec(sentence.text);
      if (!match) return;
      const [only, ...more] = named.get(sentenceBefore(paragraphs, p, s)) ?? [];
      if (!only || more.length > 0) return;
      only.mentions.push({ article, paragraph: p, sentence: s, index: 0, surface: match[0] });
      only.mentions.sort(compareMentions);
    });
  });
}

/**
 * "He said …", "She added", "Her husband …", "At 49, she will …": a sentence about a person it
 * does not name.
 */
const PERSONAL_PRONOUN =
  /^(?:[“"‘][^”"’]*[”"’],?\s+)?(?:He|She|His|Her)\b|^[^,“"‘]{1,40},\s+(?:he|she)\s|[,”"’]\s+(?:he|she)\s+(?:said|says|told|added|argued|noted|warned|insisted|explained|wrote|admitted)\b/u;

/**
 * "The “Perfect Illusion” songstress, 30, took to Instagram …": a sentence opening with a
 * description of a person, set off by a comma, speaks of the person last named as a pronoun would.
 */
const EPITHET = /^The\s+(?:[“"‘][^”"’]{1,60}[”"’]\s+|[\p{L}'’-]+\s+){0,4}?(\p{Ll}[\p{Ll}-]+),\s/u;

/**
 * "Here, the 44-year-old explains his approach", "…, the 31-year-old filmmaker says …": a person
 * told of by their age, with "the" (someone already met), before a noun for a person or a verb.
 */
const AGE_EPITHET =
  /(?:^|[,;:]\s+|\s)([Tt]he\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old)\s+(\p{Ll}[\p{Ll}-]*)\b/u;

/** An epithet standing for a person (see EPITHET, AGE_EPITHET), where it stands and which pronoun it is. */
function epithetPronoun(
  text: string,
): { word: string; index: number; said: 'she' | 'he' | null } | null {
  const match = EPITHET.exec(text);
  const noun = match?.[1];
  if (match && noun && isPersonNoun(noun)) {
    const word = match[0].replace(/,\s$/, '');
    return { word, index: 0, said: sexOf(noun) };
  }
  const aged = AGE_EPITHET.exec(text);
  const [, age, next] = aged ?? [];
  if (!aged || !age || !next) return null;
  const index = aged.index + aged[0].indexOf(age);
  // "the 31-year-old filmmaker says": a noun for a person; "the 44-year-old explains": a verb
  // (not "the 40-year-old building was …").
  if (isPersonNoun(next)) return { word: `${age} ${next}`, index, said: sexOf(next) };
  return /^\p{Ll}+(?:s|ed)$/u.test(next) && !isPeopleNoun(next) && !isPlaceNoun(next)
    ? { word: age, index, said: null }
    : null;
}

/** The pronoun a noun for a person calls for, when the noun tells the person's sex. */
function sexOf(noun: string): 'she' | 'he' | null {
  return FEMALE.test(noun) ? 'she' : MALE.test(noun) ? 'he' : null;
}

/** "She's the director of …", "He is a retired judge": a pronoun's description of its person. */
const PRONOUN_COPULA = /^(?:['’]s|\s+(?:is|was))\s+((?:a|an|the)\s[^,;:.]{3,140})/;

/** Titles and nouns that tell a person's sex, so that "She …" is not taken for "Mr. Deverell". */
const FEMALE =
  /\b(?:Ms|Mrs|Miss|Dame|Lady|mother|daughter|wife|widow|sister|grandmother|granddaughter|aunt|niece|actress|businesswoman|chairwoman|spokeswoman|congresswoman|policewoman|queen|princess)\b/;
const MALE =
  /\b(?:Mr|Sir|Lord|father|son|husband|widower|brother|grandfather|grandson|uncle|nephew|actor|businessman|spokesman|congressman|policeman|king|prince)\b/;

/** 'she' or 'he' when the titles before a person's mentions or their description tell it. */
function pronounOf(entity: Entity, articles: readonly Article[]): 'she' | 'he' | null {
  const told = [entity.definition?.phrase ?? ''];
  for (const m of entity.mentions) {
    const text = articles[m.article]?.paragraphs[m.paragraph]?.sentences[m.sentence]?.text ?? '';
    told.push(text.slice(Math.max(0, m.index - 6), m.index));
  }
  const female = told.some((text) => FEMALE.test(text));
  const male = told.some((text) => MALE.test(text));
  return female === male ? null : female ? 'she' : 'he';
}

/**
 * Light pronoun coreference: a sentence that names no person but is told by "He …" or "…, she
 * said" is about the person last named (a sentence's subject before the others it names) whose
 * titles or description do not say otherwise, named in its paragraph or the one before; a run of
 * "She …" sentences keeps to the same person.
 */
export function resolvePronouns(entities: Entity[], articles: readonly Article[]): void {
  const people = new Map<string, Array<{ entity: Entity; index: number }>>();
  const pronouns = new Map<Entity, 'she' | 'he' | null>();
  for (const entity of entities) {
    if (entity.kind !== 'person') continue;
    pronouns.set(entity, pronounOf(entity, articles));
    for (const mention of entity.mentions) {
      const key = `${mention.article}:${mention.paragraph}:${mention.sentence}`;
      people.set(key, [...(people.get(key) ?? []), { entity, index: mention.index }]);
    }
  }
  articles.forEach((article, a) => {
    // The people last named, the latest first; in a sentence, its subject (named first) leads.
    let recent: Array<{ entity: Entity; paragraph: number }> = [];
    const bring = (entity: Entity, paragraph: number) => {
      recent = [{ entity, paragraph }, ...recent.filter((r) => r.entity !== entity)];
    };
    article.paragraphs.forEach((paragraph, p) => {
      paragraph.sentences.forEach((sentence, s) => {
        const named = people.get(`${a}:${p}:${s}`) ?? [];
        const pronoun = PERSONAL_PRONOUN.exec(sentence.text);
        const word = pronoun ? /\b(?:he|she|his|her)\b/i.exec(pronoun[0]) : null;
        const epithet = word ? null : epithetPronoun(sentence.text);
        const at = pronoun && word ? pronoun.index + word.index : epithet ? epithet.index : -1;
        // "Her survivors include her son, Tomas Hale": a pronoun before the names is someone else.
        if (((pronoun && word) || epithet) && named.every((n) => n.index > at)) {
          const said = epithet ? epithet.said : /^h(?:e|is)$/i.test(word?.[0] ?? '') ? 'he' : 'she';
          const referent = recent.find(
            (r) =>
              p - r.paragraph <= 1 &&
              (said === null || (pronouns.get(r.entity) ?? said) === said) &&
              !named.some((n) => n.entity === r.entity),
          );
          const surface = epithet?.word ?? word?.[0] ?? '';
          if (referent) {
            const mention = { article: a, paragraph: p, sentence: s, index: at, surface };
            referent.entity.mentions.push(mention);
            // "… says Katie Allen. She's the director of the Center …": who she is, when nothing
            // by her name says it.
            const copula = PRONOUN_COPULA.exec(sentence.text.slice(at + surface.length));
            if (copula?.[1] && !referent.entity.definition && at === 0)
              referent.entity.definition = { phrase: copula[1].trim(), mention, form: 'copula' };
            bring(referent.entity, p);
          }
        }
        // "Lee Hatchard has been charged with the murder of Raymond Tulley. He appeared …".
        for (const { entity } of [...named].sort((x, y) => y.index - x.index)) bring(entity, p);
      });
    });
  });
  for (const entity of entities) entity.mentions.sort(compareMentions);
}

/**
 * "It employs …", "Its chief executive …" opening a sentence: what a body does, the body named
 * first in the sentence before. Only verbs a company or an authority is the subject of, so that
 * "It was unclear …" or "It is the first time …" stand for nothing.
 */
const BODY_PRONOUN =
  /^(?:Its\b|It\s+(?:said|says|added|has|had|employs|employed|owns|owned|runs|ran|operates|operated|was founded|was set up|was established|is based|was based|is headquartered|plans|planned|wants|wanted|hopes|expects|announced|reported|agreed|confirmed|declined|denied|bought|sold|opened|closed|became|now)\b)/;

/**
 * "The company witnessed …", "The airline's 11 planes …": a sentence opening with a noun any
 * business or body is called by. Nouns a name holds ("the bank" for "Pellorin Bank") are
 * `resolveHeadNouns`' work; these stand for a body named by any name ("Vidyard").
 */
const BODY_NOUN =
  /^The\s+(?:company|firm|group|retailer|bank|lender|insurer|airline|carrier|carmaker|automaker|start-?up|business|chain|operator|manufacturer|maker|publisher|broadcaster|network|supermarket|grocer|charity|union|club|agency|association|organi[sz]ation|society|regulator|studio|brand)(?:['’]s)?\b/;
/** How many sentences back a body noun may reach for the body it stands for. */
const BODY_NOUN_REACH = 5;

/**
 * Light coreference for bodies: a sentence opening "It …"/"Its …" is about the body named first
 * in the sentence before; one opening "The company …" is about the body named first in the
 * nearest of the few sentences before that names one, if it is named more than once.
 */
export function resolveBodyPronouns(entities: Entity[], articles: readonly Article[]): void {
  const bodies = new Map<string, Array<{ entity: Entity; index: number }>>();
  const named = new Set<string>();
  const counts = new Map<Entity, number>();
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      // "The society, founded in 1891, … | Its headquarters …": a description names the body too.
      if (/^(?:it|its)$/i.test(mention.surface)) continue;
      const key = `${mention.article}:${mention.paragraph}:${mention.sentence}`;
      if (mention.index === 0) named.add(key);
      if (entity.kind !== 'organization' && entity.kind !== 'thing') continue;
      bodies.set(key, [...(bodies.get(key) ?? []), { entity, index: mention.index }]);
      counts.set(entity, (counts.get(entity) ?? 0) + 1);
    }
  }
  const firstNamed = (key: string) =>
    bodies.get(key)?.reduce((x, y) => (y.index < x.index ? y : x)).entity;
  const touched = new Set<Entity>();
  articles.forEach((article, a) => {
    const keys = article.paragraphs.flatMap((paragraph, p) =>
      paragraph.sentences.map((_, s) => `${a}:${p}:${s}`),
    );
    article.paragraphs.forEach((paragraph, p) => {
      paragraph.sentences.forEach((sentence, s) => {
        const key = `${a}:${p}:${s}`;
        const pronoun = BODY_PRONOUN.exec(sentence.text);
        let subject: Entity | undefined;
        let surface = '';
        if (pronoun) {
          subject = firstNamed(`${a}:${sentenceBefore(article.paragraphs, p, s)}`);
          surface = pronoun[0].startsWith('Its') ? 'Its' : 'It';
        } else {
          const noun = BODY_NOUN.exec(sentence.text);
          if (!noun || named.has(key)) return;
          const at = keys.indexOf(key);
          for (let back = at - 1; back >= Math.max(0, at - BODY_NOUN_REACH); back--) {
            subject = firstNamed(keys[back] ?? '');
            if (subject) break;
          }
          if (subject && (counts.get(subject) ?? 0) < 2) subject = undefined;
          surface = noun[0];
        }
        if (!subject) return;
        subject.mentions.push({ article: a, paragraph: p, sentence: s, index: 0, surface });
        touched.add(subject);
      });
    });
  });
  for (const entity of touched) entity.mentions.sort(compareMentions);
}

/** Share of its paragraphs a piece must ask as questions for its "I" to be the person interviewed. */
const INTERVIEW_QUESTION_SHARE = 0.15;

/**
 * In a Q&A piece, an answer's "I" and "my" are the person interviewed: the person the article
 * names most. Each answer sentence that speaks so is a mention of them.
 */
export function resolveInterviewee(entities: Entity[], articles: readonly Article[]): void {
  articles.forEach((article, a) => {
    const answers = interviewAnswers(article.paragraphs);
    // An essay's few rhetorical questions among many paragraphs make no interview: its "I" is
    // the writer ("Why has the conversation turned to this?" in a post of 175 paragraphs).
    const questions = new Set(answers.values()).size;
    if (answers.size === 0 || questions < INTERVIEW_QUESTION_SHARE * article.paragraphs.length)
      return;
    let interviewee: Entity | null = null;
    let most = 0;
    for (const entity of entities) {
      if (entity.kind !== 'person') continue;
      const named = entity.mentions.filter((m) => m.article === a && !isPronounMention(m)).length;
      if (named > most) [interviewee, most] = [entity, named];
    }
    if (!interviewee) return;
    const person: Entity = interviewee;
    const named = new Set(person.mentions.map((m) => `${m.article}:${m.paragraph}:${m.sentence}`));
    for (const p of answers.keys()) {
      article.paragraphs[p]?.sentences.forEach((sentence, s) => {
        const speaks = /\b(?:I|[Mm]y|[Mm]e)\b/.exec(sentence.text);
        if (!speaks || named.has(`${a}:${p}:${s}`)) return;
        person.mentions.push({
          article: a,
          paragraph: p,
          sentence: s,
          index: speaks.index,
          surface: 'I',
        });
      });
    }
    person.mentions.sort(compareMentions);
  });
}
