export { annotateNlp, tokenizePhrase } from './annotate.js';
export { sentenceTokens, tokenAt } from './lookup.js';
