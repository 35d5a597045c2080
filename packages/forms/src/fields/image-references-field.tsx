import type { ImageReferencesFieldProps } from "./image-references-manager";
import { lazyWidget } from "./lazy-widget";

export type { ImageReferencesFieldProps } from "./image-references-manager";

// The manager is a chunk of its own; the field below is a named function (not the lazy wrapper itself), so docs
// tools read its props.
const Manager = lazyWidget(() => import("./image-references-manager").then((module) => module.ImageReferencesManager));

/**
 * The reference-image manager for image-to-image: add by drag-and-drop, paste, https URL or file; reorder by the
 * move buttons (keyboard) or by dragging a thumbnail (pointer); remove. An image over the model's per-image byte or
 * pixel limit, or in a format it does not take, is downscaled or re-encoded in the browser, with a note saying so,
 * instead of refused; the limits come from the model's metadata only. Focus is never lost: after a removal it goes to
 * the next image's remove button, else the previous one's, else the URL box; at the count limit (the add controls
 * disable) to the last image's remove button.
 *
 * Its code is a chunk of its own, fetched the first time a form shows such a field (about a third of the models);
 * the field's frame stands in meanwhile. `ImageReferencesField.preload()` (or `preloadWidgets()`) fetches it early.
 *
 * @example
 * ```tsx
 * <ImageReferencesField field={inputReferencesField} control={form.control} />
 * ```
 */
export function ImageReferencesField(props: ImageReferencesFieldProps) {
  return <Manager {...props} />;
}
/** Fetches the manager's code ahead of its first render. */
ImageReferencesField.preload = (): Promise<void> => Manager.preload();
