"use client";

export { ImageClientProvider, useImageClient } from "./catalog/image-client-provider";
export {
  type CapabilityFilter,
  filterModels,
  ModelPicker,
  type ModelPickerFilters,
  type ModelPickerProps,
  type PickerModel,
} from "./catalog/model-picker";
export { defaultModelPickerMessages, type ModelPickerMessages } from "./catalog/model-picker-messages";
export type { QueryResult } from "./catalog/query-store";
export { useImageModel, useImageModels } from "./catalog/use-image-models";
export { useModelEndpoints } from "./catalog/use-model-endpoints";
export { withEndpoint } from "./catalog/with-endpoint";
export { type CoreMessages, coreMessages, defaultCoreMessages } from "./core/core-messages";
export {
  API_KEY_ENV_VAR,
  apiKeyEnvVar,
  type CurlCommandOptions,
  curlCommand,
  generationUrl,
  maskApiKey,
} from "./core/curl-command";
export {
  fieldErrorsFromError,
  type ParseImageRequestResult,
  parseImageRequest,
  type SortedSubmitErrors,
  type SubmitErrors,
} from "./core/index";
export { referenceUrl } from "./core/references/reference-url";
export type { CompiledForm, CompileOptions, FieldValue, FormField, FormValues, ImageRequest } from "./core/types";
export { FallbackField } from "./fields/fallback-field";
export {
  defaultNumberFieldMessages,
  defaultSelectFieldMessages,
  type NumberFieldMessages,
  type SelectFieldMessages,
} from "./fields/field-messages";
export { type FieldControlProps, FieldShell, type FieldShellIds, type FieldShellProps } from "./fields/field-shell";
export { ImageReferencesField, type ImageReferencesFieldProps } from "./fields/image-references-field";
export { defaultImageReferencesMessages, type ImageReferencesMessages } from "./fields/image-references-messages";
export { type LazyComponent, lazyComponent, lazyWidget } from "./fields/lazy-widget";
export { NumberField } from "./fields/number-field";
export { NumberInput, type NumberInputProps, parseNumberText } from "./fields/number-input";
export {
  filterOptions,
  LONG_ENUM_THRESHOLD,
  type OptionItem,
  optionItems,
  recentOptionKeys,
  rememberRecentOption,
  wantsSearchableSelect,
} from "./fields/option-list";
export {
  type PreparedReference,
  type PrepareReferenceOptions,
  prepareReferenceImage,
  ReferenceImageError,
  type ReferenceNote,
} from "./fields/prepare-reference-image";
export { PromptField } from "./fields/prompt-field";
export {
  type AddReferenceOptions,
  type AddReferenceResult,
  addReferenceImage,
  type ReferenceForm,
  referenceNote,
} from "./fields/reference-actions";
export type { ImageReferencesSlot } from "./fields/reference-list";
export {
  RESOLUTION_TILE_LIMIT,
  ResolutionField,
  type ResolutionFieldProps,
} from "./fields/resolution-field";
export {
  defaultResolutionFieldMessages,
  type ResolutionFieldMessages,
  type ResolutionOption,
  resolutionOptions,
} from "./fields/resolution-options";
export { ResolutionShapeIcon, type ResolutionShapeIconProps } from "./fields/resolution-shape-icon";
export type { ResolutionFieldSlot } from "./fields/resolution-tiles";
export {
  defaultSearchableSelectMessages,
  SearchableSelectField,
  type SearchableSelectFieldProps,
} from "./fields/searchable-select-field";
export type { SearchableSelectMessages, SearchableSelectSlot } from "./fields/searchable-select-list";
export {
  defaultSeedFieldMessages,
  SeedField,
  type SeedFieldMessages,
  type SeedFieldProps,
  type SeedFieldSlot,
} from "./fields/seed-field";
export { SelectField } from "./fields/select-field";
export { SliderField } from "./fields/slider-field";
export { TextField } from "./fields/text-field";
export { ToggleField } from "./fields/toggle-field";
export type {
  AnyControl,
  FieldClassNames,
  FieldComponent,
  FieldComponentProps,
  FieldSlot,
  WidgetComponents,
} from "./fields/types";
export { errorMessage, useFieldController } from "./fields/use-field-controller";
export { applySubmitErrors, SUBMIT_ERROR_TYPE } from "./form/apply-submit-errors";
export { changedFieldNames } from "./form/changed-fields";
export { defaultModelFormMessages } from "./form/default-model-form-messages";
export { fieldPath, fromFormValues, publishedName, toFormValues } from "./form/field-paths";
export { type FormAddons, Slot, useFormAddons } from "./form/form-addons";
export {
  AdvancedSection,
  type AdvancedSectionProps,
  type FormSlot,
  type ModelParameterFormClassNames,
  type ModelParameterFormSlots,
  type SubmitButtonProps,
} from "./form/form-parts";
export { type ModelEndpointState, useModelEndpoint } from "./form/model-endpoint-context";
export { ModelFormContext, useModelFormContext } from "./form/model-form-context";
export {
  type FormPartMessages,
  type GenerationMessagePart,
  type ModelFormMessages,
  type ModelFormMessagesOverrides,
  ModelFormMessagesProvider,
  useMessagesLocale,
  usePartMessages,
} from "./form/model-form-messages";
export {
  defaultModelParameterFormMessages,
  ModelParameterForm,
  type ModelParameterFormMessages,
  type ModelParameterFormMessagesProp,
  type ModelParameterFormProps,
} from "./form/model-parameter-form";
export { type OptionNotes, OptionNotesContext, useOptionNotes } from "./form/option-notes";
export {
  getSeedStates,
  prepareSeeds,
  recordSeeds,
  type SeedForm,
  type SeedState,
  setSeedMode,
  useSeedState,
} from "./form/seed-state";
export { type ImageRequestSource, type ImageRequestState, useImageRequest } from "./form/use-image-request";
export {
  touchedFieldNames,
  type UseModelParameterFormOptions,
  type UseModelParameterFormReturn,
  useModelParameterForm,
} from "./form/use-model-parameter-form";
export { defaultWidgets, preloadWidgets, resolveFieldComponent } from "./form/widget-registry";
export {
  defaultPriceEstimateMessages,
  PriceEstimate,
  type PriceEstimateMessages,
  type PriceEstimateProps,
  type PriceEstimateSlot,
} from "./preview/price-estimate";
export { RequestPreview, type RequestPreviewProps } from "./preview/request-preview";
export { defaultRequestPreviewMessages, type RequestPreviewMessages } from "./preview/request-preview-messages";
export { type CostEstimateState, useCostEstimate } from "./preview/use-cost-estimate";
export type { SlotClassNames } from "./styles/slot-class-names";
