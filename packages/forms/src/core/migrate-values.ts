import type { CompiledForm, FieldValue, FormField, FormValues } from "./types";
import { valuesEqual } from "./values-equal";

/**
 * Why a value changed while moving to another form.
 *
 * @example
 * ```ts
 * const reason: MigrationReason = "clamped";
 * ```
 */
export type MigrationReason = "clamped" | "defaulted" | "dropped";

/**
 * One value that did not survive unchanged.
 *
 * @example
 * ```ts
 * const change: ValueChange = { field: "n", from: 8, to: 4, reason: "clamped" };
 * ```
 */
export interface ValueChange {
  field: string;
  from: FieldValue;
  /** `undefined` when dropped. */
  to: FieldValue;
  reason: MigrationReason;
}

/**
 * Options of {@link migrateValues}.
 *
 * @example
 * ```ts
 * migrateValues(values, nextForm, { from: previousForm });
 * ```
 */
export interface MigrateValuesOptions {
  /** The form the values come from: values still at its starting default follow the target's default. */
  from?: CompiledForm;
}

/**
 * The result of {@link migrateValues}.
 *
 * @example
 * ```ts
 * const { values, changes }: MigratedValues = migrateValues(values, nextForm);
 * ```
 */
export interface MigratedValues {
  /** A complete values object for the target form. */
  values: FormValues;
  /** Every field whose value was clamped, replaced by the target default, or dropped; unchanged values are not listed. */
  changes: ValueChange[];
}

/** A number pulled into the field's bounds (and onto whole numbers for integer fields), when that makes it valid. */
function clampIntoField(value: FieldValue, field: FormField): FieldValue | undefined {
  if (typeof value !== "number" || !Number.isFinite(value)) return undefined;
  const { min = -Infinity, max = Infinity, integer } = field.constraints;
  let next = Math.min(max, Math.max(min, value));
  if (integer) next = Math.min(max, Math.max(min, Math.round(next)));
  return field.schema.safeParse(next).success ? next : undefined;
}

/**
 * Carries form values over to another model's form (e.g. when the user switches models).
 *
 * - Values the target field accepts are kept (unchanged, not listed in `changes`).
 * - Numbers outside the target range are clamped into it (rounded on integer ranges): `clamped`.
 * - Anything else the target rejects (an enum value it lacks, a wrong type) takes the target's default: `defaulted`.
 *   With `options.from`, a value still equal to the source form's default also follows the target default.
 * - Fields the target lacks are dropped: `dropped`; the prompt is always kept, even when the target has no
 *   prompt field or its text is now too long (validation then says so, but the user's text is never lost).
 * - Fixed target fields hold their fixed value.
 *
 * @example
 * ```ts
 * const { values, changes } = migrateValues({ prompt: "a fox", n: 8, quality: "ultra" }, nextForm);
 * // values: { prompt: "a fox", n: 4, quality: "medium", ... }
 * // changes: [{ field: "n", from: 8, to: 4, reason: "clamped" }, { field: "quality", from: "ultra", to: "medium", reason: "defaulted" }]
 * ```
 */
export function migrateValues(
  values: FormValues,
  target: CompiledForm,
  options: MigrateValuesOptions = {},
): MigratedValues {
  const next: FormValues = {};
  const changes: ValueChange[] = [];
  const sourceDefaults = options.from?.defaults;
  const fieldNames = new Set<string>();

  for (const field of target.fields) {
    const { name } = field;
    fieldNames.add(name);
    if (field.fixed) {
      next[name] = field.fixedValue;
      continue;
    }
    if (!Object.hasOwn(values, name)) {
      next[name] = field.defaultValue;
      continue;
    }
    const value = values[name];
    if (name === "prompt") {
      next[name] = value;
      continue;
    }
    const atSourceDefault =
      sourceDefaults !== undefined && Object.hasOwn(sourceDefaults, name) && valuesEqual(value, sourceDefaults[name]);
    if (!atSourceDefault && field.schema.safeParse(value).success) {
      next[name] = value;
      continue;
    }
    const clamped = atSourceDefault ? undefined : clampIntoField(value, field);
    const [to, reason]: [FieldValue, MigrationReason] =
      clamped !== undefined ? [clamped, "clamped"] : [field.defaultValue, "defaulted"];
    next[name] = to;
    if (!valuesEqual(value, to)) changes.push({ field: name, from: value, to, reason });
  }

  for (const [name, value] of Object.entries(values)) {
    if (fieldNames.has(name)) continue;
    if (name === "prompt") {
      next[name] = value;
      continue;
    }
    if (value !== undefined) changes.push({ field: name, from: value, to: undefined, reason: "dropped" });
  }
  return { values: next, changes };
}
