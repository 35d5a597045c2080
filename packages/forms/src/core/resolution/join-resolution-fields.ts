import type { FormField } from "../types";
import { parseResolution } from "./parse-resolution";

/** Whether every option is of `kind` (ratios or tiers), `auto` and unreadable extras aside, with at least one. */
function onlyOf(field: FormField, kind: "ratio" | "tier"): boolean {
  const options = field.constraints.options ?? [];
  let count = 0;
  for (const option of options) {
    const parsed = parseResolution(option).kind;
    if (parsed === kind) count++;
    else if (parsed !== "auto" && parsed !== "unknown") return false;
  }
  return count > 0;
}

/**
 * Joins an aspect-ratio field and a tier field (OpenRouter's `aspect_ratio` + `resolution: ["1K", "2K"]`) into one
 * control: the ratio field leads and carries its partner, the tier field names its lead. Both stay separate request
 * fields. Only visible resolution-picker fields in the same section are joined; anything ambiguous (two ratio fields)
 * is left alone.
 *
 * @example
 * ```ts
 * joinResolutionFields(form.fields);
 * form.fields.find((f) => f.name === "aspect_ratio")?.joined; // { lead: true, partner: <the resolution field> }
 * ```
 */
export function joinResolutionFields(fields: FormField[]): void {
  const candidates = fields.filter((field) => field.widget === "resolution" && !field.fixed);
  const ratios = candidates.filter((field) => onlyOf(field, "ratio"));
  const tiers = candidates.filter((field) => onlyOf(field, "tier"));
  if (ratios.length !== 1 || tiers.length !== 1) return;
  const [lead, partner] = [ratios[0] as FormField, tiers[0] as FormField];
  if (lead.advanced !== partner.advanced) return;
  lead.joined = { lead: true, partner };
  partner.joined = { lead: false, partner: lead.name };
}
