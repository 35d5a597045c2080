import * as z from "zod/mini";
import type { FieldConstraints, FieldValue, FormField, WidgetKind } from "./types";
import { describeValue, valuesEqual } from "./values-equal";

/** A field before its schema is attached. */
export type FieldDraft = Omit<FormField, "schema">;

/**
 * A compiled field whose zod `schema` is built on first read and cached. Building zod schemas is the bulk of
 * compile time (tens of microseconds each) and most fields of a catalog are never validated, so it waits.
 * `schema` is a getter on the prototype: a copy made with `{ ...field }` has no `schema`; copy it explicitly
 * (`{ ...field, schema: field.schema }`).
 */
export class LazyField implements FormField {
  name: string;
  label: string;
  description?: string;
  kind: FormField["kind"];
  widget: WidgetKind;
  constraints: FieldConstraints;
  defaultValue: FieldValue;
  providerDefault?: FieldValue;
  hint: string;
  advanced: boolean;
  fixed: boolean;
  fixedValue?: FieldValue;
  fixedBy?: "options" | "provider";
  descriptor?: FormField["descriptor"];
  // `declare`: no own `undefined` keys unless set (class fields would define them).
  declare limited?: boolean;
  declare optionLabels?: Record<string, string>;
  declare optionIcons?: Record<string, string>;
  declare recentFirst?: boolean;
  declare joined?: FormField["joined"];
  #build: () => z.ZodMiniType;
  #schema: z.ZodMiniType | undefined;

  constructor(draft: FieldDraft, build: () => z.ZodMiniType) {
    this.name = draft.name;
    this.label = draft.label;
    this.description = draft.description;
    this.kind = draft.kind;
    this.widget = draft.widget;
    this.constraints = draft.constraints;
    this.defaultValue = draft.defaultValue;
    this.providerDefault = draft.providerDefault;
    this.hint = draft.hint;
    this.advanced = draft.advanced;
    this.fixed = draft.fixed;
    this.fixedValue = draft.fixedValue;
    this.fixedBy = draft.fixedBy;
    this.descriptor = draft.descriptor;
    if (draft.limited !== undefined) this.limited = draft.limited;
    if (draft.optionLabels !== undefined) this.optionLabels = draft.optionLabels;
    if (draft.optionIcons !== undefined) this.optionIcons = draft.optionIcons;
    if (draft.recentFirst !== undefined) this.recentFirst = draft.recentFirst;
    if (draft.joined !== undefined) this.joined = draft.joined;
    this.#build = build;
    this.#schema = undefined;
  }

  /** The field's schema: the kind's own, or, once fixed, one that accepts only the fixed value (or nothing). */
  get schema(): z.ZodMiniType {
    if (this.#schema === undefined) this.#schema = this.fixed ? fixedSchema(this.fixedValue) : this.#build();
    return this.#schema;
  }

  /** Fixes the field to `value`; its schema then accepts only that value. */
  fix(value: FieldValue, by: "options" | "provider"): void {
    this.fixed = true;
    this.fixedBy = by;
    this.fixedValue = value;
    this.defaultValue = value;
    this.#schema = undefined;
  }
}

function fixedSchema(value: FieldValue): z.ZodMiniType {
  return z.custom<FieldValue>((input) => input === undefined || valuesEqual(input, value), {
    message: `Fixed to ${describeValue(value)}`,
  });
}

/** Creates a {@link LazyField}; `build` runs on the first read of `schema`. */
export function lazyField(draft: FieldDraft, build: () => z.ZodMiniType): FormField {
  return new LazyField(draft, build);
}
