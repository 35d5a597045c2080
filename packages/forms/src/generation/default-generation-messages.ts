import type { GenerationMessagePart, ModelFormMessages } from "../form/model-form-messages";
import { defaultGenerationHistoryMessages } from "./generation-history";
import { defaultGenerationResultsMessages } from "./generation-results";
import { defaultGenerationStatusMessages } from "./generation-status";
import { defaultImageStudioMessages } from "./image-studio-messages";
import { defaultModelPresetsMessages } from "./model-presets";
import { defaultResetToDefaultsMessages } from "./reset-to-defaults";

/**
 * The generation parts of {@link ModelFormMessages}: `studio`, `status`, `results`, `history`, `presets`, `reset`.
 *
 * @example
 * ```ts
 * const german: GenerationMessages = { ...defaultGenerationMessages, reset: { label: "Auf Modellvorgaben zurücksetzen" } };
 * ```
 */
export type GenerationMessages = Pick<ModelFormMessages, GenerationMessagePart>;

/**
 * Every English text of the generation components, by part: with `defaultModelFormMessages` (the form parts, from
 * `@model-forms/forms`), the whole English `ModelFormMessages`.
 *
 * @example
 * ```ts
 * const english: ModelFormMessages = { ...defaultModelFormMessages, ...defaultGenerationMessages };
 * ```
 */
export const defaultGenerationMessages: GenerationMessages = {
  studio: defaultImageStudioMessages,
  status: defaultGenerationStatusMessages,
  results: defaultGenerationResultsMessages,
  history: defaultGenerationHistoryMessages,
  presets: defaultModelPresetsMessages,
  reset: defaultResetToDefaultsMessages,
};
