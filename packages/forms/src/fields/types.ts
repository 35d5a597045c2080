import type { ComponentType } from "react";
import type { Control } from "react-hook-form";
import type { FormField, WidgetKind } from "../core/types";

/** A react-hook-form `control` of any form. */
export type AnyControl = Pick<Control, "_formValues" | "_names">;

/**
 * Props every field component takes. A field works inside any react-hook-form form: pass `control`, or render it
 * under a `FormProvider`.
 *
 * @example
 * ```tsx
 * <SliderField field={compiled.fields[1]} control={form.control} />
 * ```
 */
export interface FieldComponentProps {
  field: FormField;
  /** Any react-hook-form `control` (typed loosely: RHF's Control is invariant in the form's field names). */
  control?: AnyControl;
  /**
   * The react-hook-form path of the value; defaults to `fieldPath(field.name)` (the published name itself when it
   * is a plain identifier, an escaped path otherwise). Pass one to place the field inside your own form.
   */
  name?: string;
  disabled?: boolean;
  className?: string;
}

/** A component that renders one field. */
export type FieldComponent = ComponentType<FieldComponentProps>;

/** Per-widget component overrides; unknown widget names may be added by custom compilers. */
export type WidgetComponents = Partial<Record<WidgetKind, FieldComponent>> & Record<string, FieldComponent | undefined>;
