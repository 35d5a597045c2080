import type { FormField } from "../core/types";

/**
 * Enums with more values than this get a search box (and always a virtualised list).
 *
 * @example
 * ```ts
 * field.constraints.options!.length > LONG_ENUM_THRESHOLD; // searchable
 * ```
 */
export const LONG_ENUM_THRESHOLD = 12;

/** One option of an enum as a list shows it. */
export interface OptionItem {
  /** The published value (sent as is). */
  value: string | number;
  /** `String(value)`: the key of labels, icons and recents. */
  key: string;
  /** An app label (`compileOptions.optionLabels`), else the value. */
  label: string;
  /** An app icon URL (`compileOptions.optionIcons`). */
  icon?: string;
}

/**
 * Whether an enum field wants the searchable, virtualised select rather than the plain one: more than
 * {@link LONG_ENUM_THRESHOLD} values, or option labels, icons or recent-first ordering from compile options.
 *
 * @example
 * ```ts
 * wantsSearchableSelect(field); // true for a 1,000-value enum
 * ```
 */
export function wantsSearchableSelect(field: FormField): boolean {
  return (
    (field.constraints.options?.length ?? 0) > LONG_ENUM_THRESHOLD ||
    field.optionLabels !== undefined ||
    field.optionIcons !== undefined ||
    field.recentFirst === true
  );
}

/**
 * The field's options with their labels and icons.
 *
 * @example
 * ```ts
 * optionItems(field)[0]; // { value: "3d-model", key: "3d-model", label: "3D model" }
 * ```
 */
export function optionItems(field: FormField): OptionItem[] {
  return (field.constraints.options ?? []).map((value) => {
    const key = String(value);
    const item: OptionItem = { value, key, label: field.optionLabels?.[key] || key };
    const icon = field.optionIcons?.[key];
    if (icon !== undefined) item.icon = icon;
    return item;
  });
}

/**
 * Options matching a search (case-insensitive, on label and value): those starting with it first, then those
 * containing it, each in published order. An empty query keeps every option.
 *
 * @example
 * ```ts
 * filterOptions(items, "vi").map((i) => i.label); // ["vivid", "deep violet"]
 * ```
 */
export function filterOptions(items: readonly OptionItem[], query: string): OptionItem[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [...items];
  const starts: OptionItem[] = [];
  const contains: OptionItem[] = [];
  for (const item of items) {
    const label = item.label.toLowerCase();
    const key = item.key.toLowerCase();
    if (label.startsWith(needle) || key.startsWith(needle)) starts.push(item);
    else if (label.includes(needle) || key.includes(needle)) contains.push(item);
  }
  return [...starts, ...contains];
}

/** Recently chosen option keys per field name, most recent first; in memory for the page's lifetime. */
const recents = new Map<string, string[]>();
/** How many recent options lead the list. */
const RECENT_LIMIT = 5;

/**
 * Remembers a choice for recent-first lists (`compileOptions.recentFirst`).
 *
 * @example
 * ```ts
 * rememberRecentOption("style", "anime");
 * recentOptionKeys("style"); // ["anime", ...]
 * ```
 */
export function rememberRecentOption(fieldName: string, key: string): void {
  const list = (recents.get(fieldName) ?? []).filter((existing) => existing !== key);
  recents.set(fieldName, [key, ...list].slice(0, RECENT_LIMIT));
}

/**
 * The recently chosen option keys of a field, most recent first.
 *
 * @example
 * ```ts
 * recentOptionKeys("style"); // ["anime", "line-art"]
 * ```
 */
export function recentOptionKeys(fieldName: string): readonly string[] {
  return recents.get(fieldName) ?? [];
}

/**
 * Items in list order: recent ones first (when `recent` keys are given), each flagged.
 *
 * @example
 * ```ts
 * recentFirst(items, ["b"]); // [{ item: b, recent: true }, { item: a, recent: false }, ...]
 * ```
 */
export function recentFirst(
  items: readonly OptionItem[],
  recent: readonly string[],
): Array<{ item: OptionItem; recent: boolean }> {
  if (recent.length === 0) return items.map((item) => ({ item, recent: false }));
  const lead = recent.flatMap((key) => items.filter((item) => item.key === key));
  const rest = items.filter((item) => !recent.includes(item.key));
  return [...lead.map((item) => ({ item, recent: true })), ...rest.map((item) => ({ item, recent: false }))];
}
