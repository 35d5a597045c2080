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

/** The prop's flat form texts moved into its `form` part (the part's own texts win). */
export function groupMessages(
  messages: ModelParameterFormMessagesProp | undefined,
): ModelFormMessagesOverrides | undefined {
  if (messages === undefined) return undefined;
  const grouped: Record<string, unknown> = {};
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(messages)) (GROUPS.has(key) ? grouped : flat)[key] = value;
  if (Object.keys(flat).length) grouped.form = { ...flat, ...messages.form };
  return grouped as ModelFormMessagesOverrides;
}
