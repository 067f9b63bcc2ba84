/**
 * A synthetic news corpus for the ingest benchmark and the store/ingest tests: varied articles built from templates
 * written for Parley (topics, actors with roles and countries, quotes with speech-act cues, denials, numbers,
 * datelines), plus syndicated copies (edited headline, added dateline, trimmed paragraph) and exact re-sends, all
 * from a seeded generator so every run is the same.
 */

/** mulberry32: a small, fast, seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

interface Person {
  readonly name: string;
  readonly role: string;
  readonly org: string;
  readonly country: string;
}

const COUNTRIES = [
  ['China', 'Beijing', 'Chinese'],
  ['the United States', 'Washington', 'American'],
  ['Germany', 'Berlin', 'German'],
  ['Brazil', 'Brasilia', 'Brazilian'],
  ['India', 'New Delhi', 'Indian'],
  ['Japan', 'Tokyo', 'Japanese'],
  ['Kenya', 'Nairobi', 'Kenyan'],
  ['France', 'Paris', 'French'],
  ['Turkey', 'Ankara', 'Turkish'],
  ['Mexico', 'Mexico City', 'Mexican'],
  ['Indonesia', 'Jakarta', 'Indonesian'],
  ['Nigeria', 'Abuja', 'Nigerian'],
] as const;

const FIRST = [
  'Maria',
  'Chen',
  'Ahmed',
  'Laura',
  'Kenji',
  'Amara',
  'Pierre',
  'Elif',
  'Rafael',
  'Priya',
  'Tomas',
  'Nadia',
];
const LAST = [
  'Okafor',
  'Lindqvist',
  'Haddad',
  'Moreau',
  'Tanaka',
  'Silva',
  'Kowalski',
  'Wei',
  'Demir',
  'Rao',
  'Mensah',
  'Ortega',
];
const ROLES = [
  ['foreign minister', 'Foreign Ministry'],
  ['trade minister', 'Ministry of Commerce'],
  ['spokesperson', 'Foreign Ministry'],
  ['central bank governor', 'Central Bank'],
  ['opposition leader', 'National Alliance'],
  ['defence minister', 'Defence Ministry'],
  ['union leader', 'Federation of Workers'],
  ['chief executive', 'Northwind Energy'],
] as const;

const TOPICS = [
  {
    key: 'tariffs',
    title: ['{A} raises tariffs on {B} goods', '{A} and {B} trade dispute deepens', 'New tariffs strain {A}-{B} ties'],
    facts: [
      '{A} announced tariffs of {n} percent on {n2} billion dollars of imports from {B} on {day}.',
      'The measures cover steel, solar panels and electric vehicles, officials in {capA} said.',
      'Exports from {B} to {A} fell {n} percent in the last quarter, according to customs data.',
    ],
    claim: '{A} and {B} held secret trade talks',
  },
  {
    key: 'quake',
    title: [
      'Strong earthquake hits {B}',
      'Quake of magnitude {m} strikes near {capB}',
      'Rescuers search rubble after {B} quake',
    ],
    facts: [
      'An earthquake of magnitude {m} struck {n} kilometres from {capB} early on {day}, the geological survey said.',
      'At least {n2} people were killed and hundreds injured as buildings collapsed in three districts.',
      'Rescue teams from {A} arrived on {day} with sniffer dogs and heavy equipment.',
    ],
    claim: 'the government ignored warnings about unsafe buildings',
  },
  {
    key: 'election',
    title: ['{B} heads to the polls', 'Tight race as {B} votes', 'Opposition cries foul in {B} election'],
    facts: [
      'Voters in {B} cast ballots on {day} in an election seen as a test for the governing coalition.',
      'Turnout reached {n} percent by mid-afternoon, the electoral commission said.',
      'Observers from {A} reported long queues and scattered technical problems at polling stations.',
    ],
    claim: 'ballots were destroyed in several districts',
  },
  {
    key: 'strike',
    title: ['Workers strike across {B}', 'Port strike halts shipping in {B}', '{B} unions reject pay offer'],
    facts: [
      'Thousands of workers walked off the job in {capB} on {day}, demanding a pay rise of {n} percent.',
      "The strike halted operations at the country's two largest ports and delayed {n2} cargo ships.",
      "Talks between the unions and the employers' federation broke down late on {day}.",
    ],
    claim: 'the employers offered a pay rise of {n} percent',
  },
  {
    key: 'summit',
    title: [
      '{A} and {B} leaders meet in {capB}',
      'Summit in {capB} ends with climate pledge',
      '{A}, {B} sign energy pact',
    ],
    facts: [
      'Leaders of {A} and {B} met in {capB} on {day} for two days of talks on energy and security.',
      'The two sides signed agreements worth {n2} billion dollars covering gas pipelines and wind farms.',
      'Protesters gathered outside the venue, calling for faster cuts to coal use.',
    ],
    claim: '{A} agreed to supply weapons to {B}',
  },
  {
    key: 'sanctions',
    title: [
      '{A} imposes sanctions on {B} officials',
      'New sanctions target {B} banks',
      '{B} vows response to {A} sanctions',
    ],
    facts: [
      '{A} imposed sanctions on {n} officials and {n2} companies from {B} on {day}, freezing their assets.',
      'The measures follow reports of cyberattacks on power grids, officials in {capA} said.',
      'The currency of {B} fell {n} percent against the dollar after the announcement.',
    ],
    claim: '{B} was behind the cyberattacks',
  },
] as const;

const FIRM = [
  '"We will not accept pressure from anyone," {P}, {R}, {S}. "Our position has been clear from the start and it will not change."',
  '"This is a decision for our people and nobody else," {P}, {R}, {S}.',
  '{P}, {R}, {S} that the government "will defend its interests by every lawful means".',
  '"Nobody should doubt our resolve," {P}, {R}, {S}, adding that talks remained possible "on equal terms".',
  '"We have been patient for {n} months, and patience has limits," {P}, {R}, {S}.',
  '{P}, {R}, promised that "every family affected will receive help within {n} days".',
  '"The numbers speak for themselves," {P}, {R}, {S}. "We expected {n2}, and we got far less."',
  '{P}, {R}, accused rivals of "playing politics with people\'s lives" in remarks on {day}.',
];
const ANALYST = [
  '"Markets hate uncertainty, and this adds a lot of it," said {Q}, an economist at the {I}.',
  '"The risk is that both sides dig in for months," said {Q}, a senior fellow at the {I}.',
  '{Q} of the {I} said the episode showed "how fragile the arrangement has become".',
  '"I would not expect a breakthrough before {day}," said {Q}, who studies the region at the {I}.',
  'According to {Q} at the {I}, the costs could reach {n2} million dollars by the end of the year.',
  '"This was predictable," said {Q} of the {I}. "The warning signs were there for {n} weeks."',
];
const CLOSE = [
  'Talks are expected to resume next {day}.',
  'A parliamentary committee will hold hearings on the matter next {day}.',
  'The ministry said it would publish a full report within {n} days.',
  'Neither side gave a date for further meetings.',
  'Shares in {I2} fell {n} percent in early trading.',
  'The United Nations called on all parties to show restraint.',
];
const INSTITUTES = [
  'Institute for Policy Studies',
  'Centre for Global Affairs',
  'Bank of Commerce',
  'Lakeside University',
  'Harbor Research Group',
  'Council on Economic Futures',
];
const SAY = ['said', 'told reporters', 'said in a statement', 'added', 'said on {day}'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const OUTLETS = ['Daily Ledger', 'Morning Wire', 'Global Post', 'City Herald', 'Evening Standardist', 'Asia Dispatch'];
const AGENCIES = ['(AP)', '(Reuters)', '(AFP)'];

export interface SyntheticArticle {
  readonly id: string;
  readonly title: string;
  readonly published: string;
  readonly source: string;
  readonly url: string;
  readonly text: string;
  /** The id of the article it copies, for copies and re-sends. */
  readonly copyOf: string | null;
  readonly topic: string;
}

/** Templates split once into literal text and `{key}` names (odd indexes): filling one is a join, not a regex pass. */
const SPLIT = new Map<string, string[]>();

function fill(t: string, v: Record<string, string>): string {
  let parts = SPLIT.get(t);
  if (!parts) {
    parts = t.split(/\{(\w+)\}/);
    if (SPLIT.size < 10_000) SPLIT.set(t, parts);
  }
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) out += (v[parts[i]!] ?? parts[i]!) + parts[i + 1]!;
  return out;
}

function person(r: () => number): Person {
  const [role, org] = pick(r, ROLES);
  const c = pick(r, COUNTRIES);
  return { name: `${pick(r, FIRST)} ${pick(r, LAST)}`, role: `${c[2]} ${role}`, org, country: c[0] };
}

/** One original article. */
function original(r: () => number, i: number, base: number): SyntheticArticle {
  const topic = pick(r, TOPICS);
  const a = pick(r, COUNTRIES);
  let b = pick(r, COUNTRIES);
  if (b === a) b = COUNTRIES[(COUNTRIES.indexOf(a) + 1) % COUNTRIES.length]!;
  const published = new Date(base + i * 60_000 * 7).toISOString();
  const v: Record<string, string> = {
    A: a[0].replace(/^the /, 'The '),
    B: b[0].replace(/^the /, 'The '),
    capA: a[1],
    capB: b[1],
    day: pick(r, DAYS),
    n: String(2 + Math.floor(r() * 60)),
    n2: String(10 + Math.floor(r() * 900)),
    m: (5 + r() * 3).toFixed(1),
  };
  const p1 = person(r);
  const p2 = person(r);
  const p3 = person(r);
  const claim = fill(topic.claim, v).replace(/^The /, 'the ');
  const paras: string[] = [];
  const facts = [...topic.facts].sort(() => r() - 0.5);
  paras.push(facts.map((f) => fill(f, v)).join(' '));
  const q = `${pick(r, FIRST)} ${pick(r, LAST)}`;
  const w = {
    ...v,
    P: p1.name,
    R: `the ${p1.role}`,
    S: fill(pick(r, SAY), v),
    Q: q,
    I: pick(r, INSTITUTES),
    I2: pick(r, INSTITUTES),
  };
  paras.push(fill(pick(r, FIRM), w));
  if (r() < 0.5) paras.push(fill(pick(r, FIRM), { ...w, P: p3.name, R: `the ${p3.role}`, S: fill(pick(r, SAY), v) }));
  paras.push(`${p2.name}, the ${p2.role}, said that ${claim}. ${fill(pick(r, topic.facts), v)}`);
  paras.push(
    `The ${p3.org} denied that ${claim}, calling the reports "${pick(r, ['baseless and irresponsible', 'pure fiction', 'false', 'a fabrication'])}". ` +
      `${p3.name}, who leads the ${p3.org}, warned that ${v.B} would respond to any further steps.`,
  );
  paras.push(fill(pick(r, ANALYST), w));
  if (r() < 0.5)
    paras.push(fill(pick(r, ANALYST), { ...w, Q: `${pick(r, FIRST)} ${pick(r, LAST)}`, I: pick(r, INSTITUTES) }));
  paras.push(fill(pick(r, CLOSE), w));
  const title = fill(pick(r, topic.title), v);
  const source = pick(r, OUTLETS);
  const id = `syn-${i}`;
  return {
    id,
    title,
    published,
    source,
    url: `https://${source.toLowerCase().replace(/\s+/g, '')}.example/${topic.key}/${i}`,
    text: `${title}\n\n${paras.join('\n\n')}\n`,
    copyOf: null,
    topic: topic.key,
  };
}

/** A syndicated copy: new headline and outlet, an agency dateline, sometimes a paragraph cut or added. */
function syndicate(r: () => number, src: SyntheticArticle, i: number): SyntheticArticle {
  const paras = src.text.trim().split('\n\n').slice(1);
  const [first, ...rest] = paras;
  const capital = pick(r, COUNTRIES)[1].toUpperCase();
  const edited = [`${capital} ${pick(r, AGENCIES)} — ${first}`, ...rest];
  if (r() < 0.4 && edited.length > 4) edited.pop();
  if (r() < 0.3) edited.push('This story has been updated with additional reporting.');
  const title = `${src.title}${pick(r, ['', ': officials', ' — report', ' amid tensions'])}`;
  const source = pick(r, OUTLETS);
  return {
    id: `syn-${i}`,
    title,
    published: new Date(Date.parse(src.published) + 3_600_000).toISOString(),
    source,
    url: `https://${source.toLowerCase().replace(/\s+/g, '')}.example/wire/${i}`,
    text: `${title}\n\n${edited.join('\n\n')}\n`,
    copyOf: src.id,
    topic: src.topic,
  };
}

export interface CorpusOptions {
  readonly seed?: number;
  /** Share of syndicated copies (default 0.05) and of exact re-sends under a new id and URL (default 0.02). */
  readonly copyRate?: number;
  readonly resendRate?: number;
  /** First published date (ms). */
  readonly start?: number;
}

/**
 * `n` articles, streamed (memory does not grow with n; copies draw from a small ring of recent originals).
 *
 * @example
 * for (const a of syntheticCorpus(1000)) console.log(a.id, a.title);
 */
export function* syntheticCorpus(n: number, o: CorpusOptions = {}): Generator<SyntheticArticle> {
  const r = rng(o.seed ?? 42);
  const copyRate = o.copyRate ?? 0.05;
  const resendRate = o.resendRate ?? 0.02;
  const base = o.start ?? Date.parse('2026-01-05T06:00:00Z');
  const recent: SyntheticArticle[] = [];
  for (let i = 0; i < n; i++) {
    const x = r();
    let a: SyntheticArticle;
    if (recent.length > 0 && x < copyRate) a = syndicate(r, pick(r, recent), i);
    else if (recent.length > 0 && x < copyRate + resendRate) {
      const src = pick(r, recent);
      a = { ...src, id: `syn-${i}`, url: `${src.url}?resend=${i}`, copyOf: src.id };
    } else {
      a = original(r, i, base);
      recent.push(a);
      if (recent.length > 50) recent.shift();
    }
    yield a;
  }
}

/** One JSON Lines record of an article (the reader's `id`, `url`, `title`, `published`, `source`, `text`). */
export const toJsonLine = (a: SyntheticArticle): string =>
  JSON.stringify({ id: a.id, url: a.url, title: a.title, published: a.published, source: a.source, text: a.text });
