import type { ValueChange } from "../core/migrate-values";
import type { GenerationHistoryMessages } from "./generation-history";
import type { GenerationResultsMessages } from "./generation-results";
import type { GenerationStatusMessages } from "./generation-status";
import type { ModelPresetsMessages } from "./model-presets";
import type { ResetToDefaultsMessages } from "./reset-to-defaults";

/** Texts of {@link ImageStudio}'s own UI, and of the pieces it renders. */
export interface ImageStudioMessages {
  pickerLabel: string;
  loadingModels: string;
  modelsError: string;
  retry: string;
  chooseModel: string;
  resultsEmpty: string;
  requestTitle: string;
  /** One adjusted value, by field label: "Images: 8 → 4". */
  change(label: string, change: ValueChange): string;
  /** The last visit's values were restored (and `changes` adjusted to fit the model's current schema). */
  restored(changes: string[]): string;
  /** The model of the last visit is gone from the catalog; its values moved to `model`. */
  vanished(oldModelId: string, model: string, changes: string[]): string;
  /** "Reuse settings": from another model when `fromModel` is set. */
  reused(changes: string[], fromModel?: string): string;
  referenceAdded(count: number, max: number): string;
  referencesFull(max: number): string;
  referenceExists: string;
  results?: Partial<GenerationResultsMessages>;
  status?: Partial<GenerationStatusMessages>;
  history?: Partial<GenerationHistoryMessages>;
  presets?: Partial<ModelPresetsMessages>;
  reset?: Partial<ResetToDefaultsMessages>;
}

const show = (value: unknown) =>
  value === undefined ? "unset" : Array.isArray(value) ? `${value.length} images` : String(value);
const adjusted = (changes: string[]) => (changes.length ? ` Adjusted to fit: ${changes.join("; ")}.` : "");

/** The English texts of {@link ImageStudio}. */
export const defaultImageStudioMessages: ImageStudioMessages = {
  pickerLabel: "Model",
  loadingModels: "Loading models…",
  modelsError: "Could not load the models.",
  retry: "Retry",
  chooseModel: "Choose a model to start.",
  resultsEmpty: "Generated images appear here.",
  requestTitle: "Request",
  change: (label, change) =>
    change.reason === "dropped"
      ? `${label} not offered by this model`
      : `${label}: ${show(change.from)} → ${show(change.to)}`,
  restored: (changes) => `Restored your last settings.${adjusted(changes)}`,
  vanished: (old, model, changes) =>
    `“${old}” is no longer available; your last settings moved to ${model}.${adjusted(changes)}`,
  reused: (changes, fromModel) => `Settings restored${fromModel ? ` from ${fromModel}` : ""}.${adjusted(changes)}`,
  referenceAdded: (count, max) => `Added as reference image ${count} of ${max}.`,
  referencesFull: (max) => `This model takes at most ${max} reference ${max === 1 ? "image" : "images"}.`,
  referenceExists: "That image is already a reference.",
};
