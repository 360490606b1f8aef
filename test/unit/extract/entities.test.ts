import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildArticle, loadArticles } from '../../../src/content/load.ts';
import { readArticleFile } from '../../../src/content/read.ts';
import type { Article } from '../../../src/content/types.ts';
import { type Entity, extractEntities } from '../../../src/extract/entities.ts';
import { isPronounMention } from '../../../src/extract/mention.ts';
import { FIXTURE_ARTICLES, SEED_FILE, tempDirs, writeInto } from '../support.ts';

const makeDir = tempDirs('entities');

/** The entities of one plain-text article written for the test. */
async function entitiesOf(text: string): Promise<Entity[]> {
  const { articles } = await loadArticles(writeInto(makeDir(), { 'article.txt': text }));
  return extractEntities(articles);
}

function entity(entities: readonly Entity[], slug: string): Entity {
  const found = entities.find((e) => e.slug === slug);
  if (!found) throw new Error(`no entity ${slug} among ${entities.map((e) => e.slug).join(', ')}`);
  return found;
}

/** The sentence a mention stands in. */
function sentenceOf(articles: readonly Article[], mention: Entity['mentions'][number]): string {
  return (
    articles[mention.article]?.paragraphs[mention.paragraph]?.sentences[mention.sentence]?.text ??
    ''
  );
}

describe("a firm's legal name", () => {
  it('merges "Boeing" into "Boeing Co." and answers to the name without its suffix', async () => {
    const entities = await entitiesOf(
      'Planes ordered\n\nThe Air Force signed a contract with Boeing Co. to build two planes.\n\nBoeing said in a statement that the work would take six years.\n\nThe Pentagon wants Boeing to cut costs.',
    );
    const boeing = entities.filter((e) => /boeing/i.test(e.name));
    expect(boeing).toHaveLength(1);
    expect(boeing[0]?.mentions).toHaveLength(3);
    expect(boeing[0]?.aliases).toContain('boeing');
  });
});

describe('a name written with an ampersand', () => {
  it('keeps "AT&T" whole, as a question asks it', async () => {
    const entities = await entitiesOf(
      'Video deal\n\nAT&T said on Monday that its new service will not count against data caps.\n\nCritics say AT&T is favouring a company it owns.',
    );
    const att = entities.find((e) => e.name === 'AT&T');
    expect(att?.mentions).toHaveLength(2);
    expect(entities.some((e) => e.name === 'T')).toBe(false);
  });
});

describe('a name with an elided particle', () => {
  it('keeps "Palme d’Or" and "Côte d’Ivoire" whole, and finds the prize by its slug', async () => {
    const entities = await entitiesOf(
      'Cannes\n\nWinner of the Palme d’Or at the 2017 Cannes Film Festival, The Square stars Claes Bang.\n\nIt was shot in Côte d’Ivoire.',
    );
    expect(entity(entities, 'palme-dor').name).toBe('Palme d’Or');
    expect(entities.map((e) => e.name)).toContain('Côte d’Ivoire');
    expect(entities.some((e) => e.name === 'Palme')).toBe(false);
  });
});

describe('people, places and organisations of the seed', () => {
  let articles: Article[];
  let entities: Entity[];

  beforeAll(async () => {
    articles = [buildArticle(await readArticleFile(SEED_FILE))];
    entities = extractEntities(articles);
  });

  it('merges "Ilham Aliyev", "Aliyev" and "President Aliyev" into one entity with one slug', () => {
    const aliyev = entity(entities, 'ilham-aliyev');
    expect(aliyev.name).toBe('Ilham Aliyev');
    expect(aliyev.kind).toBe('person');
    expect(aliyev.aliases).toEqual(expect.arrayContaining(['ilham aliyev', 'aliyev']));
    expect(aliyev.mentions.length).toBeGreaterThanOrEqual(10);
    const sentences = aliyev.mentions.map((m) => sentenceOf(articles, m));
    expect(sentences).toContainEqual(expect.stringContaining('a top aide to President Aliyev'));
    expect(sentences).toContainEqual(expect.stringContaining('Aliyev canceled a planned trip'));
    expect(entities.filter((e) => e.slug.includes('aliyev'))).toHaveLength(1);
  });

  it('merges "Donald Trump", "Trump’s" and "President Trump" into one entity', () => {
    const trump = entity(entities, 'donald-trump');
    const sentences = trump.mentions.map((m) => sentenceOf(articles, m));
    expect(sentences).toContainEqual(expect.stringContaining('possibly with President Trump'));
    expect(sentences).toContainEqual(expect.stringContaining('Trump’s 2020–2021 Abraham Accords'));
    expect(entities.filter((e) => e.slug.includes('trump'))).toHaveLength(1);
  });

  it('keeps the mention’s own spelling as written', () => {
    const pashinyan = entity(entities, 'nikol-pashinyan');
    expect(pashinyan.mentions.map((m) => m.surface)).toEqual(
      expect.arrayContaining(['Nikol Pashinyan', 'Pashinyan']),
    );
  });

  it('takes the apposition as the defining phrase: Kiriyenko, Hajiyev, Karapetyan', () => {
    expect(entity(entities, 'sergei-kiriyenko').definition).toMatchObject({
      phrase: 'first deputy chief of staff to Vladimir Putin',
      form: 'apposition',
    });
    expect(entity(entities, 'hikmet-hajiyev').definition).toMatchObject({
      phrase: 'a top aide to President Aliyev',
      form: 'apposition',
    });
    expect(entity(entities, 'samvel-karapetyan').definition?.phrase).toBe('an opposition activist');
  });

  it('takes the title or descriptor before a name when there is no apposition', () => {
    expect(entity(entities, 'nikol-pashinyan').definition).toMatchObject({
      phrase: 'Armenian Prime Minister',
      form: 'title',
    });
    expect(entity(entities, 'steve-witkoff').definition).toMatchObject({
      phrase: 'Trump special envoy',
      form: 'descriptor',
    });
  });

  it('records where the definition stands: Kiriyenko’s in paragraph 22 of the body, not the pull quote', () => {
    const mention = entity(entities, 'sergei-kiriyenko').definition?.mention;
    expect(mention?.paragraph).toBe(21);
    expect(sentenceOf(articles, mention as Entity['mentions'][number])).toMatch(/^On April 30, /);
  });

  it('tells places and organisations from people', () => {
    expect(entity(entities, 'abu-dhabi').kind).toBe('place');
    expect(entity(entities, 'armenia').kind).toBe('place');
    expect(entity(entities, 'armenian-apostolic-church').kind).toBe('organization');
    expect(entity(entities, 'bagrat-galstanyan').kind).toBe('person');
  });

  it('makes slugs of multi-word names: abu-dhabi, zangezur-corridor, bashar-al-assad', () => {
    const slugs = entities.map((e) => e.slug);
    expect(slugs).toEqual(
      expect.arrayContaining(['abu-dhabi', 'zangezur-corridor', 'bashar-al-assad']),
    );
    expect(entity(entities, 'bashar-al-assad').aliases).toContain('assad');
  });

  it('does not take capitalised sentence openers for names', () => {
    const slugs = entities.map((e) => e.slug);
    for (const opener of ['worsening', 'unsurprisingly', 'during', 'notably', 'meanwhile']) {
      expect(slugs).not.toContain(opener);
    }
  });

  it('finds no one in the page furniture: Ivanishvili is named only in the "Read also" link', () => {
    expect(entities.some((e) => e.slug.includes('ivanishvili'))).toBe(false);
  });
});

describe('two people sharing a surname', () => {
  let articles: Article[];
  let entities: Entity[];

  beforeAll(async () => {
    articles = [buildArticle(await readArticleFile(join(FIXTURE_ARTICLES, 'harbour-row.txt')))];
    entities = extractEntities(articles);
  });

  it('keeps John Halloran and Mary Halloran apart, each with their own definition', () => {
    expect(entity(entities, 'john-halloran').definition?.phrase).toBe('a retired fisherman');
    expect(entity(entities, 'mary-halloran').definition?.phrase).toBe("the town's harbour master");
    expect(entities.some((e) => e.slug === 'halloran')).toBe(false);
  });

  it('gives a lone "Halloran" to the Halloran named last before it', () => {
    const johns = entity(entities, 'john-halloran').mentions.map((m) => sentenceOf(articles, m));
    const marys = entity(entities, 'mary-halloran').mentions.map((m) => sentenceOf(articles, m));
    expect(johns).toContain('Halloran says the new breakwater will ruin the winter catch.');
    expect(marys).toContain('Halloran said the work would protect the ferry berth from storms.');
    expect(johns).not.toContain(
      'Halloran said the work would protect the ferry berth from storms.',
    );
  });

  it('gives "Mayor Quigley" and "Quigley" to Peter Quigley, with his title as his role', () => {
    const quigley = entity(entities, 'peter-quigley');
    expect(quigley.mentions).toHaveLength(2);
    expect(quigley.definition).toMatchObject({ phrase: 'Mayor', form: 'title' });
  });
});

describe('a role set off before a name', () => {
  it('takes "President Orlow’s envoy to the United Nations" before "Mara Quell," as who she is', async () => {
    const entities = await entitiesOf(
      'Envoy resigns\n\nPresident Orlow’s envoy to the United Nations, Mara Quell, said on Tuesday that she would resign.\n\nMs. Quell, a former governor of Tellshire, had been a critic of Mr. Orlow.',
    );
    expect(entity(entities, 'mara-quell').definition?.phrase).toBe(
      'President Orlow’s envoy to the United Nations',
    );
  });
});

describe('a title held in a body', () => {
  it('reads "CEO of Vidyard" as the body Vidyard, and "President of France Emmanuel Macron" as Macron with his title', async () => {
    const entities = await entitiesOf(
      'Video tools\n\nThe new apps are ready, says Michael Litt, co-founder and CEO of Vidyard. Vidyard announced the tools on Thursday.\n\nThe President of France Emmanuel Macron praised them.',
    );
    expect(entities.map((e) => e.slug)).not.toContain('of-vidyard');
    expect(entity(entities, 'vidyard').mentions).toHaveLength(2);
    expect(entity(entities, 'emmanuel-macron').definition).toMatchObject({
      phrase: 'President of France',
      form: 'title',
    });
  });
});

describe('a headline kept as a paragraph', () => {
  it('takes no common word of a headline into a name: "Vidyard Launches New Tools" names Vidyard, "Mary Halloran Signs Deal" Mary Halloran', async () => {
    const entities = await entitiesOf(
      'Video tools\n\nVidyard Launches New Tools and Features for Businesses\n\nVidyard announced the tools on Thursday. Vidyard said sales teams asked for them.\n\nMary Halloran Signs Breakwater Deal\n\nThe harbour master, Mary Halloran, signed the breakwater contract.\n\n3 Surprising Findings From Our 2024 Global Survey\n\nThe survey was run by Vidyard.',
    );
    expect(entities.map((e) => e.slug).filter((slug) => slug.includes('findings'))).toEqual([]);
    expect(entities.map((e) => e.slug)).not.toContain('vidyard-launches');
    expect(entity(entities, 'vidyard').mentions).toHaveLength(4);
    expect(entity(entities, 'mary-halloran').mentions).toHaveLength(2);
  });
});

describe('a body called by a noun', () => {
  it('takes "The company …" for the body named in the sentences before, as a description, not a name', async () => {
    const entities = await entitiesOf(
      'Lobbying\n\nCorvane Strategies, one of the largest lobbying firms in Kaldor, lost two clients. Corvane said it would appeal.\n\nThe company was one of three groups shortlisted for the bridge.',
    );
    const described = entity(entities, 'corvane-strategies').mentions.filter(isPronounMention);
    expect(described.map((m) => [m.paragraph, m.surface])).toEqual([[1, 'The company']]);
  });
});

describe('a phrase named after a person', () => {
  it('gives a lone "Brannock" to Edwin Brannock, not to a headline\'s "Vote for Brannock"', async () => {
    const entities = await entitiesOf(
      'Campus voters\n\nEdwin Brannock won the county by four points.\n\nAn op-ed titled “Why I Cast My Vote for Brannock” went viral. Brannock thanked the students. Brannock said he would visit the campus.',
    );
    expect(entity(entities, 'edwin-brannock').mentions).toHaveLength(3);
  });
});

describe('names as court and health reports write them', () => {
  const TEXT = `Pension thief jailed

Martin Vesey, 54, the former finance director of the Lenhaven Fishermen's Mutual Society (LFMS), was jailed on Thursday. The LFMS said it had recovered some of the money.

The fraud came to light after a retired skipper, Alun Pritchard, wrote to the society. Gwen Harrow, who chairs the society's board, said members were angry. He was wrong, the board's letter said. Rhiannon Dale KC, prosecuting, told the jury the money was spent abroad.

A ward at St. Aldric’s Hospital was closed, and the Regional Health Authority (RHA) said the RHA would screen patients at St. Aldric’s. West Marrick voted on Monday; the West Marrick Power Corporation was not sold. “I'm sorry,” Vesey said.`;
  let entities: Entity[];

  beforeAll(() => {
    entities = extractEntities([
      buildArticle({
        file: 'vesey.txt',
        slug: 'vesey',
        meta: { title: null, author: null, published: null, url: null },
        blocks: TEXT.split('\n\n'),
        removed: [],
      }),
    ]);
  });

  it('reads the description after an age: "Martin Vesey, 54, the former finance director …"', () => {
    expect(entity(entities, 'martin-vesey').definition?.phrase).toBe(
      "the former finance director of the Lenhaven Fishermen's Mutual Society",
    );
  });

  it('keeps a possessive inside an institution’s name and merges its initials into it', () => {
    const society = entity(entities, 'lenhaven-fishermens-mutual-society');
    expect(society.kind).toBe('organization');
    expect(society.aliases).toContain('lfms');
    // Named, by its initials, and as "the society" after it.
    expect(society.mentions.map((m) => m.surface)).toEqual([
      "Lenhaven Fishermen's Mutual Society",
      'LFMS',
      'LFMS',
      'the society',
      'the society',
    ]);
    expect(entity(entities, 'regional-health-authority').aliases).toContain('rha');
    expect(entity(entities, 'st-aldrics-hospital').mentions).toHaveLength(2);
  });

  it('takes the noun phrase after a clause’s verb, not the clause, as the description before a name', () => {
    expect(entity(entities, 'alun-pritchard').definition?.phrase).toBe('a retired skipper');
  });

  it('reads what a "who" clause says a person does, and drops letters after a name', () => {
    expect(entity(entities, 'gwen-harrow').definition).toMatchObject({
      phrase: "chairs the society's board",
      form: 'relative',
    });
    expect(entities.map((e) => e.name)).toContain('Rhiannon Dale');
  });

  it('"He …" and "…, she said" after a person are mentions of that person, not names to match', () => {
    const vesey = entity(entities, 'martin-vesey');
    const harrow = entity(entities, 'gwen-harrow');
    expect(vesey.mentions.map((m) => m.surface)).not.toContain('He');
    expect(harrow.mentions.filter(isPronounMention).map((m) => m.surface)).toEqual(['He']);
  });

  it('"the bridge" later on is a mention of "Brannock Bridge", called so by its own last word', async () => {
    const bridge = entity(
      await entitiesOf(
        'Title\n\nThe Brannock Bridge, the steel arch over the Tamsey, was closed on Monday. Engineers said the bridge had rusted.',
      ),
      'brannock-bridge',
    );
    expect(bridge.nouns).toEqual(['arch', 'bridge']);
    expect(bridge.mentions.map((m) => m.surface)).toContain('the bridge');
  });

  it('"Greyhollow" later on is "Greyhollow Homes", an organisation called by its first word', async () => {
    const found = await entitiesOf(
      'Title\n\nThe towers belong to Greyhollow Homes, a housing association. Tenants said Greyhollow ignored them.',
    );
    expect(entity(found, 'greyhollow-homes').mentions.map((m) => m.surface)).toEqual([
      'Greyhollow Homes',
      'Greyhollow',
    ]);
  });

  it('"Tellby" is "Tellby Bank", named first, though the bank was once "Tellby and District Savings Bank"', async () => {
    const found = await entitiesOf(
      'Title\n\nTellby Bank has agreed to be taken over. Tellby was founded in 1871 as the Tellby and District Savings Bank. Tellby has 210 branches.',
    );
    expect(entity(found, 'tellby-bank').mentions.map((m) => m.surface)).toEqual([
      'Tellby Bank',
      'Tellby',
      'Tellby',
    ]);
    // Names of different kinds of body ("Carrowmouth Council", "Carrowmouth Bank") leave the
    // lone word to itself: it is likely the town.
    const town = await entitiesOf(
      'Title\n\nCarrowmouth Council met on Monday. Carrowmouth Bank was closed. Carrowmouth is quiet.',
    );
    expect(entity(town, 'carrowmouth-council').mentions.map((m) => m.surface)).toEqual([
      'Carrowmouth Council',
    ]);
  });

  it('a role after a body\'s name is no part of it: "[Harlow Systems CEO]" names Harlow Systems', async () => {
    const found = await entitiesOf(
      'Title\n\n"Ada Renn [Harlow Systems CEO] spends a lot of time in the studio," said Ola Berg. Harlow Systems tried models that went flat.',
    );
    expect(entity(found, 'harlow-systems').mentions.map((m) => m.surface)).toEqual([
      'Harlow Systems',
      'Harlow Systems',
    ]);
    expect(found.map((e) => e.slug)).not.toContain('harlow-systems-ceo');
  });

  it('"PM" is a title before a name ("Pakistan PM Imran Khan"), not after a time ("12:00 PM PT")', async () => {
    const found = await entitiesOf(
      'Title\n\nPakistan PM Imran Khan arrived on Monday. At 12:00 PM PT, deputies were at the hotel.',
    );
    expect(entity(found, 'imran-khan').definition?.phrase).toBe('Pakistan PM');
    expect(found.map((e) => e.name).filter((name) => /\bPM\b/.test(name))).toEqual([]);
  });

  it('"on" joins the name of a body ("Select Committee on Intelligence"), not a name and where it was ("Ada Renn on Twitter")', async () => {
    const found = await entitiesOf(
      'Title\n\nThe day before, Trump attacked Ada Renn on Twitter. Renn works for the Select Committee on Intelligence. They met at the Warwick Hotel on Sixth Avenue.',
    );
    const slugs = found.map((e) => e.slug);
    expect(slugs).toContain('ada-renn');
    expect(slugs).toContain('select-committee-on-intelligence');
    expect(slugs.filter((slug) => /-on-(?:twitter|sixth)/.test(slug))).toEqual([]);
    expect(entity(found, 'ada-renn').mentions.map((m) => m.surface)).toEqual(['Ada Renn', 'Renn']);
  });

  it('a common word opening the sentence before a first name is no part of the name ("Longtime Donald Trump advocate …")', async () => {
    const found = await entitiesOf(
      'Title\n\nLongtime Donald Trump advocate Rudy Giuliani has withdrawn. Trump praised him.',
    );
    expect(found.map((e) => e.slug)).toContain('donald-trump');
    expect(found.map((e) => e.slug)).not.toContain('longtime-donald-trump');
  });

  it('takes a name for a place by its context: "the port town of Lenhaven", a dateline', async () => {
    const found = await entitiesOf(
      'Title\n\nKESTRELTON — The mill closed. Its owner moved to the port town of Varnholm.',
    );
    expect(entity(found, 'kestrelton').kind).toBe('place');
    expect(entity(found, 'varnholm').kind).toBe('place');
  });

  it('does not merge a place into a longer organisation name, nor take "I\'m" for a name', () => {
    expect(entity(entities, 'west-marrick').aliases).not.toContain('corporation');
    expect(entities.map((e) => e.name)).not.toContain("I'm");
  });

  it('"DCI Keddie" is Detective Chief Inspector Alasdair Keddie, and a clause before "X said" does not describe X', async () => {
    const found = await entitiesOf(
      'Title\n\nThe inquiry is led by Detective Chief Inspector Alasdair Keddie of the major crime team. Detectives are examining the firm’s finances and its insurance, DCI Keddie said.',
    );
    const keddie = entity(found, 'alasdair-keddie');
    expect(keddie.mentions.map((m) => m.surface)).toEqual(['Alasdair Keddie', 'DCI Keddie']);
    expect(keddie.definition?.phrase).not.toContain('insurance');
    expect(found.map((e) => e.slug)).not.toContain('dci-keddie');
  });

  it('a wire dateline’s city is a place, "Chief Executive" is a title, "Industries" names a firm', async () => {
    const found = await entitiesOf(
      'Title\n\nHALBERG, March 4 (Meridian Wire) - Corran Industries agreed to buy Vossberg. Shares rose in Halberg trading, said Corran Chief Executive Margit Sandahl. The Halberg All-Share index was flat.',
    );
    expect(entity(found, 'halberg')).toMatchObject({ name: 'Halberg', kind: 'place' });
    expect(entity(found, 'halberg').mentions).toHaveLength(2);
    expect(entity(found, 'margit-sandahl').kind).toBe('person');
    expect(entity(found, 'corran-industries').kind).toBe('organization');
  });

  it('"the Shopworkers’ Alliance" is one organisation, not "Shopworkers" and "Alliance"', async () => {
    const found = await entitiesOf(
      "Title\n\nThe Shopworkers' Alliance represents about 4,000 of the staff. The Mines and Quarries Inspectorate has opened an investigation.",
    );
    expect(entity(found, 'shopworkers-alliance').kind).toBe('organization');
    expect(entity(found, 'mines-and-quarries-inspectorate').kind).toBe('organization');
    expect(found.map((e) => e.name)).not.toContain('Alliance');
  });

  it('"Halfmoon\'s managing director, Cassia Redvers" describes her; "Ch Supt" is a title', async () => {
    const found = await entitiesOf(
      "Title\n\nIn a statement on Tuesday, Halfmoon's managing director, Cassia Redvers, said the company was devastated. Ch Supt Rhiannon Vale said the site could not be cleared in an emergency.",
    );
    expect(entity(found, 'cassia-redvers')).toMatchObject({
      kind: 'person',
      definition: expect.objectContaining({ phrase: "Halfmoon's managing director" }),
    });
    expect(entity(found, 'rhiannon-vale')).toMatchObject({ name: 'Rhiannon Vale', kind: 'person' });
  });

  it('a description after a wire dateline ("KALDOR, Oct 2 (Northwire) - Vessmark\'s regional transport minister, Teodora Halvik,") describes her', async () => {
    const found = await entitiesOf(
      "Title\n\nKALDOR, Oct 2 (Northwire) - Vessmark's regional transport minister, Teodora Halvik, resigned on Thursday.\n\nHalvik is the third minister to leave the cabinet since 2022.",
    );
    expect(entity(found, 'teodora-halvik')).toMatchObject({
      definition: expect.objectContaining({ phrase: "Vessmark's regional transport minister" }),
    });
  });

  it('"…, and Renewal\'s leader, Bettina Kroll" describes her without the "and"', async () => {
    const found = await entitiesOf(
      "Title\n\nThe budget is due to be put to a vote next month, and Renewal's leader, Bettina Kroll, has said her party will oppose it.",
    );
    expect(entity(found, 'bettina-kroll').definition?.phrase).toBe("Renewal's leader");
  });

  it('"Its general secretary, X" describes X as the general secretary of what "Its" stands for', async () => {
    const found = await entitiesOf(
      "Title\n\nThe Shopworkers' Alliance represents about 4,000 of the staff. Its general secretary, Bernadette Quarrie, said staff had learned of the closures from the news.",
    );
    expect(entity(found, 'bernadette-quarrie').definition?.phrase).toBe(
      "general secretary of Shopworkers' Alliance",
    );
  });

  it('"He …" is the subject of the sentence before, and "the second man" is not "the dead man"', async () => {
    const found = await entitiesOf(
      'Title\n\nThe dead man, Raymond Tulley, was the night watchman. Lee Hatchard has been charged with the murder of Raymond Tulley. He appeared in court on Tuesday. The second man remains on bail.',
    );
    expect(entity(found, 'lee-hatchard').mentions.map((m) => m.surface)).toContain('He');
    expect(entity(found, 'raymond-tulley').mentions.map((m) => m.surface)).toEqual([
      'Raymond Tulley',
      'Raymond Tulley',
    ]);
  });

  it('"Ines Marwood" and "Ines Clara Marwood" are one person, described by the lede', async () => {
    const found = await entitiesOf(
      'Title\n\nInes Marwood, the engineer whose dams held back the river, died on Sunday.\n\nInes Clara Marwood was born in 1941 in Tallow.',
    );
    const marwood = entity(found, 'ines-clara-marwood');
    expect(marwood.mentions.map((m) => m.surface)).toEqual(['Ines Marwood', 'Ines Clara Marwood']);
    expect(marwood.head).toBe('engineer');
    expect(found.map((e) => e.slug)).not.toContain('ines-marwood');
  });

  it('"She …" is not a man named before her, and a run of "She …" sentences stays with her', async () => {
    const found = await entitiesOf(
      'Title\n\nMs. Ines Marwood was born in Tallow. Her father, Piet Marwood, built boats.\n\nShe was 14 when the storm came. She studied in Averley.\n\nShe moved to Ostmere.',
    );
    const ines = entity(found, 'ines-marwood');
    expect(ines.mentions.filter(isPronounMention).map((m) => m.surface)).toEqual([
      'Her',
      'She',
      'She',
      'She',
    ]);
    expect(entity(found, 'piet-marwood').mentions.some(isPronounMention)).toBe(false);
  });

  it('"Her husband …" opening a sentence is about the woman named before', async () => {
    const found = await entitiesOf(
      'Title\n\nMs. Ines Marwood designed the library. Her husband of 40 years died in 2017.',
    );
    expect(entity(found, 'ines-marwood').mentions.map((m) => m.surface)).toContain('Her');
  });

  it('"Agnes" alone after "Agnes Brannock" is her, and a name to ask by', async () => {
    const found = await entitiesOf(
      'Title\n\nThe skipper is Agnes Brannock, who is 68. Agnes took over the wheel in 1991.',
    );
    const agnes = entity(found, 'agnes-brannock');
    expect(agnes.mentions.map((m) => m.surface)).toContain('Agnes');
    expect(agnes.aliases).toContain('agnes');
    expect(found.map((e) => e.slug)).not.toContain('agnes');
  });

  it('"an online appeal called Keep Ardrey Afloat" describes the name, so "The appeal" is it', async () => {
    const found = await entitiesOf(
      'Title\n\nInes set up an online appeal called Keep Ardrey Afloat. The appeal, launched on 14 February, raised £96,400.',
    );
    const appeal = entity(found, 'keep-ardrey-afloat');
    expect(appeal.definition?.phrase).toBe('an online appeal');
    expect(appeal.mentions.map((m) => m.surface)).toContain('The appeal');
  });

  it('a common noun opening a sentence is no name; "of" and "and" stay inside an institution’s name', async () => {
    const found = await entitiesOf(
      'Title\n\nThe study appears in the Halverson Journal of Respiratory Medicine. Development was then paused for 14 months. The company applied to the Medicines and Therapeutics Authority.',
    );
    const slugs = found.map((e) => e.slug);
    expect(slugs).toContain('halverson-journal-of-respiratory-medicine');
    expect(slugs).toContain('medicines-and-therapeutics-authority');
    expect(slugs).not.toContain('development');
  });

  it('places by their kind: "cities of X and Y", "Port Wenlow", "Port of Sines" later called "Sines"', async () => {
    const found = await entitiesOf(
      'Title\n\nThe trial ran at Calderbrook University Hospital and in the northern cities of Calderbrook and Ashmere. Hollin, the Port Wenlow company, made the pill. Ships queued outside the Port of Sines. Sines handles half the country’s containers. Dr Renwick works at the University of Ashmere.',
    );
    const kinds = Object.fromEntries(found.map((e) => [e.slug, e.kind]));
    expect(kinds).toMatchObject({
      calderbrook: 'place',
      ashmere: 'place',
      'port-wenlow': 'place',
      'port-of-sines': 'place',
      'university-of-ashmere': 'organization',
    });
    expect(entity(found, 'port-of-sines').mentions.map((m) => m.surface)).toContain('Sines');
  });

  it('"The Falkner family foundation, Vossberg’s largest shareholder, …" does not describe Vossberg', async () => {
    const found = await entitiesOf(
      'Title\n\nThe Falkner family foundation, Vossberg’s largest shareholder, backed the deal. Vossberg Signaltechnik makes signals.',
    );
    expect(entity(found, 'vossberg-signaltechnik').definition).toBeNull();
  });

  it('", managing director of …" after a name describes a person', async () => {
    const found = await entitiesOf(
      'Title\n\n"It will bring skilled work to the valley," said Odile Prentiss, managing director of Lisk Valley Airport.',
    );
    expect(entity(found, 'odile-prentiss')).toMatchObject({
      kind: 'person',
      definition: { phrase: 'managing director of Lisk Valley Airport' },
    });
  });

  it('"Hicks, a historian at …" is a person by WordNet; "X, now a …" is who X is now', async () => {
    const found = await entitiesOf(
      'Title\n\nA graduate student named Sarah Tollin ran the code. “It was rote,” said Hicks, a historian at the institute. Sarah Tollin, now a physical oceanographer at Lakemoor, was their daughter.',
    );
    expect(entity(found, 'hicks').kind).toBe('person');
    expect(entity(found, 'sarah-tollin').definition?.phrase).toBe(
      'now a physical oceanographer at Lakemoor',
    );
  });

  it('"… says Katie Arlen, MD. She’s the director of …" describes her when nothing by her name does', async () => {
    const found = await entitiesOf(
      "Title\n\n“This study is groundbreaking,” says Katie Arlen, MD, PhD. She's the director of the Center for Food Research in Melbourne. Arlen was not involved in the research.",
    );
    expect(entity(found, 'katie-arlen').definition?.phrase).toBe(
      'the director of the Center for Food Research in Melbourne',
    );
  });

  it('"Vision Pro" after "Apple Vision Pro" is one thing, "Black Elk" after "Linda Black Elk" one person; "Jane Marlow" is not "Anna Jane Marlow"', async () => {
    const found = await entitiesOf(
      'Title\n\nI tried the Apple Vision Pro headset in Cupertino. The Vision Pro is light. Anna Jane Marlow met Jane Marlow.',
    );
    const headset = found.filter((e) => e.mentions.some((m) => m.surface.includes('Vision Pro')));
    expect(headset.map((e) => e.mentions.map((m) => m.surface))).toEqual([
      ['Apple Vision Pro', 'Vision Pro'],
    ]);
    expect(found.filter((e) => e.kind === 'person')).toHaveLength(2);
    const medic = await entitiesOf(
      'Title\n\nLinda Black Elk, a member of the Catawba Nation, treats the injured. Black Elk has lived here for years.',
    );
    expect(medic.filter((e) => e.kind === 'person').map((e) => e.mentions.length)).toEqual([2]);
  });

  it('"the Fed" after "the U.S. Federal Reserve" is the Federal Reserve; "Congress" is not the Congressional Budget Office', async () => {
    const found = await entitiesOf(
      'Title\n\nThe U.S. Federal Reserve raised rates. The Fed said more would follow. Congress was told so by the Congressional Budget Office.',
    );
    const fed = found.find((e) => e.mentions.some((m) => m.surface === 'Fed'));
    expect(fed?.mentions.map((m) => m.surface)).toEqual(['U.S. Federal Reserve', 'Fed']);
    const congress = found.find((e) => e.mentions.some((m) => m.surface === 'Congress'));
    expect(congress?.mentions.map((m) => m.surface)).toEqual(['Congress']);
  });

  it('"Capt. James Sarnicki of the Linden Police Department" is a captain of that department', async () => {
    const found = await entitiesOf(
      'Title\n\nPolice said that Capt. James Sarnicki of the Linden Police Department told reporters of the arrest. Sarnicki said the man fired.',
    );
    expect(entity(found, 'james-sarnicki').definition?.phrase).toBe(
      'Capt. of the Linden Police Department',
    );
  });

  it('a name no lexicon knows is a person’s with "van" inside it, or when it says something; "Whole Foods said" is no person', async () => {
    const found = await entitiesOf(
      'Title\n\nThe findings matter, Joost van Hoof writes in an accompanying article. "It works," Teodric Valmberg says. Whole Foods said prices would fall.',
    );
    expect(entity(found, 'joost-van-hoof').kind).toBe('person');
    expect(entity(found, 'teodric-valmberg').kind).toBe('person');
    expect(entity(found, 'whole-foods').kind).not.toBe('person');
  });

  it('"the Netherlands’ Fontys University" is a university in the Netherlands, not one name', async () => {
    const found = await entitiesOf(
      'Title\n\nThe findings matter, said a researcher of the Netherlands’ Fontys University of Applied Sciences. St. Aldric’s Hospital agreed.',
    );
    expect(found.map((e) => e.name)).toEqual(
      expect.arrayContaining([
        'Netherlands',
        'Fontys University of Applied Sciences',
        'St. Aldric’s Hospital',
      ]),
    );
  });

  it('"X, which runs the service" is no person; "X, who runs the service" is', async () => {
    const found = await entitiesOf(
      'Title\n\nWestmoor Rail, which runs the half-hourly service, apologised. Dana Kell, who runs the depot, agreed.',
    );
    expect(entity(found, 'westmoor-rail').kind).not.toBe('person');
    expect(entity(found, 'dana-kell').kind).toBe('person');
  });

  it('"The Prudential Banking Authority (PBA), which supervises …" defines the body; "which had told …" does not', async () => {
    const found = await entitiesOf(
      "Title\n\nThe Prudential Banking Authority (PBA), which supervises the country's banks, approved the deal. Talks resumed after the Harbour Trust, which had told the board to sell, stepped in.",
    );
    expect(entity(found, 'prudential-banking-authority').definition).toMatchObject({
      phrase: "supervises the country's banks",
      form: 'relative',
    });
    expect(entity(found, 'harbour-trust').definition).toBeNull();
  });

  it('"The bank …" in a story of two banks is the bank named in the sentence before', async () => {
    const found = await entitiesOf(
      'Title\n\nHarlow Bank agreed to be bought by Caldmere Bank. Harlow Bank shares rose.\n\nCaldmere Bank has 11 million customers. The bank, which is based in Brantwick, was founded in 1862.',
    );
    expect(entity(found, 'caldmere-bank').mentions.map((m) => m.surface)).toContain('The bank');
    expect(entity(found, 'harlow-bank').mentions.map((m) => m.surface)).not.toContain('The bank');
  });

  it('"It employs …" after a body is named is a mention of it; "It was unclear …" is nobody', async () => {
    const found = await entitiesOf(
      'Title\n\nThe deal was agreed by Caldmere Bank on Monday. It employs 9,000 people.\n\nNorthfield Rail cut its services. It was unclear why.',
    );
    expect(entity(found, 'caldmere-bank').mentions.map((m) => m.surface)).toContain('It');
    expect(entity(found, 'northfield-rail').mentions.map((m) => m.surface)).not.toContain('It');
  });

  it('"Councillor Diane Whitcombe, who has led the council since 2019": a title is not part of the name, and the clause says more than the title', async () => {
    const found = await entitiesOf(
      'Title\n\nCouncillor Diane Whitcombe, who has led the council since 2019, defended the cuts. Senior Fire Investigator Colm Brereton examined the heater.',
    );
    expect(entity(found, 'diane-whitcombe').definition).toMatchObject({
      phrase: 'has led the council since 2019',
      form: 'relative',
    });
    expect(found.map((e) => e.name)).toContain('Colm Brereton');
  });
});

describe('a definition quoted from someone', () => {
  it('is taken only where the article itself gives none', async () => {
    const entities = await entitiesOf(
      [
        'Running mates',
        '',
        '“Mike Pence is the guy you feel the need to impress in church,” one strategist said.',
        '',
        'Pence, the governor of Indiana, spoke on Tuesday.',
        '',
        '“Tim Kaine is the relatable neighbour next door,” another added.',
      ].join('\n'),
    );
    expect(entity(entities, 'mike-pence').definition?.phrase).toBe('the governor of Indiana');
    expect(entity(entities, 'tim-kaine').definition?.phrase).toBe(
      'the relatable neighbour next door',
    );
  });
});

describe('what is not a definition', () => {
  it('is neither a noun with its participle after a name nor a scene set by "With …" before it', async () => {
    const entities = await entitiesOf(
      [
        'Arrest in Linden',
        '',
        'Mr. Carl Varrow, blood pouring from a wound in his shoulder, was loaded onto a stretcher.',
        '',
        'With the start of a new month, Tellby Labs has published its survey.',
        '',
        'Dana Orrin, the chief executive of Tellby Labs, welcomed the figures.',
      ].join('\n'),
    );
    expect(entity(entities, 'carl-varrow').definition).toBeNull();
    expect(entity(entities, 'tellby-labs').definition?.phrase ?? '').not.toContain('start');
    expect(entity(entities, 'dana-orrin').definition?.phrase).toBe(
      'the chief executive of Tellby Labs',
    );
  });
});

describe('definitions with abbreviations and nouns before a name', () => {
  it('reads past "St." and "Ms." inside a description, and takes no noun for no kind of person', async () => {
    const entities = await entitiesOf(
      [
        'Ward closed',
        '',
        'Gareth Pennock, the chief executive of St. Aldric’s Hospital, apologised on Monday.',
        '',
        'Anouk Sarrazin, who studied under Ms. Vranken, now leads the school.',
        '',
        'This is another image Elizabeth Snyder posted on Sunday.',
        '',
        'Fox News anchor Neil Cavuto asked about it, and his Chinese counterpart Wang Yi agreed.',
      ].join('\n'),
    );
    expect(entity(entities, 'gareth-pennock').definition?.phrase).toBe(
      'the chief executive of St. Aldric’s Hospital',
    );
    expect(entity(entities, 'anouk-sarrazin').definition?.phrase).toBe('studied under Ms. Vranken');
    expect(entity(entities, 'elizabeth-snyder').definition).toBeNull();
    expect(entity(entities, 'neil-cavuto').definition?.phrase).toBe('Fox News anchor');
    expect(entity(entities, 'wang-yi').definition?.phrase).toBe('Chinese counterpart');
  });
});

describe('brands written with a capital inside', () => {
  it('takes a common word set in capitals for emphasis ("anything CLOSE to") for no name; an acronym stays one', async () => {
    const entities = await entitiesOf(
      'Lab results\n\n“You won’t be getting anything CLOSE to what you paid for,” one user wrote.\n\nThe samples were sent to the lab by members of NATO staff.',
    );
    expect(entities.map((e) => e.slug)).not.toContain('close');
    expect(entities.map((e) => e.slug)).toContain('nato');
  });

  it('names "iPad Pro" and "eBay" whole, not "Pro" alone, and takes no unit ("kWh") for a name', async () => {
    const entities = await entitiesOf(
      [
        'Tablets',
        '',
        'Apple will introduce a new iPad Pro in March, according to the report.',
        '',
        'Sellers on eBay said the older iPad Pro still sells well.',
        '',
        'Its battery holds 0.03 kWh, and the screen cleaner has a pH of 7.',
      ].join('\n'),
    );
    expect(entities.some((e) => e.slug === 'kwh' || e.slug === 'ph')).toBe(false);
    expect(entity(entities, 'ipad-pro').mentions).toHaveLength(2);
    expect(entity(entities, 'ebay').name).toBe('eBay');
    expect(entities.some((e) => e.slug === 'pro')).toBe(false);
  });
});
