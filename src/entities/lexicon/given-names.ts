// Data only. Common given names in English-language news (English, Spanish/Portuguese, French, German, Italian,
// Slavic, Arabic, Persian, Turkish, Indian, Japanese, Korean forms). A capitalised run of two or three words that
// starts with one of these is taken as a person even without a title or reporting verb ("John Smith and Jane Doe
// signed"). Names that are also ordinary capitalised words in headlines or places ("Virginia", "Georgia", "Paris",
// "Will", "Mark" before a noun…) are left out on purpose.
const NAMES = `
aaron abdul abdullah abdel abu adam adrian ahmad ahmed aisha akira alan albert alberto alejandro aleksandr alex
alexander alexandra alexei ali alice alicia alina amanda amir amy ana anastasia anders andre andrea andreas andrew
andrzej angela angelo anna anne annalena anthony antonio antony ari ariel arnold arthur ashley barbara ben benjamin
bernard bernie beth betty bill bob bonnie boris brad brandon brett brian bruce bruno carl carla carlos carmen
caroline catherine cecilia charles charlie chris christian christina christine christopher claire claudia colin
cristina cynthia dan daniel daniela david deborah dennis diana diego dmitry dmitri dominic donald donna doug douglas
edward elena eli elizabeth ellen emily emma emmanuel enrique eric erik ernesto eva evan fatima felipe fernando
francesca francisco frank franz fred friedrich gabriel gary george georg gerald gerhard gina giorgia giovanni
giuseppe gloria gordon grace greg gregory guillermo gustavo hamid hannah hans harold harry hassan heather heinz
helen helmut henry hillary hiroshi holly howard hugo hussein ian igor ilya irina isaac ivan jack jacob jacques
jake james jan jane janet jason javier jean jeff jeffrey jennifer jeremy jerome jessica jim jimmy joan joe joel
johann johannes john jon jonathan jorge jose josef joseph joshua juan judith julia julian julie justin kamala
karen karl kate katherine kathleen keith kelly ken kenneth kevin kim kimberly klaus kristin kurt larry laura
lauren lawrence leonardo leon liam linda lisa liz lorenzo louis lucas lucia luis luiz luke mahmoud manuel
marc marcelo marco marcos margaret maria marie marina mario marta martin mary matteo matthew mauro max maxim
megan mehmet melissa michael michel michelle miguel mike mikhail mohamed mohammad mohammed monica muhammad
murat mustafa nadia nancy naomi natalia natasha nathan neil nicholas nick nicola nicolas nikolai nina noah
nora olaf olga oliver olivia olof omar oscar pablo pamela patricia patrick paul paula pedro peter philip
philippe pierre rachel rafael rahul raj ralph ramon randy raul rebecca recep reza ricardo richard rick rita
robert roberto robin roger roland ron ronald rosa ruth ryan sabine sadiq sam samantha samuel sandra sarah
scott sean sebastian sergei sergey shigeru simon sofia sophie stefan stefano stephanie stephen steve steven
susan sven takeshi tamara tanya ted teresa thomas tim timothy tina todd tom tony tyler ursula valentina
valerie vanessa vera victor vincent vladimir walter wayne wendy william wolfgang xavier yasmin yuki yuri
yusuf zoe
`;

/** Lower-cased given names. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));

/** Short forms of given names, so "Joe Biden" and "Joseph R. Biden Jr." are one person. Key: short, value: full. */
export const NICKNAMES: ReadonlyMap<string, string> = new Map([
  ['joe', 'joseph'],
  ['bill', 'william'],
  ['will', 'william'],
  ['bob', 'robert'],
  ['rob', 'robert'],
  ['mike', 'michael'],
  ['jim', 'james'],
  ['jimmy', 'james'],
  ['tom', 'thomas'],
  ['dick', 'richard'],
  ['rick', 'richard'],
  ['dan', 'daniel'],
  ['dave', 'david'],
  ['steve', 'stephen'],
  ['chris', 'christopher'],
  ['tony', 'anthony'],
  ['ted', 'edward'],
  ['ed', 'edward'],
  ['liz', 'elizabeth'],
  ['beth', 'elizabeth'],
  ['kate', 'katherine'],
  ['alex', 'alexander'],
  ['nick', 'nicholas'],
  ['sam', 'samuel'],
  ['ben', 'benjamin'],
  ['matt', 'matthew'],
  ['pat', 'patrick'],
  ['jeff', 'jeffrey'],
  ['greg', 'gregory'],
  ['larry', 'lawrence'],
  ['andy', 'andrew'],
  ['don', 'donald'],
  ['ron', 'ronald'],
  ['hillary', 'hillary'],
]);
