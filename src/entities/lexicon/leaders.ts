// Data only. A deliberately small table: people news names by surname alone whom the entity stage must know to
// be persons with a country ("Trump to Xi"). The events stage owns the full, dated leaders table (src/events/);
// this one only decides person-hood and country. `names`: full name first, then the short forms used alone.
export interface KnownPerson {
  readonly names: readonly string[];
  readonly country: string;
  readonly note?: string;
}

export const KNOWN_PEOPLE: readonly KnownPerson[] = Object.freeze([
  { names: ['Donald Trump', 'Trump'], country: 'USA' },
  { names: ['Joe Biden', 'Biden'], country: 'USA' },
  { names: ['Barack Obama', 'Obama'], country: 'USA' },
  { names: ['Xi Jinping', 'Xi'], country: 'CHN', note: 'family name first: "Xi" is the short form' },
  { names: ['Li Qiang'], country: 'CHN' },
  { names: ['Wang Yi'], country: 'CHN' },
  { names: ['Vladimir Putin', 'Putin'], country: 'RUS' },
  { names: ['Sergei Lavrov', 'Lavrov'], country: 'RUS' },
  { names: ['Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Zelensky', 'Zelenskyy'], country: 'UKR' },
  { names: ['Narendra Modi', 'Modi'], country: 'IND' },
  { names: ['Emmanuel Macron', 'Macron'], country: 'FRA' },
  { names: ['Olaf Scholz', 'Scholz'], country: 'DEU' },
  { names: ['Friedrich Merz', 'Merz'], country: 'DEU' },
  { names: ['Keir Starmer', 'Starmer'], country: 'GBR' },
  { names: ['Giorgia Meloni', 'Meloni'], country: 'ITA' },
  { names: ['Recep Tayyip Erdogan', 'Erdogan', 'Erdoğan'], country: 'TUR' },
  { names: ['Benjamin Netanyahu', 'Netanyahu'], country: 'ISR' },
  { names: ['Shigeru Ishiba', 'Ishiba'], country: 'JPN' },
  { names: ['Luiz Inácio Lula da Silva', 'Lula da Silva', 'Lula'], country: 'BRA' },
  { names: ['Javier Milei', 'Milei'], country: 'ARG' },
  { names: ['Kim Jong Un', 'Kim Jong-un'], country: 'PRK' },
  { names: ['Kassym-Jomart Tokayev', 'Tokayev'], country: 'KAZ' },
  { names: ['Ursula von der Leyen', 'von der Leyen'], country: 'DEU', note: 'President of the European Commission' },
]);
