"use client";

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
export { ImageClientProvider, useImageClient } from "./image-client-provider";
export { ModelFormContext, useModelFormContext } from "./model-form-context";
export {
  ModelParameterForm,
  type ModelParameterFormMessages,
  type ModelParameterFormProps,
} from "./model-parameter-form";
export {
  type CapabilityFilter,
  filterModels,
  ModelPicker,
  type ModelPickerFilters,
  type ModelPickerProps,
  type PickerModel,
} from "./model-picker";
export type { QueryResult } from "./query-store";
export {
  API_KEY_ENV_VAR,
  curlCommand,
  generationUrl,
  maskApiKey,
  RequestPreview,
  type RequestPreviewProps,
} from "./request-preview";
export { useImageModel, useImageModels } from "./use-image-models";
export { type ImageRequestSource, type ImageRequestState, useImageRequest } from "./use-image-request";
export {
  touchedFieldNames,
  type UseModelParameterFormOptions,
  type UseModelParameterFormReturn,
  useModelParameterForm,
} from "./use-model-parameter-form";
export { defaultWidgets, resolveFieldComponent } from "./widget-registry";
