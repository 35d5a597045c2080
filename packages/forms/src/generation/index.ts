"use client";

export { applyValues, valuesOfRequest } from "./apply-values";
export {
  createGenerationController,
  type GenerateImages,
  type GenerationController,
  type GenerationControllerOptions,
  type GenerationOutcome,
  type GenerationResult,
  type GenerationState,
  type GenerationStatus as GenerationStatusValue,
} from "./create-generation-controller";
export {
  createGenerationHistory,
  type GenerationHistory as GenerationHistoryStore,
  type GenerationHistoryEntry,
  type GenerationHistoryOptions,
} from "./create-generation-history";
export { createPresetStore, type Preset, type PresetStore, type PresetStoreOptions } from "./create-preset-store";
export {
  createValuesPersistence,
  type RememberedValues,
  readStoredValues,
  restoreValues,
  VALUES_FORMAT_VERSION,
  type ValuesPersistence,
  type ValuesPersistenceOptions,
} from "./create-values-persistence";
export { defaultGenerationMessages, type GenerationMessages } from "./default-generation-messages";
export { formatSeconds, formatUsd } from "./format-usd";
export { classifyGenerationError, type GenerationError, type GenerationErrorKind } from "./generation-error";
export {
  defaultGenerationHistoryMessages,
  GenerationHistory,
  type GenerationHistoryMessages,
  type GenerationHistoryProps,
  type GenerationHistorySlot,
  useGenerationHistory,
} from "./generation-history";
export {
  defaultGenerationResultsMessages,
  GenerationResults,
  type GenerationResultsMessages,
  type GenerationResultsProps,
  type GenerationResultsSlot,
  type GenerationResultView,
  IMAGE_URL_LIFETIME_MS,
} from "./generation-results";
export {
  defaultGenerationStatusMessages,
  GenerationStatus,
  type GenerationStatusMessages,
  type GenerationStatusProps,
  type GenerationStatusSlot,
} from "./generation-status";
export {
  downloadImage,
  type ImageFileNameParts,
  imageFileName,
  imageMediaType,
  imageSource,
  openImage,
} from "./image-file";
export { ImageStudio, type ImageStudioProps, type ImageStudioSlot } from "./image-studio";
export {
  defaultImageStudioMessages,
  type ImageStudioMessages,
  type ImageStudioMessagesProp,
} from "./image-studio-messages";
export { withoutInlineImages } from "./inline-images";
export {
  defaultModelPresetsMessages,
  ModelPresets,
  type ModelPresetsMessages,
  type ModelPresetsProps,
  type ModelPresetsSlot,
} from "./model-presets";
export { RememberValues, type RememberValuesProps } from "./remember-values";
export {
  defaultResetToDefaultsMessages,
  ResetToDefaults,
  type ResetToDefaultsMessages,
  type ResetToDefaultsProps,
} from "./reset-to-defaults";
export { browserStorage, memoryStorage, type StorageAdapter } from "./storage";
export {
  type UseImageGenerationOptions,
  type UseImageGenerationReturn,
  useElapsedTime,
  useImageGeneration,
} from "./use-image-generation";
