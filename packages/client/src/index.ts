export { closestIds } from "./closest-ids";
// The normalizer, the constraints merge, the errors and the descriptor types: @model-forms/client/core.
export * from "./core";
export type { ClientWarning, ImageClient, ImageClientOptions, RequestOptions } from "./create-image-client";
export { createImageClient } from "./create-image-client";
export type { GeneratedImage, ImageGenerationRequest, ImageGenerationResult } from "./image-generation";
export {
  type ImageQueryOptions,
  imageModelsQueryOptions,
  modelEndpointsQueryOptions,
  type QueryOptionsOverrides,
} from "./query-options";
