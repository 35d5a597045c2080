import type { CapabilityFilter } from "./filter-models";

/** Texts of `ModelPicker`. */
export interface ModelPickerMessages {
  /** The search box's label. */
  search: string;
  searchPlaceholder: string;
  /** The capability filter's legend. */
  capability: string;
  capabilities: Record<CapabilityFilter, string>;
  /** The list's accessible name (the `label` prop wins). */
  list: string;
  /** The status line when every model is listed. */
  count(total: number): string;
  /** The status line while filtered. */
  matches(visible: number, total: number): string;
  /** Beside a model that accepts reference images. */
  imageInput: string;
  empty: string;
}

/**
 * The English texts of {@link ModelPickerMessages}.
 *
 * @example
 * ```ts
 * defaultModelPickerMessages.matches(3, 234); // "3 of 234 models match"
 * ```
 */
export const defaultModelPickerMessages: ModelPickerMessages = {
  search: "Search models",
  searchPlaceholder: "Name, id or owner",
  capability: "Capability",
  capabilities: { all: "All", "text-to-image": "Text to image", "image-to-image": "Image to image" },
  list: "Models",
  count: (total) => `${total} models`,
  matches: (visible, total) => `${visible} of ${total} models match`,
  imageInput: "image input",
  empty: "No model matches these filters.",
};
