export { splitBlocks } from './blocks.js';
export { isJsSpace } from './chars.js';
export { cleanText, parseDate } from './clean.js';
export { decodeText, looksBinary } from './decode.js';
export { repeatKey } from './repeats.js';
