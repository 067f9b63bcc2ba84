import { ROLE_FAMILIES } from './lexicon/titles.js';
import { normalizeEntityName } from './names.js';

/** An entity as the linker reads it (a structural subset of the contract's `EntityJson`). */
export interface LinkableEntity {
  readonly type: string;
  readonly name: string;
  readonly country: string | null;
  readonly roles?: readonly string[];
}

/** The corpus entity an article entity was linked to. */
export interface LinkedEntity {
  /** Stable corpus key, e.g. `person:USA:joe biden`, `org:CHN:foreign ministry`, `country:CHN`. */
  readonly key: string;
  /** The name the corpus first met it by (a full name, for a surname linked to it). */
  readonly name: string;
  /** True for a bare surname that no or several known full names end in, or a bare collective noun: linked to nobody. */
  readonly ambiguous: boolean;
  /**
   * `link/name`, `link/country`, `link/surname`, `link/acronym`, `link/ambiguous-surname`, `link/bare-name`,
   * `link/generic-group` or `link/role-conflict`.
   */
  readonly rule: string;
}

/** Serialised linker state. */
export interface EntityLinkerJson {
  readonly version: 1;
  readonly entries: readonly EntityEntry[];
}

interface EntityEntry {
  readonly key: string;
  readonly type: string;
  readonly norm: string;
  readonly country: string | null;
  readonly name: string;
  families: string[];
  /**
   * For an entity met without a country: the country a later mention of the same name brought (the first one only).
   * Mentions of another country are another entity; null or absent while no country has come.
   */
  claimed?: string | null;
}

const TYPE_TAG: Readonly<Record<string, string>> = {
  person: 'person',
  organization: 'org',
  group: 'group',
  place: 'place',
};

/**
 * The corpus key an entity gets on its own (no corpus context): type, country and normalised name. Countries key on
 * their ISO code alone.
 *
 * @example
 * corpusEntityKey({ type: 'person', name: 'Mr. Guo Jiakun', country: 'CHN' }) // 'person:CHN:guo jiakun'
 * corpusEntityKey({ type: 'country', name: 'China', country: 'CHN' })         // 'country:CHN'
 */
export function corpusEntityKey(e: LinkableEntity): string {
  if (e.type === 'country' && e.country) return `country:${e.country}`;
  return `${TYPE_TAG[e.type] ?? e.type}:${e.country ?? '-'}:${normalizeEntityName(e.name, e.type)}`;
}

function familiesOf(roles: readonly string[] | undefined): string[] {
  const out = new Set<string>();
  for (const r of roles ?? []) {
    const f = ROLE_FAMILIES.get(r.toLowerCase().split(' ').pop() ?? '');
    if (f) out.add(f);
  }
  return [...out];
}

/**
 * Links entities from many articles to corpus entities. A full name links to the known entity of the same type,
 * name and country; an entity without a country links to the only known country of that name; roles of two
 * different families (a professor and a senator of one name) keep two entities apart; an entity first met without a
 * country takes the first country a later mention of its name brings (either order gives one entity). A bare surname
 * links to the one known full name ending in it (roles permitting); when several full names share it, it is
 * `ambiguous` and merged with nobody, as is a bare surname no known full name ends in, and a bare collective noun
 * ("officials"). An all-capitals organisation name links to the one known organisation whose initials it is.
 *
 * Order matters as it does for a reader: links are made with what the corpus knew when the article arrived.
 *
 * @example
 * const linker = new EntityLinker();
 * linker.link({ type: 'person', name: 'Yun Sun', country: 'USA', roles: ['analyst'] }).key // 'person:USA:yun sun'
 * linker.link({ type: 'person', name: 'Sun', country: null }).key                         // 'person:USA:yun sun'
 */
export class EntityLinker {
  private readonly entries = new Map<string, EntityEntry>();
  /** `type:norm` → keys of that name (one per country / role family). */
  private readonly byName = new Map<string, string[]>();
  /** Surname → person keys with a full name ending in it. */
  private readonly bySurname = new Map<string, string[]>();
  /** Initials → organisation keys. */
  private readonly byInitials = new Map<string, string[]>();

  constructor(state?: EntityLinkerJson) {
    for (const e of state?.entries ?? []) this.register({ ...e, families: [...e.families] });
  }

  static fromJSON(state: EntityLinkerJson): EntityLinker {
    if (state.version !== 1) throw new RangeError(`EntityLinker: unknown state version ${String(state.version)}`);
    return new EntityLinker(state);
  }

  /** Known corpus entities. */
  get size(): number {
    return this.entries.size;
  }

  /** Links one article entity; new names become new corpus entities. */
  link(e: LinkableEntity): LinkedEntity {
    const norm = normalizeEntityName(e.name, e.type);
    if (e.type === 'country' && e.country) return this.ensure(e, norm, `country:${e.country}`, 'link/name');
    const families = familiesOf(e.roles);
    const words = norm.split(' ');
    // A bare collective noun ("officials", "Analysts", "residents") names different people in every article: it is
    // linked to nobody. With a country or an owner in its name ("Chinese officials", "EU diplomats") it is one group.
    if (e.type === 'group' && e.country === null && words.length === 1)
      return { key: `group:~:${norm}`, name: e.name, ambiguous: true, rule: 'link/generic-group' };

    // Bare surname of a person.
    if (e.type === 'person' && words.length === 1) {
      const cands = (this.bySurname.get(norm) ?? [])
        .map((k) => this.entries.get(k)!)
        .filter((x) => compatibleCountry(x.country, e.country) && compatibleFamilies(x.families, families));
      if (cands.length === 1) return this.use(cands[0]!, families, 'link/surname');
      if (cands.length > 1)
        return { key: `person:~:${norm}`, name: e.name, ambiguous: true, rule: 'link/ambiguous-surname' };
      // No known full name ends in it: a lone "Chen" in one article and a lone "Chen" in another are as likely two
      // people as one, so it is linked to nobody (a full name met later starts the entity).
      return { key: `person:~:${norm}`, name: e.name, ambiguous: true, rule: 'link/bare-name' };
    }
    // Acronym of a known organisation.
    if (
      (e.type === 'organization' || e.type === 'group') &&
      words.length === 1 &&
      /^\p{Lu}{2,6}$/u.test(e.name.replace(/\./g, ''))
    ) {
      const cands = (this.byInitials.get(norm) ?? [])
        .map((k) => this.entries.get(k)!)
        .filter((x) => compatibleCountry(x.country, e.country));
      if (cands.length === 1) return this.use(cands[0]!, families, 'link/acronym');
    }
    // Same type and name.
    const same = (this.byName.get(`${e.type}:${norm}`) ?? []).map((k) => this.entries.get(k)!);
    if (e.country) {
      const exact = same.filter((x) => x.country === e.country && compatibleFamilies(x.families, families));
      if (exact.length >= 1) return this.use(exact[0]!, families, 'link/name');
      // Met before without a country ("Tomas Reyes said"), now with one ("Finance Minister Tomas Reyes of Spain"):
      // the same entity, as in the other order — unless the name is known with another country, or the country-less
      // entity already took another one.
      const compatible = same.filter((x) => x.country === null && compatibleFamilies(x.families, families));
      const taken = compatible.find((x) => x.claimed === e.country);
      if (taken) return this.use(taken, families, 'link/country');
      const bare = compatible.filter((x) => x.claimed == null);
      if (bare.length === 1 && !same.some((x) => x.country !== null)) {
        bare[0]!.claimed = e.country;
        return this.use(bare[0]!, families, 'link/country');
      }
    } else {
      const fit = same.filter((x) => compatibleFamilies(x.families, families));
      const countries = new Set(fit.map((x) => x.country));
      if (fit.length >= 1 && countries.size === 1) return this.use(fit[0]!, families, 'link/country');
      // Several countries know this name: stay with the country-less entity, if any.
      const bare = fit.find((x) => x.country === null);
      if (bare) return this.use(bare, families, 'link/name');
    }
    const base = corpusEntityKey(e);
    let key = base;
    let rule = 'link/name';
    if (this.entries.has(key)) {
      // Same name and country, roles of another family: another person.
      rule = 'link/role-conflict';
      key = `${base}#${families[0] ?? 'other'}`;
      for (let i = 2; this.entries.has(key); i++) key = `${base}#${families[0] ?? 'other'}${i}`;
    }
    return this.ensure(e, norm, key, rule, families);
  }

  /**
   * The known person a bare speaker name refers to, for a quote or position whose speaker has no entity in its
   * article ("Volkova said"): the one known person of that full name, or the one full name ending in that surname.
   * Never creates an entity; null when the name fits no one or several.
   *
   * @example
   * linker.link({ type: 'person', name: 'Daria Volkova', country: null });
   * linker.resolvePerson('Volkova'); // { key: 'person:-:daria volkova', name: 'Daria Volkova', … rule: 'link/surname' }
   */
  resolvePerson(name: string): LinkedEntity | null {
    const norm = normalizeEntityName(name, 'person');
    if (!norm || !/\p{L}/u.test(norm)) return null;
    const words = norm.split(' ');
    const keys = words.length === 1 ? this.bySurname.get(norm) : this.byName.get(`person:${norm}`);
    const only = keys?.length === 1 ? keys[0] : undefined;
    if (only === undefined) return null;
    const x = this.entries.get(only)!;
    return { key: x.key, name: x.name, ambiguous: false, rule: words.length === 1 ? 'link/surname' : 'link/name' };
  }

  toJSON(): EntityLinkerJson {
    return { version: 1, entries: [...this.entries.values()].map((e) => ({ ...e, families: [...e.families] })) };
  }

  private use(x: EntityEntry, families: string[], rule: string): LinkedEntity {
    for (const f of families) if (!x.families.includes(f)) x.families.push(f);
    return { key: x.key, name: x.name, ambiguous: false, rule };
  }

  private ensure(e: LinkableEntity, norm: string, key: string, rule: string, families: string[] = []): LinkedEntity {
    const x = this.entries.get(key);
    if (x) return this.use(x, families, rule);
    const entry: EntityEntry = { key, type: e.type, norm, country: e.country, name: e.name, families: [...families] };
    this.register(entry);
    return { key, name: e.name, ambiguous: false, rule };
  }

  private register(x: EntityEntry): void {
    this.entries.set(x.key, x);
    push(this.byName, `${x.type}:${x.norm}`, x.key);
    const words = x.norm.split(' ');
    if (x.type === 'person' && words.length >= 2) push(this.bySurname, words[words.length - 1]!, x.key);
    if ((x.type === 'organization' || x.type === 'group') && words.length >= 2) {
      const initials = words
        .filter((w) => !/^(of|the|and|for|on|in|de|du|la|le)$/.test(w))
        .map((w) => w[0])
        .join('');
      if (initials.length >= 2) push(this.byInitials, initials, x.key);
    }
  }
}

function compatibleCountry(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

function compatibleFamilies(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  return a.some((f) => b.includes(f));
}

function push(m: Map<string, string[]>, k: string, v: string): void {
  const l = m.get(k);
  if (l) {
    if (!l.includes(v)) l.push(v);
  } else m.set(k, [v]);
}
