import type { ImageModel } from "@model-forms/client";

/** What the picker reads from a model; an `ImageModel` from the client fits. */
export type PickerModel = Pick<ImageModel, "id" | "name"> &
  Partial<Pick<ImageModel, "owned_by" | "description" | "capabilities" | "architecture">>;

/** Which models to show: every model, those that generate from text, or those that take reference images. */
export type CapabilityFilter = "all" | "text-to-image" | "image-to-image";

/** The picker's filters: a search text and a capability. */
export interface ModelPickerFilters {
  query?: string;
  capability?: CapabilityFilter;
}

// A model takes images when its capabilities say so, or (OpenRouter records carry no capabilities) its inputs do.
export function takesImages(model: PickerModel): boolean {
  return model.capabilities?.image_to_image ?? model.architecture?.input_modalities?.includes("image") ?? false;
}

function generatesFromText(model: PickerModel): boolean {
  return model.capabilities?.image_generation ?? model.architecture?.input_modalities?.includes("text") ?? true;
}

const capabilityTests: Record<CapabilityFilter, (model: PickerModel) => boolean> = {
  all: () => true,
  "text-to-image": generatesFromText,
  "image-to-image": takesImages,
};

// The lowercased text a search matches against, computed once per model object (not once per keystroke).
const haystacks = new WeakMap<PickerModel, string>();
function haystackOf(model: PickerModel): string {
  let text = haystacks.get(model);
  if (text === undefined) {
    text = `${model.name} ${model.id} ${model.owned_by ?? ""}`.toLowerCase();
    haystacks.set(model, text);
  }
  return text;
}

/**
 * Filter models by a search text (every word must appear in the name, id or owner; case-insensitive) and a
 * capability.
 *
 * @example
 * ```ts
 * filterModels(models, { query: "flux pro", capability: "image-to-image" });
 * ```
 */
export function filterModels<M extends PickerModel>(models: readonly M[], filters: ModelPickerFilters = {}): M[] {
  const words = (filters.query ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  const test = capabilityTests[filters.capability ?? "all"];
  return models.filter((model) => {
    if (!test(model)) return false;
    if (words.length === 0) return true;
    const haystack = haystackOf(model);
    return words.every((word) => haystack.includes(word));
  });
}
