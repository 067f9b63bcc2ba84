export { codeEvents } from './code.js';
