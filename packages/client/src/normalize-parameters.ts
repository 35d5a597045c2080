import { isNum, make, REFS, type Rec, refs, warningList } from "./descriptor-builders";
import { applyInputReferenceConstraints } from "./input-reference-constraints";
import { isRecord } from "./is-record";
import type { NormalizedParameters, ParameterDescriptor, ParameterSource } from "./parameter-descriptor";

type Slot = [typed?: ParameterDescriptor, legacy?: ParameterDescriptor];

/**
 * An enum is read up to this many entries; the rest are reported (`too_many_values`, with their count) and left
 * out, so a hostile list (a sparse array of length 1e9, a Proxy claiming any length) costs milliseconds.
 */
export const MAX_ENUM_VALUES = 100_000;
const COUNT_KEYS = new Set(["max_images", "max_output_images", "fixed_image_count"]);
/** `Object.keys`, or `undefined` when reading them throws (a revoked Proxy, a throwing `ownKeys` trap). */
function keysOf(value: object): string[] | undefined {
  try {
    return Object.keys(value);
  } catch {
    return undefined;
  }
}

/** `isRecord`, false when merely asking throws (a revoked Proxy throws from `Array.isArray`). */
function safeIsRecord(value: unknown): value is Rec {
  try {
    return isRecord(value);
  } catch {
    return false;
  }
}

/** A `*prompt` field holds text, unless a verb says it switches something on (`enhance_prompt`). */
const TEXT_FLAG = /prompt$/;
const SWITCH_FLAG = /^(enhance|enable|expand|auto|use|optimi[sz]e|magic|improve)_/;

/** `seed` holds an integer, `*prompt` a string, anything else a boolean (see {@link normalizeParameters}). */
const flag = (name: string, source: ParameterSource) =>
  make(
    name,
    "boolean",
    source,
    name,
    name === "seed"
      ? { valueType: "integer", min: 0, max: 4294967295 }
      : { valueType: TEXT_FLAG.test(name) && !SWITCH_FLAG.test(name) ? "string" : "boolean" },
  );

/**
 * Turns a model's `supported_parameters` (typed descriptors, legacy flat keys, or a mix) into one list of
 * {@link ParameterDescriptor}s keyed by request field name, in published key order, plus warnings for
 * everything it could not use. Never throws, whatever the input: throwing getters, Proxies (revoked ones too),
 * cyclic and deeply nested values cost at most the key they sit under (`unreadable_value`). Warnings come one per
 * code and key, with a `count` when repeated, and an enum is read up to {@link MAX_ENUM_VALUES} entries, so
 * hostile input costs milliseconds.
 *
 * Rules:
 * - `{type:"enum"}`: string/number values, de-duplicated; other values dropped (`invalid_enum_value`); no values
 *   left -> no descriptor (`empty_enum`); a `default` outside `values` is dropped (`invalid_default`).
 * - `{type:"range"}`: both bounds must be finite numbers, else the descriptor is dropped (`invalid_range`; no
 *   bound is guessed). `min > max` is swapped (`swapped_range`). It is `integer` when min, max and default are
 *   integers or `step` is an integer; an integer range without `step` gets `step: 1`.
 *   `input_references` becomes an `image_references` descriptor (`minItems`..`maxItems`).
 * - `{type:"boolean"}` is a support flag, and `valueType` is derived from the field name: `seed` holds an
 *   integer (0..4294967295), a name ending in `prompt` holds a string (unless it starts with a switching verb:
 *   `enhance_prompt`, `enable_…`, `use_…`, `auto_…` are on/off), anything else a boolean.
 * - any other `type` -> an `unknown` descriptor with the raw value (`unknown_type`).
 * - legacy: `resolutions`/`rendering_speed` arrays -> enums; `max_images`/`max_output_images` -> `n` in 1..N
 *   (the smaller wins, `conflicting_values` when they differ); `fixed_image_count` -> `n` fixed at that value;
 *   `max_input_images` -> `input_references` 0..N; `input_image_constraints` -> per-image limits (its
 *   `max_items` caps the count). A bare `true` is a support flag like `{type:"boolean"}`; other keys are kept as
 *   `unknown` descriptors (`unknown_key`).
 * - typed and legacy keys naming the same field: the typed one wins (`duplicate_parameter`).
 *
 * @example
 * ```ts
 * const { parameters, warnings } = normalizeParameters({
 *   resolution: { type: "enum", values: ["1024x1024", "1024x768"], default: "1024x1024" },
 *   max_images: 4,
 * });
 * // parameters: [{ name: "resolution", kind: "enum", ... }, { name: "n", kind: "range", min: 1, max: 4, integer: true, step: 1, ... }]
 * ```
 */
export function normalizeParameters(supported_parameters: unknown): NormalizedParameters {
  const list = warningList();
  const { warnings } = list;
  const warn = (code: string, key?: string, times?: number): undefined => {
    list.add(code, key, times);
  };
  // `value` when it is absent or `ok`; else a warning and absent.
  const keep = (value: unknown, ok: boolean, code: string, key: string) =>
    value === undefined || ok ? value : warn(code, key);

  const readEnum = (name: string, key: string, source: ParameterSource, raw: unknown, def?: unknown) => {
    if (!Array.isArray(raw)) return warn(raw === undefined ? "empty_enum" : "invalid_value", key);
    // A Proxy may claim any length: read a bounded number of entries, by index (holes read as undefined).
    const length = Number(raw.length);
    const total = Number.isSafeInteger(length) && length > 0 ? length : 0;
    const read = Math.min(total, MAX_ENUM_VALUES);
    if (total > read) warn("too_many_values", key, total - read);
    // Enums are short: a linear de-duplication beats a Set until they are not.
    const seen = read > 32 ? new Set<unknown>() : undefined;
    const values: Array<string | number> = [];
    let invalid = 0;
    for (let i = 0; i < read; i++) {
      const x: unknown = raw[i];
      if (typeof x !== "string" && !isNum(x)) invalid++;
      else if (seen ? !seen.has(x) && seen.add(x) : !values.includes(x)) values.push(x);
    }
    if (invalid) warn("invalid_enum_value", key, invalid);
    if (!values.length) return warn("empty_enum", key);
    return make(name, "enum", source, key, {
      values,
      default: keep(def, values.includes(def as string), "invalid_default", key),
    });
  };

  const readRange = (key: string, v: Rec) => {
    const { min: a, max: b } = v;
    if (!isNum(a) || !isNum(b)) return warn("invalid_range", key);
    if (a > b) warn("swapped_range", key);
    const min = Math.min(a, b);
    const max = Math.max(a, b);
    let step = keep(v.step, isNum(v.step) && v.step > 0, "invalid_step", key);
    const def = keep(v.default, isNum(v.default), "invalid_default", key);
    const int = Number.isInteger;
    // An explicit step decides; else integer bounds (and default) mean an integer count.
    const integer = step ? int(step) : int(min) && int(max) && (def === undefined || int(def));
    if (integer) step ??= 1;
    return key === REFS
      ? refs(key, "typed", min, max)
      : make(key, "range", "typed", key, { min, max, step, integer, default: def });
  };

  const readTyped = (key: string, v: Rec) => {
    const { type, description } = v;
    let d: ParameterDescriptor | undefined;
    if (type === "enum") d = readEnum(key, key, "typed", v.values, v.default);
    else if (type === "range") d = readRange(key, v);
    else if (type === "boolean") d = flag(key, "typed");
    else {
      warn("unknown_type", key);
      d = make(key, "unknown", "typed", key, { raw: v });
    }
    return d && (typeof description === "string" ? { ...d, description } : d);
  };

  // A positive count, floored; anything else is reported and ignored.
  const count = (key: string, v: unknown, least: number) =>
    isNum(v) && Math.floor(v) >= least ? Math.floor(v) : warn("invalid_value", key);

  if (!safeIsRecord(supported_parameters)) {
    if (supported_parameters != null) warn("invalid_parameters");
    return { parameters: [], warnings };
  }
  const keys = keysOf(supported_parameters);
  if (keys === undefined) {
    warn("unreadable_parameters");
    return { parameters: [], warnings };
  }
  // name -> [typed, legacy]; Map insertion order = first published key naming that field.
  const slots = new Map<string, Slot>();
  const put = (name: string, d?: ParameterDescriptor, i = 1) => {
    const s = slots.get(name) ?? [];
    slots.set(name, s);
    if (d) s[i] = d;
  };
  const counts: Record<string, number | undefined> = {};
  let constraints: unknown;
  for (const key of keys) {
    // Getters and Proxy traps run here: one that throws costs its own key, never the whole record.
    try {
      readKey(key, supported_parameters[key]);
    } catch {
      warn("unreadable_value", key);
    }
  }
  function readKey(key: string, v: unknown): void {
    if (key === "__proto__") warn("unsafe_key", key);
    // A blank name cannot be a request field a form can name (react-hook-form reads "" as the whole form).
    else if (!key.trim()) warn("invalid_name", key);
    else if (isRecord(v) && v.type !== undefined) put(key, readTyped(key, v), 0);
    else if (key === "resolutions" || key === "rendering_speed") {
      const name = key === "resolutions" ? "resolution" : key;
      put(name, readEnum(name, key, "legacy", v));
    } else if (COUNT_KEYS.has(key)) {
      put("n");
      counts[key] = count(key, v, 1);
    } else if (key === "max_input_images") {
      const max = count(key, v, 0);
      put(REFS, max ? refs(key, "legacy", 0, max) : undefined);
    } else if (key === "input_image_constraints") {
      put(REFS);
      constraints = v;
    } else if (v === true) put(key, flag(key, "legacy"));
    else if (v !== false && v != null) {
      warn("unknown_key", key);
      put(key, make(key, "unknown", "legacy", key, { raw: v }));
    }
  }
  const { max_images: a, max_output_images: b, fixed_image_count: fixed } = counts;
  if (a && b && a !== b) warn("conflicting_values", "max_output_images");
  const max = Math.min(a ?? Infinity, b ?? Infinity);
  const n = (sourceKey: string, min: number, max: number, more?: Rec) =>
    make("n", "range", "legacy", sourceKey, { min, max, step: 1, integer: true, ...more });
  if (fixed) put("n", n("fixed_image_count", fixed, fixed, { fixed: true, default: fixed }));
  else if (max < Infinity) put("n", n(a ? "max_images" : "max_output_images", 1, max));

  const parameters: ParameterDescriptor[] = [];
  for (const [typed, old] of slots.values()) {
    if (typed && old) warn("duplicate_parameter", old.sourceKey);
    const d = typed ?? old;
    if (d) parameters.push(d);
  }
  const normalized = { parameters, warnings };
  return constraints === undefined
    ? normalized
    : applyInputReferenceConstraints(normalized, constraints, "input_image_constraints");
}
