import type { UseFormReturn } from "react-hook-form";
import type { SortedSubmitErrors } from "../core/submit-errors";
import type { FormField, FormValues } from "../core/types";
import { fieldPath } from "./field-paths";

/** The error `type` of messages that came back from a submit (the API or the app's server), not from the schema. */
export const SUBMIT_ERROR_TYPE = "server";

/**
 * Shows sorted submit errors on their fields: each gets `aria-invalid` and its message, the first one (in display
 * order) takes focus, and a closed "Advanced" disclosure holding one opens first so it can.
 *
 * @example
 * ```ts
 * applySubmitErrors(form, fields, fieldErrorsFromError(error, compiled), () => setAdvancedOpen(true));
 * ```
 */
export function applySubmitErrors(
  form: UseFormReturn<FormValues>,
  fields: readonly FormField[],
  errors: SortedSubmitErrors,
  openAdvanced?: () => void,
): void {
  const failing = fields.filter((field) => Object.hasOwn(errors.fieldErrors, field.name));
  if (openAdvanced && failing.some((field) => field.advanced)) openAdvanced();
  failing.forEach((field, index) => {
    // react-hook-form keys fields by their form path, not the published name (which may read as a path).
    form.setError(
      fieldPath(field.name),
      { type: SUBMIT_ERROR_TYPE, message: errors.fieldErrors[field.name] },
      { shouldFocus: index === 0 },
    );
  });
}

/**
 * Clears a field's submit error as soon as its value changes (the schema's own errors follow the form's mode).
 * Returns the unsubscribe function.
 *
 * @example
 * ```ts
 * useEffect(() => clearSubmitErrorsOnChange(form), [form]);
 * ```
 */
export function clearSubmitErrorsOnChange(form: UseFormReturn<FormValues>): () => void {
  return form.subscribe({
    formState: { values: true },
    // `name` is passed at run time since react-hook-form 7.55 (typed from 7.57): read it without relying on the type.
    callback: (state) => {
      const { name } = state as { name?: string };
      if (name !== undefined && form.getFieldState(name).error?.type === SUBMIT_ERROR_TYPE) form.clearErrors(name);
    },
  });
}
