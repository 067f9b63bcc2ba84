export { splitBlocks } from './blocks.js';
export { cleanText, parseDate } from './clean.js';
export { decodeText, looksBinary } from './decode.js';
export { repeatKey } from './repeats.js';
