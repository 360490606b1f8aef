/**
 * "Who runs the hospital?", "Who coaches the club?": questions whose answer is the person
 * holding a role, which articles state with a role noun ("the chief executive of …", "the club's
 * manager"), not with the question's verb.
 */

/** Role nouns an article gives people, and the verbs of "who" clauses ("who chairs the board"). */
const ROLE_NOUN =
  /\b(?:leader|head|chief|director|executive|chair|chairman|chairwoman|chairperson|president|manager|coach|owner|founder|commander|governor|boss|officer|secretary|editor|principal|captain|ceo|cfo|coo|pm|minister|mayor|commissioner|superintendent|dean|rector|convenor|spokes(?:man|woman|person)|runs|heads|leads|chairs|manages|directs|(?:has|have) (?:led|run|headed|chaired|managed)|owns|founded|coaches|coached|trains|trained|will (?:run|lead|head|chair|manage)|maker|manufacturer|builder|producer|makes|manufactures|builds|produces)\b/i;
/** A role held no longer: "the former finance director" does not run the place now. */
const PAST_ROLE = /\b(?:former|ex-|retired|late|onetime|one-time|then)\b/i;

/** Question verbs (and phrases) that ask who holds a role, the role nouns that answer each, and whether a firm may hold it. */
const ROLE_VERBS: ReadonlyArray<[RegExp, RegExp, firms?: boolean]> = [
  // "Who is the boss of X?": a role asked with a noun answers like "Who runs X?" (tried first:
  // in "the boss of the train company", "train" is no verb).
  [
    /\b(?:boss|bosses|head|chief|leader|in charge)\s+(?:of|at)\b/i,
    /\b(?:leader|head|chief|director|executive|chair|chairman|chairwoman|chairperson|president|general secretary|manager|boss|ceo|principal|commissioner|governor|runs|heads|leads|chairs|manages|directs)\b/i,
  ],
  [
    /\b(?:runs?|running|ran|heads?|heading|headed|in charge(?: of)?|manages?|managing|directs?|oversees?)\b/i,
    /\b(?:leader|head|chief|director|executive|chair|chairman|chairwoman|chairperson|president|general secretary|manager|boss|ceo|officer|principal|commissioner|superintendent|governor|dean|rector|runs|heads|leads|chairs|manages|directs|(?:has|have) (?:led|run|headed|chaired|managed)|will (?:run|lead|head|chair|manage))\b/i,
  ],
  [
    /\b(?:leads?|leading|led)\b/i,
    /\b(?:leader|head|chief|chair|chairman|chairwoman|chairperson|president|general secretary|captain|commander|convenor|leads|heads|chairs|(?:has|have) (?:led|headed|chaired))\b/i,
  ],
  [
    /\b(?:coach(?:es|ing|ed)?|trains?)\b/i,
    /\b(?:coach|coaches|coached|manager|trainer|trains|trained)\b/i,
  ],
  [
    /\b(?:chairs?|chaired|chairing)\b/i,
    /\b(?:chair|chairs|chairman|chairwoman|chairperson|convenor)\b/i,
  ],
  [/\b(?:owns?|owned)\b/i, /\b(?:owners?|owns|proprietors?)\b/i],
  [/\b(?:found(?:ed)?|set up|started)\b/i, /\b(?:founders?|co-founders?|founded)\b/i],
  // "Who speaks for the tenants?": their spokesperson, or whoever chairs or leads their body.
  [
    /\b(?:speaks? for|speaking for)\b/i,
    /\b(?:spokes(?:man|woman|person)|chair|chairs|chairman|chairwoman|chairperson|leader|leads|president|secretary|represents|convenor)\b/i,
  ],
  [
    /\b(?:represents?|representing)\b/i,
    /\b(?:senator|sen|representative|rep|mp|member|councillor|councilor|delegate|lawyer|attorney|counsel|barrister|advocate|represents)\b/i,
  ],
  [/\b(?:edits?|edited)\b/i, /\beditor\b/i],
  // "Who makes the heaters?": "Tessmere Appliances, a home-appliance maker" (a firm holds it).
  [
    /\b(?:makes?|making|made|manufactures?|manufactured|builds?|built|produces?|produced)\b/i,
    /\b(?:maker|makers|manufacturer|manufacturers|builder|builders|producer|producers|makes|manufactures|builds|produces)\b/i,
    true,
  ],
];

/** A role a question asks about: the verb it asks with, and the role nouns that answer it. */
export interface AskedRole {
  verb: RegExp;
  nouns: RegExp;
  /** A firm may hold the role ("maker"), not only a person. */
  firms: boolean;
}

/** The role a "who" question asks about with a role verb ("Who runs …?"), or null when it has none. */
export function askedRole(question: string): AskedRole | null {
  for (const [verb, nouns, firms = false] of ROLE_VERBS)
    if (verb.test(question)) return { verb, nouns, firms };
  return null;
}

/** True when a description names a role of any kind: the people worth checking for a role question. */
export function holdsRole(description: string): boolean {
  return ROLE_NOUN.test(description);
}

/** A description that says its holder leads something ("who has led the museum since 2016"). */
const LEADS =
  /\b(?:runs|heads|leads|directs|manages|(?:has|have) (?:led|run|headed|directed|managed))\b/i;
/** The nouns for whoever leads something: "the museum director" is who has led the museum. */
const HEAD_NOUNS = ['director', 'head', 'chief', 'leader', 'boss'] as const;

/** Roles written by their initials ("Pakistan PM Imran Khan"), and the words they stand for. */
const ROLE_INITIALS: ReadonlyArray<[RegExp, readonly string[]]> = [
  [/\bPM\b/, ['prime', 'minister']],
  [/\bCEO\b/, ['chief', 'executive']],
  [/\bCFO\b/, ['chief', 'financial', 'officer']],
  [/\bCOO\b/, ['chief', 'operating', 'officer']],
];

/**
 * The role nouns a description implies without writing them: a head's, for one who leads; the
 * words of a role written by its initials ("PM": prime minister).
 */
export function impliedRoleNouns(description: string): readonly string[] {
  const implied: string[] = LEADS.test(description) ? [...HEAD_NOUNS] : [];
  for (const [initials, words] of ROLE_INITIALS)
    if (initials.test(description)) implied.push(...words);
  return implied;
}

/** True when a description says the role is no longer held ("the former finance director"), not "whose late husband". */
export function pastRole(description: string): boolean {
  const role = ROLE_NOUN.exec(description);
  return PAST_ROLE.test(description.slice(0, role?.index ?? description.length));
}
