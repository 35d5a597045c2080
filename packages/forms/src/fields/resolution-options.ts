import {
  type ParsedResolution,
  parseResolution,
  type ResolutionShape,
  resolutionShapes,
} from "../core/resolution/index";
import type { FormField } from "../core/types";

/**
 * Texts of the resolution picker. Functions receive the numbers to format.
 *
 * @example
 * ```tsx
 * <ResolutionField field={field} messages={{ auto: "Automatique", swap: "Inverser l'orientation" }} />
 * ```
 */
export interface ResolutionFieldMessages {
  /** The label of `auto`. */
  auto: string;
  /** The label of the orientation swap button. */
  swap: string;
  /** A pixel size, e.g. `1344×768`. */
  pixels(width: number, height: number): string;
  /** The select's placeholder when no value is set. */
  placeholder: string;
  /** The label of a blank published value (it still needs a name). */
  blank: string;
}

/**
 * The English texts of the resolution picker.
 *
 * @example
 * ```ts
 * defaultResolutionFieldMessages.pixels(1344, 768); // "1344×768"
 * ```
 */
export const defaultResolutionFieldMessages: ResolutionFieldMessages = {
  auto: "Auto",
  swap: "Swap orientation",
  pixels: (width, height) => `${width}×${height}`,
  placeholder: "Choose a size",
  blank: "(blank)",
};

/** One option as the picker shows it. */
export interface ResolutionOption {
  /** The published value (sent as is). */
  value: string | number;
  /** `String(value)`: the radio / select item value and React key. */
  key: string;
  parsed: ParsedResolution;
  shape: ResolutionShape | undefined;
  /** Main text: an app label, else the ratio, tier or value. */
  label: string;
  /** Second line: the pixel size when the label is a ratio. */
  detail?: string;
  /** An app icon (`compileOptions.optionIcons`), drawn instead of the shape. */
  icon?: string;
}

/**
 * The picker's view of a field's options: parsed, drawn to scale and labelled.
 *
 * @example
 * ```ts
 * resolutionOptions(field, defaultResolutionFieldMessages)[0]; // { value: "1024x768", label: "4:3", detail: "1024×768", ... }
 * ```
 */
export function resolutionOptions(field: FormField, messages: ResolutionFieldMessages): ResolutionOption[] {
  const values = field.constraints.options ?? [];
  const parsed = values.map(parseResolution);
  const shapes = resolutionShapes(parsed);
  return values.map((value, index) => {
    const key = String(value);
    const info = parsed[index] as ParsedResolution;
    let label = key;
    let detail: string | undefined;
    if (info.kind === "size" && info.width && info.height) {
      const pixels = messages.pixels(info.width, info.height);
      if (info.ratio) [label, detail] = [info.ratio, pixels];
      else label = pixels;
    } else if (info.kind === "tier") {
      label = key.trim().toUpperCase();
    } else if (info.kind === "auto") {
      label = messages.auto;
    }
    const own = field.optionLabels?.[key];
    if (!label.trim()) label = messages.blank;
    const option: ResolutionOption = { value, key, parsed: info, shape: shapes[index], label: own || label };
    if (detail !== undefined) option.detail = detail;
    const icon = field.optionIcons?.[key];
    if (icon !== undefined) option.icon = icon;
    return option;
  });
}
