export {
  buildImageRequest,
  resolveCompiledForm,
  type SafeBuildImageRequestResult,
  safeBuildImageRequest,
} from "./build-image-request";
export { compileParameterForm, RESERVED_REQUEST_KEYS } from "./compile-parameter-form";
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
export { type CostEstimate, type CostLine, estimateImageCost, type PriceEnum } from "./price/estimate-image-cost";
export { formatPrice } from "./price/format-price";
export { type OptionPrice, optionPrices, priceDependencies } from "./price/option-prices";
export type { PricingSource } from "./price/pricing-lines";
export type * from "./types";
