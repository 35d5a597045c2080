import { snapToStep } from "./step-grid";
import type { CompiledForm, FieldValue, FormField, FormValues } from "./types";
import { setOwn, valuesEqual } from "./values-equal";

/**
 * Why a value changed while moving to another form.
 *
 * @example
 * ```ts
 * const reason: MigrationReason = "clamped";
 * ```
 */
export type MigrationReason = "clamped" | "defaulted" | "dropped" | "fixed";

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
  /**
   * Every field whose value was clamped, replaced by the target default or by a fixed value, or dropped; unchanged
   * values are not listed.
   */
  changes: ValueChange[];
}

/** Whether the field's schema accepts `value`; false when parsing throws (a Proxy, a throwing getter). */
function accepts(field: FormField, value: unknown): boolean {
  try {
    return field.schema.safeParse(value).success;
  } catch {
    return false;
  }
}

/**
 * A number pulled into the field's bounds (onto whole numbers for integer fields, onto the step grid for stepped
 * ones), when that makes it valid.
 */
function clampIntoField(value: FieldValue, field: FormField): FieldValue | undefined {
  if (typeof value !== "number" || !Number.isFinite(value)) return undefined;
  const { min = -Infinity, max = Infinity, integer, step } = field.constraints;
  let next = Math.min(max, Math.max(min, value));
  if (integer) next = Math.min(max, Math.max(min, Math.round(next)));
  if (step !== undefined && step > 0 && Number.isFinite(min) && !accepts(field, next)) {
    const snapped = snapToStep(next, min, step);
    next = snapped > max ? snapToStep(snapped - step, min, step) : snapped;
  }
  return accepts(field, next) ? next : undefined;
}

/**
 * The own, readable entries of `values` as a plain object: `null`, a non-object, a revoked Proxy or throwing
 * getters read as absent keys instead of throwing.
 */
function readableValues(values: unknown): FormValues {
  const copy: FormValues = {};
  if (typeof values !== "object" || values === null) return copy;
  let keys: string[];
  try {
    keys = Object.keys(values);
  } catch {
    return copy;
  }
  for (const key of keys) {
    try {
      setOwn(copy, key, (values as FormValues)[key]);
    } catch {}
  }
  return copy;
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
 * - Fixed target fields hold their fixed value; a different value the user had is listed as `fixed`.
 * - `values` may be anything: `null`, a non-object or an unreadable Proxy reads as no values (never a throw).
 *
 * @example
 * ```ts
 * const { values, changes } = migrateValues({ prompt: "a fox", n: 8, quality: "ultra" }, nextForm);
 * // values: { prompt: "a fox", n: 4, quality: "medium", ... }
 * // changes: [{ field: "n", from: 8, to: 4, reason: "clamped" }, { field: "quality", from: "ultra", to: "medium", reason: "defaulted" }]
 * ```
 */
export function migrateValues(
  values: FormValues | null | undefined,
  target: CompiledForm,
  options: MigrateValuesOptions | null = {},
): MigratedValues {
  // A copy of what can be read: `null`, a Proxy (revoked or not) or throwing getters never make this throw.
  const source = readableValues(values);
  const next: FormValues = {};
  const changes: ValueChange[] = [];
  const sourceDefaults = options?.from?.defaults;
  const fieldNames = new Set<string>();
  const keep = (name: string, value: FieldValue) => setOwn(next, name, value);

  for (const field of target.fields) {
    const { name } = field;
    fieldNames.add(name);
    const present = Object.hasOwn(source, name);
    const value = present ? source[name] : undefined;
    if (field.fixed) {
      keep(name, field.fixedValue);
      // A value the user had, replaced by the fixed one, is a change they should hear about.
      if (present && value !== undefined && !valuesEqual(value, field.fixedValue))
        changes.push({ field: name, from: value, to: field.fixedValue, reason: "fixed" });
      continue;
    }
    if (!present) {
      keep(name, field.defaultValue);
      continue;
    }
    if (name === "prompt") {
      keep(name, value);
      continue;
    }
    const atSourceDefault =
      sourceDefaults !== undefined && Object.hasOwn(sourceDefaults, name) && valuesEqual(value, sourceDefaults[name]);
    if (!atSourceDefault && accepts(field, value)) {
      keep(name, value);
      continue;
    }
    const clamped = atSourceDefault ? undefined : clampIntoField(value, field);
    const [to, reason]: [FieldValue, MigrationReason] =
      clamped !== undefined ? [clamped, "clamped"] : [field.defaultValue, "defaulted"];
    keep(name, to);
    if (!valuesEqual(value, to)) changes.push({ field: name, from: value, to, reason });
  }

  for (const name of Object.keys(source)) {
    if (fieldNames.has(name)) continue;
    const value = source[name];
    if (name === "prompt") {
      keep(name, value);
      continue;
    }
    if (value !== undefined) changes.push({ field: name, from: value, to: undefined, reason: "dropped" });
  }
  return { values: next, changes };
}
