import type { FormValues } from "../core/types";

const isDataUrl = (value: unknown): boolean => typeof value === "string" && value.startsWith("data:");

/** A reference entry's URL, whichever of the two shapes it has. */
function entryUrl(entry: unknown): unknown {
  if (typeof entry === "object" && entry !== null) {
    const imageUrl = (entry as { image_url?: { url?: unknown } }).image_url;
    return imageUrl?.url;
  }
  return entry;
}

/**
 * A copy of form values or a request body without inline (base64 `data:`) images: list entries that are data
 * URLs (reference images) are dropped, and so is any plain value that is one. Storage quotas are a few MB, and a
 * single reference image can fill them.
 *
 * @example
 * ```ts
 * withoutInlineImages({ prompt: "a fox", input_references: ["data:image/png;base64,AAA", "https://x/y.png"] });
 * // { value: { prompt: "a fox", input_references: ["https://x/y.png"] }, omitted: 1 }
 * ```
 */
export function withoutInlineImages<T extends FormValues | Record<string, unknown>>(
  values: T,
): { value: T; omitted: number } {
  let omitted = 0;
  const value: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(values)) {
    if (Array.isArray(entry)) {
      const kept = entry.filter((item) => !isDataUrl(entryUrl(item)));
      omitted += entry.length - kept.length;
      value[key] = kept;
    } else if (isDataUrl(entry)) omitted++;
    else value[key] = entry;
  }
  return { value: value as T, omitted };
}
