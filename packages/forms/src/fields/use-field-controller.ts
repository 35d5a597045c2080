import { type Control, get, useController, useFormContext } from "react-hook-form";
import type { FieldComponentProps } from "./types";

/**
 * useController for a field: the control prop wins, else the surrounding FormProvider's. `field.value` is the stored
 * value: react-hook-form shows the default value in place of `undefined`, but here `undefined` means "unset".
 *
 * @example
 * ```tsx
 * function MyField(props: FieldComponentProps) {
 *   const { field, fieldState } = useFieldController(props);
 *   return <input value={String(field.value ?? "")} onChange={(e) => field.onChange(e.target.value)} />;
 * }
 * ```
 */
export function useFieldController({ field, control: anyControl, name }: FieldComponentProps) {
  const path = name ?? field.name;
  const control = anyControl as Control | undefined;
  const context = useFormContext();
  // `disabled` stays a UI concern: react-hook-form would drop a disabled field's value from the submit data.
  const controller = useController({ name: path, control });
  const owner = control ?? context?.control;
  if (!owner) return controller;
  return { ...controller, field: { ...controller.field, value: get(owner._formValues, path) } };
}

/** The message of a field error, including array-level errors (`root`). */
export function errorMessage(error: unknown): string | undefined {
  if (!error || typeof error !== "object") return undefined;
  const e = error as { message?: unknown; root?: { message?: unknown } };
  if (typeof e.message === "string" && e.message) return e.message;
  if (typeof e.root?.message === "string") return e.root.message;
  // An array field may carry its first item's error only.
  for (const item of Object.values(e)) {
    const nested = item && typeof item === "object" ? (item as { message?: unknown }).message : undefined;
    if (typeof nested === "string") return nested;
  }
  return undefined;
}
