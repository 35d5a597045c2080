export { closestIds } from "./closest-ids";
export type { ClientWarning, ImageClient, ImageClientOptions, RequestOptions } from "./create-image-client";
export { createImageClient } from "./create-image-client";
export type { ImageApiErrorOptions } from "./errors";
export {
  ImageApiError,
  ImageApiHttpError,
  ImageApiNetworkError,
  ImageApiNotFoundError,
  ImageApiResponseError,
  ImageApiTimeoutError,
  isImageApiError,
  isImageApiHttpError,
  isImageApiNetworkError,
  isImageApiNotFoundError,
  isImageApiResponseError,
  isImageApiTimeoutError,
} from "./errors";
export type { GeneratedImage, ImageGenerationRequest, ImageGenerationResult } from "./image-generation";
export type { ImageModel } from "./image-model";
export { applyInputReferenceConstraints } from "./input-reference-constraints";
export type { ModelEndpoint, ModelEndpoints, PricingLine } from "./model-endpoints";
export { MAX_ENUM_VALUES, normalizeParameters } from "./normalize-parameters";
export type * from "./parameter-descriptor";
export {
  type ImageQueryOptions,
  imageModelsQueryOptions,
  modelEndpointsQueryOptions,
  type QueryOptionsOverrides,
} from "./query-options";
