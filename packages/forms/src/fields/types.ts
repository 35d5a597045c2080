import type { ComponentType } from "react";
import type { Control } from "react-hook-form";
import type { FormField, WidgetKind } from "../core/types";
import type { SlotClassNames } from "../styles/slot-class-names";
import type { ImageReferencesSlot } from "./reference-list";
import type { ResolutionFieldSlot } from "./resolution-tiles";
import type { SearchableSelectSlot } from "./searchable-select-list";
import type { SeedFieldSlot } from "./seed-field";

/**
 * The parts a field renders, by their `data-mf-slot`. `root` is the field's outer element (`data-mf-slot="field"`),
 * the one its `className` reaches; the rest exist only for the widgets that render them.
 */
export type FieldSlot =
  | "root"
  | "label-row"
  | "label"
  | "control"
  | "description"
  | "hint"
  | "error"
  | "counter"
  | "textarea"
  | "input"
  | "checkbox"
  | "number-row"
  | "number-input"
  | "randomize"
  | "select-trigger"
  | "select-icon"
  | "select-content"
  | "select-viewport"
  | "select-item"
  | "select-indicator"
  | "slider-row"
  | "slider"
  | "slider-track"
  | "slider-range"
  | "slider-thumb"
  | "references"
  | "reference-list"
  | "reference"
  | "reference-thumbnail"
  | "reference-remove"
  | "reference-add"
  | "button"
  | "file-button"
  | "file-input"
  | "field-loading"
  | ResolutionFieldSlot
  | SeedFieldSlot
  | SearchableSelectSlot
  | ImageReferencesSlot;

/**
 * Classes per part of a field: `{ root: "col-span-2", label: "text-base", "slider-thumb": "size-7" }`.
 *
 * @example
 * ```tsx
 * <SliderField field={field} control={form.control} classNames={{ "slider-track": "h-2", "number-input": "w-24" }} />
 * ```
 */
export type FieldClassNames = SlotClassNames<FieldSlot>;

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
  /** Added to the field's root element (`data-mf-slot="field"`), the frame around label, control and notes. */
  className?: string;
  /** Classes per part: root, label, hint, error, control, and the widget's own parts (see {@link FieldSlot}). */
  classNames?: FieldClassNames;
}

/** A component that renders one field. */
export type FieldComponent = ComponentType<FieldComponentProps>;

/** Per-widget component overrides; unknown widget names may be added by custom compilers. */
export type WidgetComponents = Partial<Record<WidgetKind, FieldComponent>> & Record<string, FieldComponent | undefined>;
