import { formatBytes } from "../core/kinds/image-references-kind";
import type { ReferenceImageError, ReferenceNote } from "./prepare-reference-image";

/**
 * Texts of the reference-image manager.
 *
 * @example
 * ```tsx
 * <ImageReferencesField field={field} messages={{ addUrl: "URL hinzufügen" }} />
 * ```
 */
export interface ImageReferencesMessages {
  dropHint: string;
  dropActive: string;
  urlPlaceholder: string;
  addUrl: string;
  upload: string;
  uploadLabel(label: string): string;
  reference(position: number): string;
  remove(position: number): string;
  moveEarlier(position: number): string;
  moveLater(position: number): string;
  /** The badge on a thumbnail whose image was changed to fit. */
  badge: string;
  preparing: string;
  /**
   * What was changed to fit, e.g. "Reference 2: downscaled from 6000×4000 to 2048×1365, saved as JPEG (1.2 MB).";
   * `size` is the new byte size in the core texts' words and locale.
   */
  prepared(position: number, note: ReferenceNote, size?: string): string;
  full(max: number): string;
  notHttps: string;
  formats(formats: string[]): string;
  notAllowed(name: string, formats: string[]): string;
  tooLarge(name: string, size: string, limit: string): string;
  tooSmall(name: string, width: number, height: number): string;
  unreadable(name: string): string;
  /** `addReferenceImage`: the model (or form) has no reference-images field. */
  noReferenceField: string;
  /** `addReferenceImage` / `prepareReferenceImage`: an image (with no file name) that could not be read or used. */
  unreadableImage: string;
  /** `prepareReferenceImage`'s refusals, by the error's code (the image has no file name here). */
  imageRefused(code: ReferenceImageError["code"]): string;
}

const images = (count: number) => (count === 1 ? "image" : "images");

/**
 * The English texts of the reference-image manager.
 *
 * @example
 * ```ts
 * defaultImageReferencesMessages.full(3); // "At most 3 reference images."
 * ```
 */
export const defaultImageReferencesMessages: ImageReferencesMessages = {
  dropHint: "Drop or paste images here, or add them by URL or file.",
  dropActive: "Drop to add",
  urlPlaceholder: "https://…",
  addUrl: "Add URL",
  upload: "Upload",
  uploadLabel: (label) => `Upload ${label.toLowerCase()}`,
  reference: (position) => `Reference ${position}`,
  remove: (position) => `Remove reference image ${position}`,
  moveEarlier: (position) => `Move reference image ${position} earlier`,
  moveLater: (position) => `Move reference image ${position} later`,
  badge: "Resized",
  preparing: "Preparing image…",
  prepared: (position, { from, to, resized, reencoded }, size = formatBytes(to.bytes)) => {
    const steps = [
      resized ? `downscaled from ${from.width}×${from.height} to ${to.width}×${to.height}` : "",
      reencoded ? `saved as ${to.format.toUpperCase()} (${size})` : "",
    ].filter(Boolean);
    return `Reference ${position}: ${steps.join(", ")} to fit the model's limits.`;
  },
  full: (max) => `At most ${max} reference ${images(max)}.`,
  notHttps: "Enter a full https:// image URL.",
  formats: (formats) => `Allowed formats: ${formats.join(", ")}.`,
  notAllowed: (name, formats) =>
    `"${name}" is not an allowed image format${formats.length ? ` (${formats.join(", ")})` : ""}.`,
  tooLarge: (name, size, limit) =>
    `"${name}" is ${size}; the limit is ${limit}, and it could not be made smaller here.`,
  tooSmall: (name, width, height) => `"${name}" is only ${width}×${height}, under the model's minimum size.`,
  unreadable: (name) => `"${name}" could not be read as an image.`,
  noReferenceField: "This model takes no reference images.",
  unreadableImage: "Could not read the image.",
  imageRefused: (code) =>
    code === "format"
      ? "The image format is not accepted."
      : code === "too-large"
        ? "The image could not be made to fit the size limit."
        : code === "too-small"
          ? "The image is under the minimum size."
          : "Could not read the image.",
};
