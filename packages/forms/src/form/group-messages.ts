import type { ModelParameterFormMessages } from "./form-messages";
import type { ModelFormMessages, ModelFormMessagesOverrides } from "./model-form-messages";

/**
 * The `messages` prop of `ModelParameterForm`: texts by part, and (for compatibility) the form's own texts
 * flat.
 *
 * @example
 * ```ts
 * const messages: ModelParameterFormMessagesProp = { advanced: "Erweitert", core: { optional: "Optional" } };
 * ```
 */
export type ModelParameterFormMessagesProp = Partial<ModelParameterFormMessages> & ModelFormMessagesOverrides;

// Every part of ModelFormMessages; the check below fails to compile when a part is added there and not here.
const PARTS = [
  "core",
  "form",
  "submitErrors",
  "select",
  "number",
  "references",
  "resolution",
  "seed",
  "searchableSelect",
  "price",
  "picker",
  "preview",
  "studio",
  "status",
  "results",
  "history",
  "presets",
  "reset",
] as const satisfies ReadonlyArray<keyof ModelFormMessages>;
type Missing = Exclude<keyof ModelFormMessages, (typeof PARTS)[number]>;
const everyPart: [Missing] extends [never] ? true : Missing = true;
const GROUPS = new Set<string>(everyPart && PARTS);

/**
 * A `messages` prop that takes one part's texts flat beside the parts: the flat keys (`isFlat`) moved into `part`
 * (that part's own texts win over them), every other key kept as a part.
 *
 * @example
 * ```ts
 * groupFlatMessages({ advanced: "Erweitert", core: { optional: "Optional" } }, "form", (key) => !isPart(key));
 * // { form: { advanced: "Erweitert" }, core: { optional: "Optional" } }
 * ```
 */
export function groupFlatMessages(
  messages: Record<string, unknown> | undefined,
  part: keyof ModelFormMessages,
  isFlat: (key: string) => boolean,
): ModelFormMessagesOverrides | undefined {
  if (messages === undefined) return undefined;
  const grouped: Record<string, unknown> = {};
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(messages)) (isFlat(key) ? flat : grouped)[key] = value;
  if (Object.keys(flat).length) grouped[part] = { ...flat, ...(messages[part] as object | undefined) };
  return grouped as ModelFormMessagesOverrides;
}

/** The form's prop: its flat texts (any key that is not a part) moved into its `form` part. */
export function groupMessages(
  messages: ModelParameterFormMessagesProp | undefined,
): ModelFormMessagesOverrides | undefined {
  return groupFlatMessages(messages, "form", (key) => !GROUPS.has(key));
}
