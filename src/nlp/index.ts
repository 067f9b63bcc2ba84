export { annotateNlp, type TokenForms, tokenForms, tokenizePhrase } from './annotate.js';
export { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from './lexicon/calendar.js';
export { firstTokenEndingAfter, sentenceTokens, tokenAt } from './lookup.js';
