export { buildClaims } from './build.js';
