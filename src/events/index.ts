export {
  type ActorCode,
  type ActorDictionaryEntry,
  ActorResolver,
  actorResolver,
  parseActorDictionary,
  resolveActorPhrase,
} from './actors/index.js';
export { type CameoInfo, cameoInfo, cameoRoot, isCameoCode } from './cameo.js';
export { codeEvents } from './code.js';
