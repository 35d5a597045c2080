export { joinResolutionFields } from "./join-resolution-fields";
export {
  isResolutionList,
  type ParsedResolution,
  parseResolution,
  ratioOfSize,
  swappedResolution,
} from "./parse-resolution";
export { type ResolutionShape, resolutionShapes } from "./resolution-shapes";
