import { type CorpusFacts, Random } from './corpus.ts';

/** The question paths the benchmark times: four answer intents and autocomplete. */
export const QUERY_INTENTS = ['who', 'when', 'why', 'ask', 'autocomplete'] as const;
export type QueryIntent = (typeof QUERY_INTENTS)[number];

/** Whether the subject is in the corpus as written, misspelt, or absent. */
export type QueryKind = 'found' | 'misspelled' | 'not-found';

export interface BenchQuery {
  intent: QueryIntent;
  kind: QueryKind;
  /** The question as a user types it (slash form or plain words); for autocomplete, the typed prefix. */
  text: string;
}

/** Share of queries whose subject is misspelt, and share whose subject is absent. */
const MISSPELLED_SHARE = 0.15;
const NOT_FOUND_SHARE = 0.15;

/** Names, places and events that no generated article and not the sample mention. */
const ABSENT = {
  people: [
    'Napoleon Bonaparte',
    'Ada Lovelace',
    'Quentin Marlowe',
    'Zofia Brzęczek',
    'Tupac Amaru',
    'Hildegard Vonnegut',
    'Oluwaseun Bakare',
    'Radomir Tesla',
  ],
  places: ['Ulaanbaatar', 'Timbuktu', 'Vladivostok', 'Kathmandu', 'Punta Arenas'],
  events: ['the Ulaanbaatar talks', 'the Timbuktu floods', 'the Kathmandu summit'],
  prefixes: ['zq', 'xylo', 'qwer', 'vvv', 'ulaan'],
};

/**
 * The real sample article in `content/`: who and what it is about, so its queries are drawn the
 * same way as the generated corpora's.
 */
export const SAMPLE_FACTS: CorpusFacts = {
  people: [
    { name: 'Sergei Kiriyenko', last: 'Kiriyenko', mentions: 3 },
    { name: 'Ilham Aliyev', last: 'Aliyev', mentions: 6 },
    { name: 'Nikol Pashinyan', last: 'Pashinyan', mentions: 5 },
    { name: 'Vladimir Putin', last: 'Putin', mentions: 3 },
    { name: 'Samvel Karapetyan', last: 'Karapetyan', mentions: 1 },
    { name: 'Bagrat Galstanyan', last: 'Galstanyan', mentions: 1 },
    { name: 'Bashar al-Assad', last: 'al-Assad', mentions: 1 },
  ],
  places: ['Abu Dhabi', 'Yekaterinburg', 'Baku', 'Yerevan', 'Gyumri', 'Armenia', 'Azerbaijan'],
  organisations: ['Kremlin', 'Rosselkhoznadzor', 'Armenian Apostolic Church'],
  events: [
    {
      kind: 'talks',
      name: 'the Abu Dhabi talks',
      people: ['Aliyev', 'Pashinyan'],
      date: '2025-07-10',
    },
    { kind: 'protests', name: 'the Yekaterinburg raid', people: [], date: '2025-06-27' },
    { kind: 'trial', name: 'the arrest of Karapetyan', people: ['Karapetyan'], date: '2025-06-18' },
    {
      kind: 'appointment',
      name: 'the appointment of Kiriyenko',
      people: ['Kiriyenko'],
      date: '2025-04-30',
    },
  ],
  bystanders: [],
};

/** One typo of the kinds people make: a letter dropped, doubled, swapped with the next, or replaced. */
export function misspell(random: Random, word: string): string {
  const letters = [...word];
  const at = random.int(1, Math.max(1, letters.length - 2));
  switch (random.int(0, 3)) {
    case 0:
      letters.splice(at, 1);
      break;
    case 1:
      letters.splice(at, 0, letters[at] ?? 'e');
      break;
    case 2: {
      const next = letters[at + 1];
      if (next !== undefined) [letters[at], letters[at + 1]] = [next, letters[at] as string];
      break;
    }
    default:
      letters[at] = letters[at] === 'e' ? 'a' : 'e';
  }
  return letters.join('');
}

function withoutThe(phrase: string): string {
  return phrase.replace(/^the /, '');
}

/** Weighted pick of a person: the often-mentioned more often, as users ask about them. */
function somePerson(random: Random, facts: CorpusFacts) {
  return (
    facts.people[random.zipf(facts.people.length)] ?? {
      name: 'Nobody',
      last: 'Nobody',
      mentions: 0,
    }
  );
}

function subjectFor(random: Random, facts: CorpusFacts, kind: QueryKind): string {
  if (kind === 'not-found') return random.pick(ABSENT.people);
  const person = somePerson(random, facts);
  const subject = random.pick([person.last, person.name, person.name, person.last.toLowerCase()]);
  if (kind === 'found') return subject;
  const words = subject.split(' ');
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  return words.map((word) => (word === longest ? misspell(random, word) : word)).join(' ');
}

function eventFor(random: Random, facts: CorpusFacts, kind: QueryKind): string {
  if (kind === 'not-found') return random.pick(ABSENT.events);
  const event = random.pick(facts.events);
  if (kind === 'found') return event.name;
  const words = event.name.split(' ');
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  return words.map((word) => (word === longest ? misspell(random, word) : word)).join(' ');
}

function question(
  random: Random,
  facts: CorpusFacts,
  intent: QueryIntent,
  kind: QueryKind,
): string {
  switch (intent) {
    case 'who': {
      const subject = subjectFor(random, facts, kind);
      return random.pick([`who ${subject}`, `Who is ${subject}?`, `/who ${subject}`]);
    }
    case 'when': {
      if (random.chance(0.3)) return `when ${subjectFor(random, facts, kind)}`;
      const event = eventFor(random, facts, kind);
      return random.pick([`when ${withoutThe(event)}`, `When did ${event} take place?`]);
    }
    case 'why': {
      const event = eventFor(random, facts, kind);
      return random.pick([`why ${withoutThe(event)}`, `Why did ${event} happen?`]);
    }
    case 'ask': {
      const subject = subjectFor(random, facts, kind);
      const place = kind === 'not-found' ? random.pick(ABSENT.places) : random.pick(facts.places);
      return random.pick([
        `ask what did ${subject} say about ${place}`,
        `What happened in ${place}?`,
        `ask ${subject} ${place}`,
        `ask how much did ${subject} promise`,
      ]);
    }
    default: {
      if (kind === 'not-found') return random.pick(ABSENT.prefixes);
      const person = somePerson(random, facts);
      const name = random.pick([person.last, person.name, random.pick(facts.places)]);
      const typed = name.slice(0, random.int(2, Math.min(8, name.length)));
      return kind === 'found'
        ? typed.toLowerCase()
        : misspell(random, name.slice(0, Math.max(5, typed.length)));
    }
  }
}

/** Whether a query asks about something found, something misspelt or something absent, by the shares above. */
function drawKind(random: Random): QueryKind {
  const roll = random.next();
  if (roll < NOT_FOUND_SHARE) return 'not-found';
  return roll < NOT_FOUND_SHARE + MISSPELLED_SHARE ? 'misspelled' : 'found';
}

/**
 * Questions drawn from a corpus's own people, places and events, `perIntent` of each intent:
 * mostly as written, some misspelt (a letter dropped, doubled, swapped or replaced) and some
 * about names the corpus never mentions, the intents interleaved. The same seed gives the same
 * questions.
 */
export function buildQueries(facts: CorpusFacts, perIntent: number, seed: number): BenchQuery[] {
  const random = new Random(seed);
  const queries: BenchQuery[] = [];
  for (let i = 0; i < perIntent; i++) {
    for (const intent of QUERY_INTENTS) {
      const kind = drawKind(random);
      queries.push({ intent, kind, text: question(random, facts, intent, kind) });
    }
  }
  return queries;
}

/** A slash command as a user sends it on Discord or Slack: the command and its one text option. */
export interface BenchCommand {
  command: 'who' | 'when' | 'why' | 'ask';
  text: string;
}

/** Slash commands for the end-to-end runs, drawn like `buildQueries` (same mix of kinds). */
export function buildCommands(facts: CorpusFacts, count: number, seed: number): BenchCommand[] {
  const random = new Random(seed);
  const commands: BenchCommand[] = [];
  for (let i = 0; i < count; i++) {
    const kind = drawKind(random);
    const command = random.pick(['who', 'when', 'why', 'ask'] as const);
    const text =
      command === 'who'
        ? subjectFor(random, facts, kind)
        : command === 'ask'
          ? `what did ${subjectFor(random, facts, kind)} say`
          : withoutThe(eventFor(random, facts, kind));
    commands.push({ command, text });
  }
  return commands;
}
