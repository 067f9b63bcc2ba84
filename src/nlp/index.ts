export { annotateNlp, tokenizePhrase } from './annotate.js';
export { firstTokenEndingAfter, sentenceTokens, tokenAt } from './lookup.js';
