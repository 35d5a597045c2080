import type { MigratedValues } from "../core/migrate-values";
import type { FormValues } from "../core/types";
import { toFormValues } from "../form/field-paths";
import type { UseModelParameterFormReturn } from "../form/use-model-parameter-form";
import { restoreValues } from "./create-values-persistence";

/**
 * Puts values from elsewhere (a past result, a preset, storage) into a live form, fitted to its model with
 * `migrateValues`. Values that differ from the model's defaults count as set by the user, so the request sends
 * them. Returns the values applied and every change made to fit.
 *
 * @example
 * ```ts
 * const modelForm = useModelFormContext();
 * const { changes } = applyValues(modelForm, result.values);
 * ```
 */
export function applyValues(modelForm: UseModelParameterFormReturn, values: FormValues): MigratedValues {
  const migrated = restoreValues(values, modelForm.compiled);
  // Kept defaults: what differs from the model's starting values counts as changed, so the request sends it.
  modelForm.form.reset(toFormValues(migrated.values) as FormValues, { keepDefaultValues: true });
  return migrated;
}

/**
 * The values a request body was built from: the body without `model` (what a stored history entry without
 * values can still offer to "reuse settings").
 *
 * @example
 * ```ts
 * valuesOfRequest({ model: "acme/pixel-v3", prompt: "a fox", n: 2 }); // { prompt: "a fox", n: 2 }
 * ```
 */
export function valuesOfRequest(request: Record<string, unknown>): FormValues {
  const { model: _model, ...values } = request;
  return values as FormValues;
}
