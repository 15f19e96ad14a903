/** Story memory in the background: the on-device store and its part of the protocol. */
export { createStoryHandlers, type StoryHandlers, type StoryMethods } from './story-handlers';
export { createStoryMemory, type ExportFormat, type StoryMemory } from './story-memory';
