import { type Control, get } from "react-hook-form";
import type { CompiledForm } from "../core/types";
import { valuesEqual } from "../core/values-equal";
import { fieldPath } from "./field-paths";

/**
 * The published names of the fields the user changed: whose value differs from where the form started (its
 * default values, which a model switch resets to the migrated values). Focusing and leaving a field is not a change,
 * so a keyboard user who tabs through every control sends what a mouse user sends. Fixed fields are never listed.
 *
 * @example
 * ```ts
 * buildImageRequest(compiled, values, { touched: changedFieldNames(form.control, compiled) });
 * ```
 */
export function changedFieldNames(control: Pick<Control, "_formValues" | "_defaultValues">, compiled: CompiledForm) {
  return changedAmong(control._formValues, control._defaultValues, compiled);
}

/** {@link changedFieldNames} for given values and starting values (both keyed by react-hook-form paths). */
export function changedAmong(values: unknown, defaults: unknown, compiled: CompiledForm): string[] {
  const names: string[] = [];
  for (const field of compiled.fields) {
    if (field.fixed) continue;
    const path = fieldPath(field.name);
    if (!valuesEqual(get(values, path), get(defaults, path))) names.push(field.name);
  }
  return names;
}
