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
export type { QueryResult } from "./catalog/query-store";
export { useImageModel, useImageModels } from "./catalog/use-image-models";
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
export { FallbackField } from "./fields/fallback-field";
export { type FieldControlProps, FieldShell, type FieldShellIds, type FieldShellProps } from "./fields/field-shell";
export { ImageReferencesField } from "./fields/image-references-field";
export { NumberField } from "./fields/number-field";
export { NumberInput, type NumberInputProps, parseNumberText } from "./fields/number-input";
export { PromptField } from "./fields/prompt-field";
export { SelectField } from "./fields/select-field";
export { SliderField } from "./fields/slider-field";
export { TextField } from "./fields/text-field";
export { ToggleField } from "./fields/toggle-field";
export type { AnyControl, FieldComponent, FieldComponentProps, WidgetComponents } from "./fields/types";
export { errorMessage, useFieldController } from "./fields/use-field-controller";
export { applySubmitErrors, SUBMIT_ERROR_TYPE } from "./form/apply-submit-errors";
export { ModelFormContext, useModelFormContext } from "./form/model-form-context";
export {
  ModelParameterForm,
  type ModelParameterFormMessages,
  type ModelParameterFormProps,
} from "./form/model-parameter-form";
export { type ImageRequestSource, type ImageRequestState, useImageRequest } from "./form/use-image-request";
export {
  touchedFieldNames,
  type UseModelParameterFormOptions,
  type UseModelParameterFormReturn,
  useModelParameterForm,
} from "./form/use-model-parameter-form";
export { defaultWidgets, resolveFieldComponent } from "./form/widget-registry";
export { RequestPreview, type RequestPreviewProps } from "./preview/request-preview";
