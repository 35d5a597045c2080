export {
  buildImageRequest,
  resolveCompiledForm,
  type SafeBuildImageRequestResult,
  safeBuildImageRequest,
} from "./build-image-request";
export { compileParameterForm, RESERVED_REQUEST_KEYS } from "./compile-parameter-form";
export { type CoreMessages, coreMessages, defaultCoreMessages } from "./core-messages";
export {
  API_KEY_ENV_VAR,
  apiKeyEnvVar,
  type CurlCommandOptions,
  curlCommand,
  generationUrl,
  maskApiKey,
} from "./curl-command";
export { humanizeLabel } from "./humanize-label";
export {
  type ImageRequestIssue,
  ImageRequestValidationError,
  isImageRequestValidationError,
} from "./image-request-validation-error";
export { checkReferenceUrl } from "./kinds/image-references-kind";
export {
  booleanKind,
  compilePromptField,
  enumKind,
  imageReferencesKind,
  type KindRegistry,
  kindModules,
  type PromptFieldOptions,
  rangeKind,
  unknownKind,
} from "./kinds/index";
export { MAX_SLIDER_POSITIONS, rangeWidget } from "./kinds/range-kind";
export {
  type MigratedValues,
  type MigrateValuesOptions,
  type MigrationReason,
  migrateValues,
  type ValueChange,
} from "./migrate-values";
export { type ParseImageRequestResult, parseImageRequest } from "./parse-image-request";
export { type CostMessages, defaultCostMessages } from "./price/cost-messages";
export { type CostEstimate, type CostLine, estimateImageCost, type PriceEnum } from "./price/estimate-image-cost";
export { formatPrice } from "./price/format-price";
export { type OptionPrice, optionPrices, priceDependencies } from "./price/option-prices";
export type { PricingSource } from "./price/pricing-lines";
export {
  CONVERTIBLE_IMAGE_FORMATS,
  fitImageSize,
  imageAcceptAttribute,
  sanitizeImageFormats,
} from "./references/reference-limits";
export { referenceUrl } from "./references/reference-url";
export {
  isResolutionList,
  joinResolutionFields,
  type ParsedResolution,
  parseResolution,
  type ResolutionShape,
  ratioOfSize,
  resolutionShapes,
  swappedResolution,
} from "./resolution/index";
export {
  drawSeed,
  nextSeed,
  SEED_MODES,
  type SeedBounds,
  type SeedMode,
  seedBounds,
  seedToSend,
} from "./seed/seed";
export {
  defaultSubmitErrorMessages,
  errorBannerMessage,
  fieldErrorsFromError,
  fieldForParameter,
  isSubmitErrors,
  redactCredentials,
  type SortedSubmitErrors,
  type SubmitErrorMessages,
  type SubmitErrors,
} from "./submit-errors";
export type * from "./types";
