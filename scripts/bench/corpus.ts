import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A deterministic news corpus for the benchmark: the same seed writes the same articles on every
 * machine, and article i does not depend on how many are written, so the 100-article corpus is the
 * first 100 of the 10,000-article one. People, places and organisations recur across articles
 * (a few often, most rarely), each article has one main event with a date and a cause, and the
 * page furniture of scraped news is there for the cleaner to remove.
 */

/** Words per generated article, before furniture: about a long news feature. */
export const ARTICLE_WORDS_TARGET = 1500;
/** Every this many articles, one is Markdown with YAML front matter instead of plain text. */
const MARKDOWN_EVERY = 20;
/** The seed `npm run bench` uses. */
export const DEFAULT_SEED = 20240710;

/** A small, fast, seedable PRNG (mulberry32) with the helpers the generator needs. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('Random.pick: empty list');
    return item;
  }

  /** An index drawn with weight 1/(rank+1)^0.9: a few items often, most rarely (as in news). */
  zipf(count: number): number {
    const total = harmonic(count);
    let target = this.next() * total;
    for (let i = 0; i < count; i++) {
      target -= 1 / (i + 1) ** 0.9;
      if (target <= 0) return i;
    }
    return count - 1;
  }
}

const harmonicCache = new Map<number, number>();
function harmonic(count: number): number {
  let total = harmonicCache.get(count);
  if (total === undefined) {
    total = 0;
    for (let i = 0; i < count; i++) total += 1 / (i + 1) ** 0.9;
    harmonicCache.set(count, total);
  }
  return total;
}

/** Seed of one article: mixes the corpus seed and the article number (splitmix-style). */
function articleSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

// ---------------------------------------------------------------------------------------------
// The world: places, organisations and people that recur across articles.

/** A city with its country and the country's adjective. */
export interface Place {
  city: string;
  country: string;
  demonym: string;
}

const PLACES: readonly Place[] = [
  ['Abu Dhabi', 'the United Arab Emirates', 'Emirati'],
  ['Yerevan', 'Armenia', 'Armenian'],
  ['Baku', 'Azerbaijan', 'Azerbaijani'],
  ['Tbilisi', 'Georgia', 'Georgian'],
  ['Nairobi', 'Kenya', 'Kenyan'],
  ['Lagos', 'Nigeria', 'Nigerian'],
  ['Accra', 'Ghana', 'Ghanaian'],
  ['Lima', 'Peru', 'Peruvian'],
  ['Bogotá', 'Colombia', 'Colombian'],
  ['Valparaíso', 'Chile', 'Chilean'],
  ['Oslo', 'Norway', 'Norwegian'],
  ['Helsinki', 'Finland', 'Finnish'],
  ['Tallinn', 'Estonia', 'Estonian'],
  ['Gdańsk', 'Poland', 'Polish'],
  ['Brno', 'the Czech Republic', 'Czech'],
  ['Graz', 'Austria', 'Austrian'],
  ['Porto', 'Portugal', 'Portuguese'],
  ['Valencia', 'Spain', 'Spanish'],
  ['Marseille', 'France', 'French'],
  ['Hamburg', 'Germany', 'German'],
  ['Rotterdam', 'the Netherlands', 'Dutch'],
  ['Antwerp', 'Belgium', 'Belgian'],
  ['Izmir', 'Turkey', 'Turkish'],
  ['Almaty', 'Kazakhstan', 'Kazakh'],
  ['Samarkand', 'Uzbekistan', 'Uzbek'],
  ['Karachi', 'Pakistan', 'Pakistani'],
  ['Chittagong', 'Bangladesh', 'Bangladeshi'],
  ['Chennai', 'India', 'Indian'],
  ['Colombo', 'Sri Lanka', 'Sri Lankan'],
  ['Surabaya', 'Indonesia', 'Indonesian'],
  ['Cebu', 'the Philippines', 'Filipino'],
  ['Da Nang', 'Vietnam', 'Vietnamese'],
  ['Busan', 'South Korea', 'South Korean'],
  ['Osaka', 'Japan', 'Japanese'],
  ['Auckland', 'New Zealand', 'New Zealand'],
  ['Perth', 'Australia', 'Australian'],
  ['Halifax', 'Canada', 'Canadian'],
  ['Monterrey', 'Mexico', 'Mexican'],
  ['Alexandria', 'Egypt', 'Egyptian'],
  ['Casablanca', 'Morocco', 'Moroccan'],
  ['Sfax', 'Tunisia', 'Tunisian'],
  ['Addis Ababa', 'Ethiopia', 'Ethiopian'],
  ['Kampala', 'Uganda', 'Ugandan'],
  ['Lusaka', 'Zambia', 'Zambian'],
  ['Durban', 'South Africa', 'South African'],
  ['Reykjavik', 'Iceland', 'Icelandic'],
  ['Cork', 'Ireland', 'Irish'],
  ['Glasgow', 'Scotland', 'Scottish'],
  ['Seattle', 'the United States', 'American'],
  ['Houston', 'the United States', 'American'],
  ['Montevideo', 'Uruguay', 'Uruguayan'],
  ['Tromsø', 'Norway', 'Norwegian'],
  ['Mombasa', 'Kenya', 'Kenyan'],
  ['Aqaba', 'Jordan', 'Jordanian'],
  ['Muscat', 'Oman', 'Omani'],
].map(([city, country, demonym]) => ({
  city: city as string,
  country: country as string,
  demonym: demonym as string,
}));

const FIRST_NAMES = (
  'Amira Lars Chidi Ama Oleksandr Petra Aram Leyla Nino Wanjiru Tunde Kofi Camila Mateo Ingrid Aino ' +
  'Kaia Tomasz Jana Lukas Ines Joaquín Élodie Henrik Sanne Pieter Elif Aigerim Rustam Farah Rahim Priya ' +
  'Tharindu Dewi Maricel Linh Ji-woo Haruto Aroha Chloe Marguerite Diego Youssef Salma Hamza Meron ' +
  'Grace Mwila Thabo Sigrid Siobhan Callum Dolores Sebastián Mariana Nikolai Greta Rafael Yusuf Zainab ' +
  'Olusegun Nadia Hugo Astrid Magnus Tariq Leila Sofia Andrés Eitan Miriam Kenji Sung-min Anders Bea'
).split(' ');

const SURNAMES = (
  'Haddad Eklund Okafor Mensah Kovalenko Novak Petrosyan Mammadova Beridze Kamau Adeyemi Boateng ' +
  'Quispe Restrepo Halvorsen Virtanen Tamm Wiśniewski Dvořák Gruber Carvalho Ibáñez Laurent Brandt ' +
  'Janssens Demir Nurlanovna Karimov Siddiqui Chowdhury Raman Perera Santoso Villanueva Nguyen Park ' +
  'Takahashi Ngata Whitlock Morrison Lefebvre Benali Mahmoud Tesfaye Nakato Banda Dlamini Gunnarsdóttir ' +
  "O'Sullivan MacLeod Ferreira Álvarez Sokolov Lindqvist Moreau Aydın Rahman Abiodun Kowalczyk Fischer " +
  'Holm Qureshi Aziz Rossi Castillo Ben-David Levi Yamamoto Kim Andersen Mwangi Otieno Baptiste Varga ' +
  'Horvath Popescu Ionescu Georgiou Papadakis Haugen Berg Sandoval Cardenas Ortega Alves Koroma Diallo'
).split(' ');

/** Syllables for the one-off names of bystanders quoted once: the long tail of a real vocabulary. */
const SYLLABLES =
  'ka ri to me lin sa vo ra ne ko ta ul ber gen ha mo dra vi len ser pa lo qua zen bro ti mar'.split(
    ' ',
  );

const ORG_PREFIXES = (
  'Meridian Caspian Atlas Northern Baltic Pacific Harbor Summit Crescent Silverline Evergreen Granite ' +
  'Horizon Keystone Lakeside Redwood Sterling Trident Vanguard Westbrook Amber Cobalt Delta Falcon Juniper'
).split(' ');
const ORG_HEADS = [
  'Bank',
  'Energy Corporation',
  'Mining Group',
  'Shipping Company',
  'Telecom',
  'Logistics Group',
  'Insurance Company',
  'Holdings',
  'University',
  'Institute',
  'Foundation',
  'Dockworkers Union',
  'Farmers Association',
  'Rail Company',
];

const MINISTRIES = [
  'foreign',
  'finance',
  'trade',
  'energy',
  'interior',
  'defence',
  'health',
  'transport',
];

/** A recurring person: how articles introduce them (apposition, title) and refer back (surname). */
export interface Person {
  first: string;
  last: string;
  name: string;
  /** "the foreign minister of Norway": the apposition on first mention. */
  role: string;
  /** "Foreign Minister": the title before the name, when the role has one. */
  title: string | null;
  place: Place;
  gender: 'he' | 'she';
}

/** Everything that recurs: the same for every article of one seed. */
export interface World {
  places: readonly Place[];
  organisations: readonly string[];
  people: readonly Person[];
}

/** Recurring people: enough that 10,000 articles still repeat them, as an archive does. */
const PEOPLE_COUNT = 400;

const FEMININE = new Set(
  (
    'Amira Ama Petra Leyla Nino Wanjiru Camila Ingrid Aino Kaia Jana Ines Élodie Sanne Elif Aigerim ' +
    'Farah Priya Dewi Maricel Linh Ji-woo Aroha Chloe Marguerite Salma Meron Grace Mwila Sigrid Siobhan ' +
    'Dolores Mariana Greta Zainab Nadia Astrid Leila Sofia Miriam Bea'
  ).split(' '),
);

function roleFor(random: Random, place: Place, organisations: readonly string[]) {
  const kind = random.int(0, 9);
  const org = random.pick(organisations);
  switch (kind) {
    case 0:
    case 1: {
      const ministry = random.pick(MINISTRIES);
      return {
        role: `the ${ministry} minister of ${place.country}`,
        title: `${capitalise(ministry)} Minister`,
      };
    }
    case 2:
      return { role: `the mayor of ${place.city}`, title: 'Mayor' };
    case 3:
      return { role: `the chief executive of ${org}`, title: null };
    case 4:
      return { role: `a senior economist at ${org}`, title: null };
    case 5:
      return { role: `the ${place.demonym} ambassador to the United Nations`, title: 'Ambassador' };
    case 6:
      return { role: `a spokesperson for ${org}`, title: null };
    case 7:
      return { role: `an opposition lawmaker from ${place.city}`, title: null };
    case 8:
      return { role: `the head of ${org}`, title: null };
    default:
      return {
        role: `a retired general who advises the government of ${place.country}`,
        title: 'General',
      };
  }
}

/** Builds the recurring world from the seed alone. */
export function createWorld(seed: number): World {
  const random = new Random(seed);
  const organisations: string[] = [];
  const seenOrgs = new Set<string>();
  while (organisations.length < 120) {
    const name = `${random.pick(ORG_PREFIXES)} ${random.pick(ORG_HEADS)}`;
    if (seenOrgs.has(name)) continue;
    seenOrgs.add(name);
    organisations.push(name);
  }
  const people: Person[] = [];
  const seenNames = new Set<string>();
  while (people.length < PEOPLE_COUNT) {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(SURNAMES);
    const name = `${first} ${last}`;
    if (seenNames.has(name)) continue;
    seenNames.add(name);
    const place = random.pick(PLACES);
    people.push({
      first,
      last,
      name,
      place,
      gender: FEMININE.has(first) ? 'she' : 'he',
      ...roleFor(random, place, organisations),
    });
  }
  return { places: PLACES, organisations, people };
}

// ---------------------------------------------------------------------------------------------
// Events and the facts the query generator draws from.

type EventKind =
  | 'talks'
  | 'strike'
  | 'merger'
  | 'election'
  | 'floods'
  | 'summit'
  | 'protests'
  | 'resignation'
  | 'appointment'
  | 'trial'
  | 'ban'
  | 'deal';

/** The article's main event, as questions refer to it. */
export interface NewsEvent {
  kind: EventKind;
  /** "the Abu Dhabi talks": how a question names it. */
  name: string;
  /** When it happened (UTC noon). */
  date: Date;
  /** "because of a dispute over port fees": the answer to "why". */
  cause: string;
  place: Place;
  people: Person[];
}

/** What a corpus holds, for drawing realistic questions: who, where, what happened and when. */
export interface CorpusFacts {
  /** Recurring people named in the corpus, most mentioned first. */
  people: Array<{ name: string; last: string; mentions: number }>;
  places: string[];
  organisations: string[];
  events: Array<{ kind: EventKind; name: string; people: string[]; date: string }>;
  /** Bystanders quoted once (rare words): the long tail. */
  bystanders: string[];
}

const ISSUES = [
  'port fees',
  'grain exports',
  'fuel subsidies',
  'water rights',
  'fishing quotas',
  'transit tariffs',
  'border crossings',
  'pension reform',
  'rail freight',
  'electricity prices',
  'mining licences',
  'housing costs',
  'customs checks',
  'wage arrears',
  'air traffic rights',
  'a gas pipeline',
  'river dredging',
  'teacher pay',
  'hospital funding',
  'a disputed island',
];

const CAUSES = [
  (issue: string) => `because of a long dispute over ${issue}`,
  (issue: string) => `due to rising anger over ${issue}`,
  (issue: string) => `after months of failed negotiations on ${issue}`,
  (issue: string) => `in response to new rules on ${issue}`,
  (issue: string) => `because the government refused to reconsider ${issue}`,
  (issue: string) => `due to pressure from creditors over ${issue}`,
];

function createEvent(random: Random, world: World, published: Date): NewsEvent {
  const kind = random.pick<EventKind>([
    'talks',
    'strike',
    'merger',
    'election',
    'floods',
    'summit',
    'protests',
    'resignation',
    'appointment',
    'trial',
    'ban',
    'deal',
  ]);
  const place = random.pick(world.places);
  const first = world.people[random.zipf(world.people.length)] as Person;
  let second = world.people[random.zipf(world.people.length)] as Person;
  if (second === first)
    second = world.people[(world.people.indexOf(first) + 1) % world.people.length] as Person;
  const org = random.pick(world.organisations);
  const issue = random.pick(ISSUES);
  const date = new Date(published.getTime() - random.int(1, 120) * 86_400_000);
  const names: Record<EventKind, string> = {
    talks: `the ${place.city} talks`,
    strike: `the ${org} strike`,
    merger: `the merger of ${org} and ${random.pick(world.organisations)}`,
    election: `the ${place.city} mayoral election`,
    floods: `the floods in ${place.city}`,
    summit: `the ${place.city} summit`,
    protests: `the protests in ${place.city}`,
    resignation: `the resignation of ${first.name}`,
    appointment: `the appointment of ${first.name}`,
    trial: `the trial of ${second.name}`,
    ban: `the ban on ${issue}`,
    deal: `the ${place.demonym} deal on ${issue}`,
  };
  return {
    kind,
    name: names[kind],
    date,
    cause: random.pick(CAUSES)(issue),
    place,
    people: [first, second],
  };
}

// ---------------------------------------------------------------------------------------------
// Dates as articles write them.

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** One way a news article writes a date relative to its publication day. */
function dateForm(random: Random, date: Date, published: Date): string {
  const month = MONTH_NAMES[date.getUTCMonth()] as string;
  const day = date.getUTCDate();
  const year = date.getUTCFullYear();
  const days = Math.round((published.getTime() - date.getTime()) / 86_400_000);
  const forms = [
    `on ${month} ${day}`,
    `on ${month} ${day}, ${year}`,
    `in ${month} ${year}`,
    `in early ${month}`,
    `on ${day} ${month} ${year}`,
  ];
  if (days <= 6) forms.push(`on ${WEEKDAYS[date.getUTCDay()]}`);
  if (days > 6 && days < 21) forms.push('last week', 'earlier this month');
  if (year < published.getUTCFullYear()) forms.push('last year');
  return random.pick(forms);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Sentences.

const NOUNS = (
  'officials analysts investors residents traders farmers workers diplomats lawmakers regulators economists ' +
  'shipowners unions families commuters exporters importers students doctors engineers fishermen ' +
  'contractors suppliers landlords tenants pensioners voters negotiators observers auditors inspectors'
).split(' ');
const THINGS = [
  'budget shortfall',
  'infrastructure plan',
  'supply chain',
  'interest rates',
  'credit rating',
  'trade balance',
  'rail corridor',
  'harbour expansion',
  'power grid',
  'water supply',
  'housing market',
  'labour market',
  'tax code',
  'customs regime',
  'drought relief',
  'vaccine programme',
  'school calendar',
  'bus network',
  'airport terminal',
  'ferry service',
  'wind farm',
  'copper mine',
  'oil refinery',
  'fishing fleet',
];
const ADJECTIVES = (
  'fragile cautious sweeping modest unexpected prolonged costly ambitious contested temporary ' +
  'gradual sharp lasting vague detailed bitter quiet public formal informal regional national'
).split(' ');
const VERBS_PAST = (
  'criticised welcomed questioned rejected endorsed delayed approved challenged defended revised ' +
  'announced postponed expanded suspended reviewed funded blocked backed praised doubted'
).split(' ');
const OCCUPATIONS = [
  'shop owner',
  'taxi driver',
  'nurse',
  'teacher',
  'fisherman',
  'retired engineer',
  'student',
  'baker',
  'dockworker',
  'farmer',
  'pharmacist',
  'bus driver',
  'carpenter',
  'hotel manager',
];
const QUOTES = [
  'We cannot keep waiting while prices go up every month',
  'This is a step in the right direction, but only a step',
  'Nobody asked the people who actually live here',
  'The numbers simply do not add up',
  'We have been patient for too long',
  'It is too early to say whether this will work',
  'The agreement protects jobs and keeps the port open',
  'We were told one thing in public and another in private',
  'There is no alternative to dialogue',
  'The decision will cost the region for years',
];
const COMMODITIES = (
  'wheat copper diesel cement rice cotton coffee cobalt fertiliser timber sugar steel lithium ' +
  'aluminium cocoa barley petrol tea'
).split(' ');
const VERBS_BASE =
  'reform expand audit privatise subsidise modernise renegotiate freeze cap overhaul relaunch scrap'.split(
    ' ',
  );
const TIMEFRAMES = [
  'within two years',
  'by the end of the decade',
  'before the next election',
  'over the coming months',
  'next spring',
  'in the medium term',
];
const PROMISES = [
  'a promise residents have heard before',
  'though no budget has been set aside',
  'a timeline analysts called optimistic',
  'without giving details',
];

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** The writer's state inside one article: who was introduced, so later mentions use the surname. */
class ArticleWriter {
  private readonly introduced = new Set<Person>();
  readonly bystanders: string[] = [];

  constructor(
    private readonly random: Random,
    private readonly world: World,
    readonly published: Date,
    readonly event: NewsEvent,
    readonly cast: Person[],
  ) {}

  /** A person as the sentence should name them: full name with apposition first, surname after. */
  refer(person: Person): string {
    if (this.introduced.has(person)) {
      return this.random.chance(0.15) && person.title
        ? `${person.title} ${person.last}`
        : person.last;
    }
    this.introduced.add(person);
    const form = this.random.int(0, 2);
    if (form === 0 || !person.title) return `${person.name}, ${person.role},`;
    if (form === 1) return `${person.title} ${person.name}`;
    return `${person.place.demonym} ${person.title.toLowerCase()} ${person.name}`;
  }

  person(): Person {
    return this.random.pick(this.cast);
  }

  date(date: Date = this.event.date): string {
    return dateForm(this.random, date, this.published);
  }

  bystander(): string {
    const syllables = this.random.int(2, 3);
    let last = '';
    for (let i = 0; i < syllables; i++) last += this.random.pick(SYLLABLES);
    const name = `${this.random.pick(FIRST_NAMES)} ${capitalise(last)}${this.random.pick(['', 'ov', 'sen', 'ini', 'ez', 'a'])}`;
    this.bystanders.push(name);
    return name;
  }

  money(): string {
    const r = this.random;
    return r.pick([
      `$${r.int(1, 40)}.${r.int(1, 9)} billion`,
      `${r.int(2, 900)} million euros`,
      `$${r.int(12, 950)} million`,
    ]);
  }

  percent(): string {
    return `${this.random.int(2, 60)}${this.random.chance(0.3) ? `.${this.random.int(1, 9)}` : ''} percent`;
  }

  crowd(): string {
    return `${this.random.int(2, 99)},${this.random.int(100, 999)} people`;
  }

  /** A sentence about the article's main event: its date, its cause, what people said of it. */
  private eventSentence(): string {
    const r = this.random;
    const e = this.event;
    return r.pick<() => string>([
      () =>
        `${capitalise(this.date())}, ${this.refer(this.person())} said ${e.name} had been ${r.pick(ADJECTIVES)} but necessary.`,
      () => `${capitalise(e.name)} took place ${this.date()}, ${e.cause}.`,
      () =>
        `${capitalise(e.name)} came ${e.cause}, according to ${r.pick(NOUNS)} in ${e.place.city}.`,
      () =>
        `The decision was made ${e.cause}, ${this.refer(this.person())} said in a statement on ${r.pick(WEEKDAYS)}.`,
      () =>
        `Why ${e.name} mattered is clear: ${r.pick(NOUNS)} across ${e.place.country} depend on ${r.pick(ISSUES)}.`,
      () => `“${r.pick(QUOTES)},” ${this.refer(this.person())} told reporters ${this.date()}.`,
    ])();
  }

  /** One sentence of the article: about the event now and then, mostly background and voices. */
  sentence(): string {
    const r = this.random;
    if (r.chance(0.18)) return this.eventSentence();
    const place = r.chance(0.6) ? this.event.place : r.pick(this.world.places);
    const org = r.pick(this.world.organisations);
    const year = this.published.getUTCFullYear();
    const templates: Array<() => string> = [
      () =>
        `${capitalise(r.pick(NOUNS))} in ${place.city} ${r.pick(VERBS_PAST)} the plan for the ${r.pick(THINGS)}, which ${org} says will cost ${this.money()}.`,
      () =>
        `Since ${r.int(2005, year - 1)}, ${place.country} has ${r.pick(VERBS_PAST)} ${r.pick(['several', 'two', 'three', 'many'])} plans to reform the ${r.pick(THINGS)}.`,
      () => {
        const expected = r.pick(ADJECTIVES);
        return `The ${r.pick(ADJECTIVES)} response from ${place.country} surprised ${r.pick(NOUNS)}, who had expected ${article(expected)} ${expected} compromise.`;
      },
      () =>
        `${this.refer(this.person())} ${r.pick(VERBS_PAST)} the ${r.pick(THINGS)} plan in ${r.pick(MONTH_NAMES)} ${year - r.int(0, 2)}, a move that ${r.pick(NOUNS)} described as ${r.pick(ADJECTIVES)}.`,
      () =>
        `Spending on the ${r.pick(THINGS)} has grown by ${this.percent()} over the past decade, data from ${org} show.`,
      () =>
        `“${r.pick(QUOTES)},” said ${this.bystander()}, a ${r.int(24, 78)}-year-old ${r.pick(OCCUPATIONS)} in ${place.city}.`,
      () =>
        `Last year, ${r.pick(NOUNS)} in ${place.country} ${r.pick(VERBS_PAST)} a similar proposal on ${r.pick(ISSUES)}.`,
      () =>
        `${capitalise(r.pick(NOUNS))} said the talks on ${r.pick(ISSUES)} could resume ${r.pick(['next month', 'in the autumn', 'after the holidays', 'before the end of the year'])}.`,
      () =>
        `${capitalise(this.event.people[0]?.gender ?? 'he')} has repeatedly ${r.pick(VERBS_PAST)} calls to link the ${r.pick(THINGS)} to ${r.pick(ISSUES)}.`,
      () =>
        `${capitalise(r.pick(ADJECTIVES))} ${r.pick(['figures', 'estimates', 'reports', 'surveys'])} published ${this.date()} suggest the ${r.pick(THINGS)} will need another ${this.money()}.`,
      () =>
        `In ${r.pick(MONTH_NAMES)} ${year - 1}, ${org} ${r.pick(VERBS_PAST)} its forecast for ${r.pick(ISSUES)} in ${place.country}.`,
      () =>
        `${this.refer(this.person())} declined to comment on ${r.pick(ISSUES)}, saying only that ${r.pick(NOUNS)} would be consulted.`,
      () =>
        `${capitalise(r.pick(NOUNS))} warned that ${r.pick(ISSUES)} could push ${r.pick(COMMODITIES)} prices up by ${this.percent()} ${r.pick(TIMEFRAMES)}.`,
      () =>
        `A report by ${org} found that ${this.percent()} of ${r.pick(NOUNS)} in ${place.country} had ${r.pick(VERBS_PAST)} their own estimates.`,
      () =>
        `The ${r.pick(MINISTRIES)} ministry said it would ${r.pick(VERBS_BASE)} the ${r.pick(THINGS)} ${r.pick(TIMEFRAMES)}, ${r.pick(PROMISES)}.`,
      () =>
        `Critics argue that the ${r.pick(THINGS)} favours ${r.pick(NOUNS)} in ${place.city} over those in rural ${place.country}.`,
      () => {
        const kind = r.pick(ADJECTIVES);
        return `At ${article(kind)} ${kind} meeting in ${place.city} ${this.date()}, ${r.pick(NOUNS)} ${r.pick(VERBS_PAST)} a ${this.money()} package for the ${r.pick(THINGS)}.`;
      },
      () => `The ${r.pick(THINGS)} was first proposed in ${r.int(1995, year - 2)} by ${org}.`,
      () =>
        `Prices for ${r.pick(COMMODITIES)} rose ${this.percent()} in ${r.pick(MONTH_NAMES)}, the steepest increase since ${r.int(1990, year - 3)}.`,
      () =>
        `${place.demonym} ${r.pick(NOUNS)} have long complained about ${r.pick(ISSUES)}, and many say little has changed.`,
      () =>
        `${capitalise(r.pick(NOUNS))} who spoke on condition of anonymity said the ${r.pick(THINGS)} was ${r.int(2, 30)} months behind schedule.`,
      () =>
        `The ${r.pick(THINGS)} employs about ${this.crowd()} and accounts for ${this.percent()} of exports.`,
      () =>
        `Opposition parties called for an inquiry into ${r.pick(ISSUES)} after ${org} ${r.pick(VERBS_PAST)} its accounts.`,
      () =>
        `In a televised address, ${this.refer(this.person())} promised to ${r.pick(VERBS_BASE)} the ${r.pick(THINGS)} by ${year + r.int(1, 6)}.`,
      () =>
        `Shares in ${org} fell ${this.percent()} on ${r.pick(WEEKDAYS)} after the announcement.`,
      () =>
        `More than ${this.crowd()} signed a petition against the ${r.pick(THINGS)} plan ${this.date()}.`,
    ];
    return r.pick(templates)();
  }

  /** The opening paragraph: the event, who, where, when. */
  lead(): string {
    const [first, second] = this.event.people as [Person, Person];
    const e = this.event;
    const when = capitalise(this.date());
    const leads: Record<EventKind, () => string> = {
      talks: () =>
        `${this.refer(first)} and ${this.refer(second)} held talks in ${e.place.city} ${e.cause}.`,
      strike: () =>
        `workers walked out in ${e.place.city}, starting ${e.name} ${e.cause}, ${this.refer(first)} said.`,
      merger: () => `${this.refer(first)} announced ${e.name} ${e.cause}.`,
      election: () =>
        `voters went to the polls in ${e.name}, which ${this.refer(first)} won ${e.cause}.`,
      floods: () =>
        `${e.name} forced thousands from their homes, and ${this.refer(first)} blamed delays ${e.cause}.`,
      summit: () => `${this.refer(first)} hosted ${e.name}, called ${e.cause}.`,
      protests: () =>
        `${e.name} drew ${this.crowd()}, and ${this.refer(first)} said they began ${e.cause}.`,
      resignation: () => `${this.refer(first)} resigned ${e.cause}.`,
      appointment: () =>
        `${this.refer(first)} was appointed to lead the ${this.random.pick(THINGS)} review ${e.cause}.`,
      trial: () =>
        `${e.name} opened in ${e.place.city}; ${this.refer(second)} was charged ${e.cause}.`,
      ban: () => `${e.place.country} announced ${e.name}, ${e.cause}.`,
      deal: () =>
        `${this.refer(first)} and ${this.refer(second)} signed ${e.name} in ${e.place.city}, ${e.cause}.`,
    };
    return `${when}, ${leads[e.kind]()} ${this.sentence()}`;
  }
}

/** One generated article: its file name, its text and what it is about. */
export interface GeneratedArticle {
  file: string;
  text: string;
  title: string;
  event: NewsEvent;
  people: Person[];
  bystanders: string[];
}

function headline(random: Random, event: NewsEvent): string {
  const person = event.people[0] as Person;
  return random.pick([
    `${person.last} defends ${event.name} as critics question the cost`,
    `What ${event.name} means for ${event.place.country}`,
    `${capitalise(event.name)}: ${event.place.demonym} officials under pressure`,
    `Inside ${event.name} and the fight over ${event.place.city}`,
  ]);
}

function linkSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Writes article `index` of the corpus for `seed`: ~1,500 words in paragraphs of one to six
 * sentences, with furniture — byline, date line, the title repeated, "Read also" with its link
 * line, an advertisement marker, a pull quote and a "You may also like" trailer.
 */
export function generateArticle(world: World, seed: number, index: number): GeneratedArticle {
  const random = new Random(articleSeed(seed, index));
  const published = new Date(Date.UTC(2023, 0, 1, 12) + random.int(0, 900) * 86_400_000);
  const event = createEvent(random, world, published);
  const cast = [...event.people];
  for (let i = random.int(1, 4); i > 0; i--) {
    const person = world.people[random.zipf(world.people.length)] as Person;
    if (!cast.includes(person)) cast.push(person);
  }
  const writer = new ArticleWriter(random, world, published, event, cast);
  const title = headline(random, event);
  const target = ARTICLE_WORDS_TARGET + random.int(-150, 150);
  const paragraphs: string[] = [writer.lead()];
  let words = (paragraphs[0] as string).split(/\s+/).length;
  while (words < target) {
    const length = random.pick([1, 2, 2, 3, 3, 3, 4, 4, 5, 6]);
    const sentences: string[] = [];
    for (let i = 0; i < length; i++) sentences.push(writer.sentence());
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    words += paragraph.split(/\s+/).length;
  }

  const body: string[] = [...paragraphs];
  const at = (share: number) => Math.max(1, Math.floor(body.length * share));
  const related = headline(random, createEvent(random, world, published));
  body.splice(at(0.3), 0, 'Read also:', related);
  body.splice(at(0.5), 0, 'Advertisement');
  if (random.chance(0.5)) body.splice(at(0.6), 0, title);
  const quoteSource = paragraphs.find(
    (p, i) => i > 0 && p.split(/\s+/).length < 60 && p.split(/\s+/).length > 8,
  );
  if (quoteSource) body.splice(at(0.7), 0, quoteSource.split(/(?<=[.!?”])\s+/)[0] as string);
  body.push(
    'You may also like',
    headline(random, createEvent(random, world, published)),
    headline(random, createEvent(random, world, published)),
  );

  const month = MONTH_NAMES[published.getUTCMonth()] as string;
  const stamp = `${month} ${published.getUTCDate()}, ${published.getUTCFullYear()} at ${random.int(6, 11)}:${String(random.int(0, 59)).padStart(2, '0')} am`;
  const name = `${String(index).padStart(5, '0')}-${linkSlug(event.name).slice(0, 40)}`;
  if (index % MARKDOWN_EVERY === MARKDOWN_EVERY - 1) {
    const author = `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`;
    const front = [
      '---',
      `title: ${JSON.stringify(title)}`,
      `date: ${isoDay(published)}`,
      `author: ${JSON.stringify(author)}`,
      `source: https://newsroom.example/${isoDay(published).replace(/-/g, '/')}/${linkSlug(title)}`,
      '---',
      '',
      `# ${title}`,
    ].join('\n');
    return {
      file: `${name}.md`,
      text: `${front}\n\n${body.join('\n\n')}\n`,
      title,
      event,
      people: cast,
      bystanders: writer.bystanders,
    };
  }
  const byline = random.chance(0.6)
    ? 'by admin'
    : `By ${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`;
  const head = [title, byline, stamp];
  return {
    file: `${name}.txt`,
    text: `${[...head, ...body].join('\n\n')}\n`,
    title,
    event,
    people: cast,
    bystanders: writer.bystanders,
  };
}

/** What `writeCorpus` wrote: the files, their total size and the facts to ask about. */
export interface WrittenCorpus {
  dir: string;
  files: number;
  bytes: number;
  words: number;
  facts: CorpusFacts;
}

/** Writes the first `count` articles of the corpus for `seed` into `dir` (created if missing). */
export async function writeCorpus(
  dir: string,
  count: number,
  seed = DEFAULT_SEED,
): Promise<WrittenCorpus> {
  await mkdir(dir, { recursive: true });
  const world = createWorld(seed);
  const mentions = new Map<Person, number>();
  const events: CorpusFacts['events'] = [];
  const places = new Set<string>();
  const organisations = new Set<string>();
  const bystanders: string[] = [];
  let bytes = 0;
  let words = 0;
  for (let i = 0; i < count; i++) {
    const generated = generateArticle(world, seed, i);
    const buffer = Buffer.from(generated.text, 'utf8');
    await writeFile(join(dir, generated.file), buffer);
    bytes += buffer.length;
    words += generated.text.split(/\s+/).length;
    for (const person of generated.people) {
      if (generated.text.includes(person.name))
        mentions.set(person, (mentions.get(person) ?? 0) + 1);
    }
    for (const place of world.places)
      if (generated.text.includes(place.city)) places.add(place.city);
    for (const org of world.organisations) if (generated.text.includes(org)) organisations.add(org);
    events.push({
      kind: generated.event.kind,
      name: generated.event.name,
      people: generated.event.people.map((p) => p.last),
      date: isoDay(generated.event.date),
    });
    bystanders.push(...generated.bystanders.slice(0, 2));
  }
  const people = [...mentions]
    .sort((a, b) => b[1] - a[1])
    .map(([person, count]) => ({ name: person.name, last: person.last, mentions: count }));
  return {
    dir,
    files: count,
    bytes,
    words,
    facts: { people, places: [...places], organisations: [...organisations], events, bystanders },
  };
}

async function main(): Promise<void> {
  const [countArg, dir, seedArg] = process.argv.slice(2);
  const count = Number(countArg);
  if (!Number.isInteger(count) || count < 1 || !dir) {
    process.stderr.write('Usage: tsx scripts/bench/corpus.ts <articles> <folder> [seed]\n');
    process.exit(2);
  }
  const written = await writeCorpus(dir, count, seedArg ? Number(seedArg) : DEFAULT_SEED);
  process.stdout.write(
    `${written.files} articles, ${(written.bytes / 1e6).toFixed(2)} MB, ${written.words} words in ${dir}\n`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
