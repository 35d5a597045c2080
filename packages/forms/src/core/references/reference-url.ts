import type { ImageReference } from "../types";

/**
 * The URL inside a reference entry.
 *
 * @example
 * ```ts
 * referenceUrl({ type: "image_url", image_url: { url: "https://x/a.png" } }); // "https://x/a.png"
 * ```
 */
export function referenceUrl(reference: ImageReference): string {
  return typeof reference === "string" ? reference : reference.image_url.url;
}
