/**
 * `@model-forms/client/core`: the client's parts that make no request — the parameter normalizer, the endpoint
 * constraints merge and the typed errors with their guards — for code that needs them without the HTTP client
 * (the form imports these, and fetches `createImageClient` only when it needs its default client).
 *
 * @example
 * ```ts
 * import { normalizeParameters } from "@model-forms/client/core";
 * const { parameters } = normalizeParameters(record.supported_parameters);
 * ```
 */
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
export type { ImageModel } from "./image-model";
export { applyInputReferenceConstraints } from "./input-reference-constraints";
export type { ModelEndpoint, ModelEndpoints, PricingLine } from "./model-endpoints";
export { MAX_ENUM_VALUES, normalizeParameters } from "./normalize-parameters";
export type * from "./parameter-descriptor";
