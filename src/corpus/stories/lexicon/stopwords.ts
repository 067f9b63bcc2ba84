/**
 * Words that say nothing about which story an article tells: function words, reporting verbs and news furniture.
 * Salient terms are everything else (content words, numbers, names). Lower case.
 */
export const STOPWORDS: ReadonlySet<string> = Object.freeze(
  new Set(
    [
      // Function words.
      'a about above after again against all also although am among an and another any are around as at be because',
      'been before being below between both but by can could did do does doing down during each either else even',
      'ever every few for from further had has have having he her here hers herself him himself his how however i',
      'if in into is it its itself just least less like made make many may me might more most much must my myself',
      'neither no nor not now of off on once one only or other others our ours ourselves out over own per perhaps',
      'rather same several she should since so some still such than that the their theirs them themselves then',
      'there these they this those though through thus to too toward towards under until up upon us very via was we',
      'were what whatever when where whether which while who whom whose why will with within without would yet you',
      "your yours yourself yourselves it's he's she's they're we're i'm don't doesn't didn't won't can't isn't wasn't",
      "aren't weren't hasn't haven't hadn't wouldn't couldn't shouldn't there's that's let's",
      // Reporting and stance verbs: every story has them.
      'said says say saying told tell tells according added adds reported reports report stated statement',
      'announced announce asked noted believe believed think thought claimed claim',
      // News furniture and time words that every article shares.
      'mr mrs ms dr new news year years day days time times week weeks month months today yesterday tomorrow',
      'monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night last next first',
      'two three four five six seven eight nine ten people percent ago including get got go going went come came',
      'take took well back way part since including told told according reuters ap afp update updated',
      'post posted publish published copyright comment comments share email print photo photos video image caption click',
    ]
      .join(' ')
      .split(' '),
  ),
);
