import type { ValueChange } from "../core/migrate-values";
import { groupFlatMessages } from "../form/group-messages";
import type { ModelFormMessagesOverrides } from "../form/model-form-messages";

/**
 * Texts of {@link ImageStudio}'s own UI (the `studio` part of `ModelFormMessages`); the pieces it renders read
 * their own parts (`status`, `results`, `history`, `presets`, `reset`, `picker`, `form`, …).
 *
 * @example
 * ```ts
 * const texts: Partial<ImageStudioMessages> = { chooseModel: "Bitte ein Modell wählen." };
 * ```
 */
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
}

/**
 * `ImageStudio`'s `messages` prop: its own texts flat (`chooseModel`), and any part of `ModelFormMessages` for the
 * pieces inside it (`status`, `results`, `picker`, `form`, `core`, …), over an enclosing provider's.
 *
 * @example
 * ```tsx
 * <ImageStudio messages={{ chooseModel: "Modell wählen", status: { abort: "Abbrechen" } }} />
 * ```
 */
export type ImageStudioMessagesProp = Partial<ImageStudioMessages> & ModelFormMessagesOverrides;

const show = (value: unknown) =>
  value === undefined ? "unset" : Array.isArray(value) ? `${value.length} images` : String(value);
const adjusted = (changes: string[]) => (changes.length ? ` Adjusted to fit: ${changes.join("; ")}.` : "");

/**
 * The prop's flat studio texts moved into its `studio` part (the part's own texts win); the other keys are parts.
 *
 * @example
 * ```ts
 * groupStudioMessages({ chooseModel: "Modell wählen", status: { abort: "Abbrechen" } });
 * // { studio: { chooseModel: "Modell wählen" }, status: { abort: "Abbrechen" } }
 * ```
 */
export function groupStudioMessages(
  messages: ImageStudioMessagesProp | undefined,
): ModelFormMessagesOverrides | undefined {
  return groupFlatMessages(messages, "studio", (key) => key in defaultImageStudioMessages);
}

/**
 * The English texts of {@link ImageStudio}.
 *
 * @example
 * ```ts
 * defaultImageStudioMessages.referenceAdded(2, 4); // "Added as reference image 2 of 4."
 * ```
 */
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
