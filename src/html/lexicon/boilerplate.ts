/**
 * Short lines that are page furniture, not article text, when they stand alone as a block. Each pattern is tested
 * against a whole block of at most MAX_BOILERPLATE_CHARS characters (case-insensitive); longer blocks are article
 * text whatever they contain.
 */
export const MAX_BOILERPLATE_CHARS = 160;
/** A pattern with its own `max` may match longer blocks, up to this. */
export const MAX_LONG_BOILERPLATE_CHARS = 400;

export const BOILERPLATE_PATTERNS: readonly { readonly re: RegExp; readonly note: string; readonly max?: number }[] =
  Object.freeze([
    { re: /^subscribe to \S+( \S+)? (and|to|for)\b|^every (day|week|morning) we send\b/, note: 'subscription pitches' },
    { re: /^(post|add|write|leave) (a )?(comment|reply)\b/, note: 'comment buttons' },
    { re: /^(личный архив|фото|источник|читайте также)\b/, note: 'Russian credits and cross-links' },
    {
      re: /\bthis (post|article|page) (may )?contains? affiliate|\baffiliate links?\b.{0,60}\bdisclosure/,
      note: 'affiliate disclosures',
    },
    {
      re: /^(schon gelesen|auch lesen|zum weiterlesen|das könnte dich( auch interessieren)?|neueste artikel|meist[- ]diskutiert|meistgelesen|puedes ver|te recomendamos|externer inhalt|originalartikel|permalien|permalink)\b/,
      note: 'cross-links and widgets, more languages',
    },
    {
      re: /^(titelbild|bildquelle|fotos?|źródło|quelle|quellenangaben|quellen|kontakt|autoren?|von|crédito|credits?)(\s*:.{0,80})?$|^bild via\b/,
      note: 'credit and contact labels ("Quelle: dpa", "Von: …")',
    },
    { re: /^\(?(crédito|credit|foto|bild|photo)\s*:/, note: 'bracketed credits' },
    {
      re: /\b(nicht eingeloggt|not logged in|respektieren deine privatsphäre|respect your privacy)\b/,
      note: 'account and privacy notices',
    },
    {
      re: /\b(artikel bewerten|rate this article|hear what you think|artikel gefallen|never miss the latest|get the .{1,40} (daily|newsletter|app))\b/,
      note: 'engagement prompts',
    },
    { re: /^(anzeige|werbung|kommentare insgesamt|aufrufe)\b/, note: 'ad labels and counters' },
    {
      re: /^(read|see|view|watch|listen)\s+(more|also|next|the full|full)\b/,
      note: 'cross-links: "Read more", "See also…"',
    },
    {
      re: /^(related|more from|more on|recommended|most (read|popular|viewed)|trending|also on|you may also like|you might also like|further reading)\b/,
      note: 'related-story headers',
    },
    {
      re: /\b(subscribe to|sign up for)\b.*\bnewsletters?\b|\bright in your inbox\b|^get the latest\b.*\b(inbox|newsletter)/,
      note: 'newsletter prompts, inline',
    },
    {
      re: /^(have a (news )?tip|got a (news )?tip|want more stories like this|don'?t miss)\b/,
      note: 'tip lines and teasers',
    },
    {
      re: /\[(insight|video|reaction|pictures|pics|poll|latest|analysis|report|live|revealed|explained|comment|opinion)\]$/,
      note: 'tabloid related-story links',
    },
    { re: /©|\bcopyright\b.*\d{4}|\ball rights reserved\b/, note: 'copyright footers' },
    {
      re: /^(lesen sie (auch|mehr)|auch interessant|das könnte sie auch interessieren|mehr zum thema|weitere (informationen|artikel|beiträge|nachrichten)|weiterlesen|mehr lesen|zum artikel|lade weitere|mehr anzeigen|ähnliche (artikel|beiträge)|verwandte (artikel|beiträge))\b/,
      note: 'German cross-links',
    },
    {
      re: /^(à lire aussi|lire aussi|lire la suite|voir aussi|sur le même sujet|articles? (similaires|liés)|leer más|lea también|te puede interesar|leia (também|mais)|veja também|leggi anche|leggi di più|potrebbe interessarti|lees ook|lees meer|czytaj (też|także|więcej))\b/,
      note: 'cross-links in other languages',
    },
    {
      re: /^(newsletter abonnieren|jetzt abonnieren|abonnieren sie|inscrivez-vous|abonnez-vous|suscríbete|iscriviti)\b/,
      note: 'newsletter prompts in other languages',
    },
    {
      re: /^(teilen|diesen (artikel|beitrag) teilen|artikel teilen|partager|compartir|condividi|compartilhe)\b.{0,60}$/,
      note: 'share bars in other languages',
    },
    {
      re: /^(kommentare?( geschlossen| schreiben| anzeigen)?|\d+ kommentare?|kommentieren|commentaires?|comentarios?|commenti)$/,
      note: 'comment prompts in other languages',
    },
    {
      re: /\bals pdf herunterladen\b|^drucken$|^(print|imprimer|imprimir|stampa) (this|cette|esta)?/,
      note: 'print / download links',
    },
    { re: /^(this entry was posted|dieser (eintrag|beitrag) wurde .{0,40}veröffentlicht)/, note: 'blog post footers' },
    {
      re: /^(sign up|subscribe|get our|join our|register for)\b.*\b(newsletter|email|emails|updates|inbox|briefing|digest)\b/,
      note: 'newsletter prompts',
    },
    { re: /\bnewsletter\b.*\b(sign up|subscribe|inbox)\b/, note: 'newsletter prompts, other order' },
    {
      re: /\b(we use|this (site|website) uses|uses) cookies\b|\bcookie (policy|settings|preferences)\b|\baccept (all )?cookies\b/,
      note: 'cookie banners',
    },
    {
      re: /^(share|share this( article| story| page)?|share on|share via|tweet|email this|print this|copy link)\b[\s\S]{0,60}$/,
      note: 'share bars',
    },
    {
      re: /^(facebook|twitter|linkedin|whatsapp|pinterest|reddit|email|print|x)(\s*[|·•,/]?\s*(facebook|twitter|linkedin|whatsapp|pinterest|reddit|email|print|x|messenger|telegram))+$/,
      note: 'share-button rows',
    },
    { re: /^follow us\b|^follow (him|her|them|me) on\b/, note: 'social prompts' },
    {
      re: /^advertisement$|^ad$|^sponsored( content)?$|^continue reading( below| the main story)?\b|^story continues below\b|^article continues below\b/,
      note: 'ad markers',
    },
    { re: /^(click|tap) here\b|\bclick here (for|to)\b/, note: 'calls to action' },
    {
      re: /^(advert|advertisement|anzeige|werbung|publicidad|publicité|pubblicità|reklama|sponsored|partner content)$/,
      note: 'ad labels in several languages',
    },
    {
      re: /^tell us what you think|^what do you think\?*$|^let us know (what you think|in the comments)/,
      note: 'comment prompts',
    },
    {
      re: /\b(posted by|publicado por|publié par|pubblicato da|veröffentlicht von|geschrieben von|written by|autor:|author:)\b.{0,80}$/,
      note: 'post meta lines',
    },
    { re: /^(all rights reserved|copyright\b|©)/, note: 'copyright lines' },
    {
      re: /^(leave a (comment|reply)|\d+ comments?|comments?|show comments|view comments|join the (conversation|discussion))\b/,
      note: 'comment prompts',
    },
    {
      re: /^(we'?re sorry|sorry), (this|your) (browser|video)|^your browser does not support\b|^please enable javascript\b/,
      note: 'player/browser notices',
    },
    { re: /^(tags?|topics?|filed under|categories)\s*:/, note: 'tag lists' },
    {
      re: /^(updated|published|posted|last updated|first published|last modified|aktualisiert|zuletzt aktualisiert|veröffentlicht|erschienen|actualizado|publicado|mis à jour|publié|pubblicato|aggiornato|opublikowano|zaktualizowano)\b.{0,60}\d.{0,30}$|^(aktualisiert|veröffentlicht|erschienen) am$|^(opublikowano|zaktualizowano)$/,
      note: 'date lines',
    },
    {
      re: /^(newsletter|skip to (main )?content|back to top|top of page|menu|search|home|sign in|log in|breaking news|latest news|caption|close|next|previous|zurück|weiter)$/,
      note: 'navigation words',
    },
    { re: /^(e-?mail|contact|follow) .{0,80}(@\w|twitter|facebook)/, note: 'author contact lines' },
    {
      re: /^(get|receive) .{0,40}\b(alerts|emails|newsletters?)\b|^breaking news (emails|alerts)$|^subscribe( now| today)?$/,
      note: 'alert sign-ups',
    },
    { re: /^(source|quelle|fuente|fonte)\s*:\s*\S.{0,60}$/, note: 'source lines under wire copy' },
    {
      re: /^((image|photo|picture|slide|bild|foto|imagen)s? )?\d{1,3} ?(of|von|de|sur|di|\/) ?\/? ?\d{1,3}$/,
      note: 'gallery counters ("Image 2 of 9")',
    },
    {
      re: /^\(?(additional |further )?(reporting|writing|editing|research) by\b/,
      note: 'wire contributor lines ("(Reporting by …; editing by …)")',
    },
    {
      re: /\b(may|might|will) (earn|receive|get) (an? |some )?(small )?(affiliate )?(commission|compensation)\b/,
      note: 'affiliate and advertising disclosures (these run long)',
      max: 400,
    },
    {
      re: /^(you might like|you may like|you might be interested in|more like this|mehr dazu|das könnte dich interessieren)$/,
      note: 'recirculation headers',
    },
    {
      re: /^if you (enjoyed|liked|value|appreciate) (this|our) (article|story|post|journalism|reporting)\b/,
      note: 'membership pitches after the article',
    },
    {
      re: /^to (view|read|continue reading|access) (the|this) (full )?(story|article)\b|\bsubscribe\b.{0,60}\bfor the full (story|article)\b|\balready an? (subscriber|member)\b.{0,60}\blog ?in\b/,
      note: 'paywall notices',
      max: 300,
    },
    {
      re: /^(for|get|download|install|try)\b.{0,100}\bapps?\b.{0,30}\b(ios|iphone|android|app store|google play)\b/,
      note: 'app promotions',
    },
    {
      re: /\b(does|do) not necessarily (reflect|represent) the (views?|opinions?|position)\b|\bmeinung de[rs] (autors|autorin|verfassers)\b.{0,80}\bnicht\b/,
      note: 'opinion disclaimers',
      max: 300,
    },
    {
      re: /^(lesezeit|reading time|temps de lecture|tiempo de lectura|tempo di lettura)\b|^\d{1,2} ?(min|minutes?|minuten|minutos|minuti)\.? (read|lesezeit|de lectura|di lettura)$|^ten tekst przeczytasz\b/,
      note: 'reading-time lines',
    },
    {
      re: /\b(urheberrechtlich geschützt|chroniony prawem autorskim|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|alle rechte vorbehalten)\b|^materiał chroniony prawem\b/,
      note: 'copyright notices in other languages',
    },
    {
      re: /^\(?([a-z]{2,5}\/)*(dpa|afp|ap|pap|reuters|kna|epd|apa|sda|ats|efe|ansa)(\/[a-z]{2,5})*\)?$/,
      note: 'agency sign-offs standing alone ("(dpa)", "ab/PAP")',
    },
    {
      re: /^(gefällt|gefallen) (dir|ihnen) (unser|unsere|dieser|dieses|der|die|das)\b|^do you want to (be informed|receive|get|stay)\b|^(jede (kleine )?spende|spenden sie|donate now|support (our|independent) journalism)\b/,
      note: 'engagement and donation prompts',
    },
    {
      re: /\b(artikel|beitrag) (mit anderen )?teilen\b|\bwurde erfolgreich (hinzugefügt|gespeichert)\b|\badded to (your )?(cart|basket|wishlist)\b/,
      note: 'share and shop widgets, German and English',
    },
    {
      re: /^((vorschau auf den )?(nächsten|vorherigen) (artikel|beitrag)|(nächster|vorheriger) (artikel|beitrag)|(next|previous) (article|post|story)|article (suivant|précédent))\b/,
      note: 'previous / next article links',
    },
  ]);

/** Captions can be longer than furniture lines but no longer than this. */
export const MAX_CAPTION_CHARS = 400;

/**
 * Headings after which a page holds no more article text: author boxes, source lists, comment sections, related
 * stories. When one stands as its own short block in the second half of the body, the body ends there.
 */
export const END_MARKERS =
  /^(about the author|about the authors|über den autor|über die autorin|zur person|sources|quellen|quellenangaben|references|comments|kommentare|leave a reply|related (articles|stories|posts|content)|(more|other|top|latest|recommended) .{0,30}(stories|articles|news|posts|reads)|want more stories like this\??|read next|weitere artikel|mehr zum thema|das könnte sie auch interessieren|ähnliche artikel|à lire aussi|artículos relacionados|notizie correlate)$/;

/** The last blocks of a body are tested against these too (at most MAX_TAIL_CHARS): author bios, disclosures. */
export const MAX_TAIL_CHARS = 400;

export const TAIL_PATTERNS: readonly { readonly re: RegExp; readonly note: string }[] = Object.freeze([
  {
    re: /\bfollow (him|her|them|us|me) (on|at|@)|\bjoin our\b.{0,40}\b(forums?|community|newsletter)/,
    note: 'author bio and community prompts',
  },
  {
    re: /\bthis (post|article|page) (may )?contains? affiliate|\baffiliate links?\b.{0,60}\bdisclosure/,
    note: 'affiliate disclosures',
  },
  {
    re: /\bcontributed to this (report|story|article)\b|\bhat zu diesem (bericht|artikel) beigetragen/,
    note: 'contributor credit lines',
  },
  {
    re: /\b(comments?|coment[aá]rios?|kommentare?|commentaires?)\b.{0,120}\b(moderat|approved|aprovados|freigeschaltet|publiés)/,
    note: 'comment moderation notes',
  },
]);

export const CAPTION_PATTERNS: readonly { readonly re: RegExp; readonly note: string }[] = Object.freeze([
  {
    re: /\b(bild|foto|photo|image|bildquelle|quelle|fotó|crédito)\s*:\s*[^.:]{2,60}\)?$/,
    note: 'caption ending in a labelled credit: "… Bild: AFP/SID"',
  },
  {
    re: /\/(reuters|afp|ap|dpa|getty images|epa|sid|keystone|picture-alliance)( files)?\)?$|©\s*[^.]{2,80}$/,
    note: 'caption ending in an agency or © credit',
  },
  {
    re: /^(featured |header |top |lead )?(image|photo|picture)s? (by|courtesy of|via) \S.{0,80}$/,
    note: 'photo credits ("Featured image by …")',
  },
  {
    re: /^\(?(image|photo|picture|video|graphic) (source|credit|copyright)\b|^(photo|image|picture|video|foto|bild)\s*:\s*\S/,
    note: 'credit lines',
  },
  {
    re: /^\(?(getty images|reuters|ap photo|afp|epa|shutterstock|istock)( \/ .*)?\)?$/,
    note: 'agency credits standing alone',
  },
  {
    re: /\((image|photo|picture|pic|credit|foto|bild|photograph)\s*:[^)]*\)$/,
    note: 'caption ending in a credit: "… (Image: GETTY)"',
  },
  {
    re: /^(in this|this)\b.{0,100}\b(file photo|photo|image|picture|handout|screenshot|screengrab|video still|photograph)\b.{0,20}(,|shows|taken|released|provided|made available)/,
    note: 'wire captions: "In this Dec. 12 file photo, …"',
  },
  { re: /\((ap|afp|reuters|getty images|epa)( photo)?(\/[^)]*)?\)$/, note: 'caption ending in an agency credit' },
  {
    re: /[\p{L}.]\.(reuters|afp|ap|getty images|epa|bloomberg|dpa)$/u,
    note: 'caption with the agency run onto its last word ("…in New York.Reuters")',
  },
]);

/**
 * Words that may appear in a line that is only a date or time: month and day names (en, de, fr, es, it, pt, nl,
 * short and long), clock words and time zones. A short line made of these and digits is a date line.
 */
export const DATE_WORDS: ReadonlySet<string> = Object.freeze(
  new Set(
    (
      'january february march april may june july august september october november december ' +
      'jan feb mar apr jun jul aug sep sept oct nov dec ' +
      'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
      'januar februar märz mai juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag ' +
      'janvier février mars avril juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche ' +
      'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes miércoles jueves viernes sábado domingo ' +
      'gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre ' +
      'janeiro fevereiro março maio junho julho setembro outubro novembro dezembro ' +
      'januari februari maart mei augustus ' +
      'segunda terça quarta quinta sexta feira às à ' +
      'at am pm a m p um uhr h de del of the on le el et und and updated published posted gmt utc est edt cst cdt pst pdt bst cet cest mez mesz ist aest'
    ).split(' '),
  ),
);
