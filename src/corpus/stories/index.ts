/** Stories across articles: online clustering of articles about the same event. */
export { type BCubedScore, bcubed } from './bcubed.js';
export {
  STORY_DEFAULTS,
  type StoryAssignment,
  StoryClusterer,
  type StoryClustererJson,
  type StoryMatch,
  type StoryOptions,
  type StoryRecord,
} from './clusterer.js';
export { DocumentFrequency, type DocumentFrequencyJson } from './document-frequency.js';
export {
  type FeatureEntity,
  type StoryFeatures,
  type StorySource,
  stem,
  storyFeaturesOfAnalysis,
  storyFeaturesOfText,
} from './features.js';
