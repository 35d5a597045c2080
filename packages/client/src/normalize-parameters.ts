import type {
  ImageConstraints,
  ImageReferencesParameter,
  NormalizedParameters,
  ParameterDescriptor,
  ParameterSource,
  ParameterWarning,
  RangeParameter,
} from "./parameter-descriptor";

type Rec = Record<string, unknown>;
type Slot = [typed?: ParameterDescriptor, legacy?: ParameterDescriptor];
type Warn = (code: string, key?: string, detail?: unknown) => void;

/** @internal A plain, non-array object. */
export const isRecord = (v: unknown): v is Rec => typeof v === "object" && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const own = (o: Rec, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);

const REFS = "input_references";
const SEED_MAX = 4294967295;
/** Legacy flat key -> the request field it describes. */
const LEGACY: Rec = {
  resolutions: "resolution",
  rendering_speed: "rendering_speed",
  max_images: "n",
  max_output_images: "n",
  fixed_image_count: "n",
  max_input_images: REFS,
  input_image_constraints: REFS,
};

// Messages are generated from the code (kept short: the whole client is budgeted at 4 kB).
const collector = (): [ParameterWarning[], Warn] => {
  const warnings: ParameterWarning[] = [];
  const warn: Warn = (code, key, detail) => {
    const message = `${key ?? "supported_parameters"}: ${code.replace(/_/g, " ")}${detail === undefined ? "" : ` (${typeof detail === "object" && detail ? "object" : String(detail)})`}`;
    warnings.push(key === undefined ? { code, message } : { code, key, message });
  };
  return [warnings, warn];
};

/**
 * Turns a model's `supported_parameters` (typed descriptors, legacy flat keys, or a mix) into one list of
 * {@link ParameterDescriptor}s keyed by request field name, in published key order, plus warnings for
 * everything it could not use. Never throws, whatever the input.
 *
 * Rules:
 * - `{type:"enum"}`: string/number values, de-duplicated; other values dropped (`invalid_enum_value`); no values
 *   left -> no descriptor (`empty_enum`); a `default` outside `values` is dropped (`invalid_default`).
 * - `{type:"range"}`: both bounds must be finite numbers, else the descriptor is dropped (`invalid_range`; no
 *   bound is guessed). `min > max` is swapped (`swapped_range`). It is `integer` when min, max and default are
 *   integers or `step` is an integer; an integer range without `step` gets `step: 1`.
 *   `input_references` becomes an `image_references` descriptor (`minItems`..`maxItems`).
 * - `{type:"boolean"}` is a support flag, and `valueType` is derived from the field name: `seed` holds an
 *   integer (0..4294967295), a name ending in `prompt` holds a string, anything else a boolean.
 * - any other `type` -> an `unknown` descriptor with the raw value (`unknown_type`).
 * - legacy: `resolutions`/`rendering_speed` arrays -> enums; `max_images`/`max_output_images` -> `n` in 1..N
 *   (the smaller wins, `conflicting_values` when they differ); `fixed_image_count` -> `n` fixed at that value;
 *   `max_input_images` -> `input_references` 0..N; `input_image_constraints` -> per-image limits (its
 *   `max_items` caps the count). A bare `true` is a support flag like `{type:"boolean"}`.
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
  const [warnings, warn] = collector();
  if (!isRecord(supported_parameters)) {
    if (supported_parameters != null) warn("invalid_parameters");
    return { parameters: [], warnings };
  }
  const sp = supported_parameters;
  // name -> [typed, legacy]; Map insertion order = first published key naming that field.
  const slots = new Map<string, Slot>();
  const slot = (name: string) => {
    const s = slots.get(name) ?? [];
    slots.set(name, s);
    return s;
  };
  const legacy = new Map<string, unknown>();
  for (const key of Object.keys(sp)) {
    if (key === "__proto__") {
      warn("unsafe_key", key);
      continue;
    }
    const value = sp[key];
    const type = isRecord(value) ? value.type : undefined;
    if (type !== undefined) {
      const d = readTyped(key, value as Rec, warn);
      if (d) slot(d.name)[0] = d;
    } else if (Object.hasOwn(LEGACY, key)) {
      legacy.set(key, value);
      slot(LEGACY[key] as string);
    } else if (value === true) {
      slot(key)[1] = flag(key, "legacy", key);
    } else if (value !== false && value != null) {
      warn("unknown_key", key);
      slot(key)[1] = { name: key, kind: "unknown", source: "legacy", sourceKey: key, raw: value };
    }
  }
  readLegacy(legacy, slots, warn);
  const parameters: ParameterDescriptor[] = [];
  for (const [name, [typed, old]] of slots) {
    if (typed && old) warn("duplicate_parameter", old.sourceKey, name);
    const d = typed ?? old;
    if (d) parameters.push(d);
  }
  const out = { parameters, warnings };
  const c = "input_image_constraints";
  return legacy.has(c) ? applyInputReferenceConstraints(out, legacy.get(c), c) : out;
}

/** `seed` holds an integer, `*prompt` a string, anything else a boolean (see {@link normalizeParameters}). */
const flag = (name: string, source: ParameterSource, sourceKey: string): ParameterDescriptor =>
  name === "seed"
    ? { name, kind: "boolean", source, sourceKey, valueType: "integer", min: 0, max: SEED_MAX }
    : { name, kind: "boolean", source, sourceKey, valueType: name.endsWith("prompt") ? "string" : "boolean" };

function readTyped(key: string, v: Rec, warn: Warn): ParameterDescriptor | undefined {
  const type = v.type;
  const description = typeof v.description === "string" ? { description: v.description } : {};
  let d: ParameterDescriptor | undefined;
  if (type === "enum") d = readEnum(key, key, "typed", v.values, own(v, "default"), warn);
  else if (type === "range") {
    const r = readRange(key, key, "typed", v, warn);
    d = r && key === REFS ? refs(key, "typed", r.min, r.max) : r;
  } else if (type === "boolean") d = flag(key, "typed", key);
  else {
    warn("unknown_type", key, type);
    d = { name: key, kind: "unknown", source: "typed", sourceKey: key, raw: v };
  }
  return d && { ...d, ...description };
}

function readEnum(
  name: string,
  key: string,
  source: ParameterSource,
  raw: unknown,
  def: unknown,
  warn: Warn,
): ParameterDescriptor | undefined {
  if (!Array.isArray(raw)) {
    warn(raw === undefined ? "empty_enum" : "invalid_value", key);
    return;
  }
  const values = new Set<string | number>();
  for (const x of raw) {
    if (typeof x === "string" || isNum(x)) values.add(x);
    else warn("invalid_enum_value", key, x);
  }
  if (!values.size) {
    warn("empty_enum", key);
    return;
  }
  const d: ParameterDescriptor = { name, kind: "enum", source, sourceKey: key, values: [...values] };
  if (def !== undefined) {
    if (values.has(def as string)) d.default = def as string;
    else warn("invalid_default", key, def);
  }
  return d;
}

function readRange(name: string, key: string, source: ParameterSource, v: Rec, warn: Warn): RangeParameter | undefined {
  const { min, max, step } = v;
  const def = own(v, "default");
  if (!isNum(min) || !isNum(max)) {
    warn("invalid_range", key);
    return;
  }
  if (min > max) warn("swapped_range", key);
  const [lo, hi] = min > max ? [max, min] : [min, max];
  const d: RangeParameter = { name, kind: "range", source, sourceKey: key, min: lo, max: hi, integer: false };
  if (step !== undefined && !(isNum(step) && step > 0)) warn("invalid_step", key, step);
  else if (step !== undefined) d.step = step;
  if (def !== undefined && !isNum(def)) warn("invalid_default", key, def);
  else if (def !== undefined) d.default = def;
  const int = Number.isInteger;
  // An explicit step decides; else integer bounds (and default) mean an integer count.
  d.integer = d.step ? int(d.step) : int(lo) && int(hi) && (d.default === undefined || int(d.default));
  if (d.integer) d.step ??= 1;
  return d;
}

const refs = (sourceKey: string, source: ParameterSource, min: number, max: number): ImageReferencesParameter => {
  const maxItems = Math.max(0, Math.floor(max));
  const minItems = Math.min(maxItems, Math.max(0, Math.ceil(min)));
  return { name: REFS, kind: "image_references", source, sourceKey, minItems, maxItems, constraints: {} };
};

function readLegacy(legacy: Map<string, unknown>, slots: Map<string, Slot>, warn: Warn): void {
  const set = (d: ParameterDescriptor) => {
    (slots.get(d.name) as Slot)[1] = d;
  };
  for (const key of ["resolutions", "rendering_speed"]) {
    if (!legacy.has(key)) continue;
    const d = readEnum(LEGACY[key] as string, key, "legacy", legacy.get(key), undefined, warn);
    if (d) set(d);
  }
  // A positive count, floored; anything else is reported and ignored.
  const count = (key: string, least: number): number | undefined => {
    if (!legacy.has(key)) return;
    const v = legacy.get(key);
    if (isNum(v) && Math.floor(v) >= least) return Math.floor(v);
    warn("invalid_value", key, v);
  };
  const a = count("max_images", 1);
  const b = count("max_output_images", 1);
  if (a !== undefined && b !== undefined && a !== b) warn("conflicting_values", "max_output_images", `${a} vs ${b}`);
  const max = a === undefined ? b : b === undefined ? a : Math.min(a, b);
  const fixed = count("fixed_image_count", 1);
  const n = (sourceKey: string, lo: number, hi: number): RangeParameter => ({
    name: "n",
    kind: "range",
    source: "legacy",
    sourceKey,
    min: lo,
    max: hi,
    step: 1,
    integer: true,
  });
  if (fixed !== undefined) set({ ...n("fixed_image_count", fixed, fixed), fixed: true, default: fixed });
  else if (max !== undefined) set(n(a === undefined ? "max_output_images" : "max_images", 1, max));
  const inputs = count("max_input_images", 0);
  if (inputs) set(refs("max_input_images", "legacy", 0, inputs));
}

// [ImageConstraints field, wire field, how two limits combine (the tighter wins)]
const LIMITS: Array<[keyof ImageConstraints, string, (...n: number[]) => number]> = [
  ["maxBytes", "max_bytes", Math.min],
  ["minWidth", "min_width", Math.max],
  ["minHeight", "min_height", Math.max],
  ["maxWidth", "max_width", Math.min],
  ["maxHeight", "max_height", Math.min],
];

/** Combines limit sets (route first): the tighter of each bound, the first list of formats. */
function tighten(sides: Rec[], wire: boolean): ImageConstraints {
  const c: Rec = {};
  for (const [prop, name, f] of LIMITS) {
    const ns = sides.map((x) => x[wire ? name : prop]).filter((x): x is number => isNum(x) && x >= 0);
    if (ns.length) c[prop] = f(...ns);
  }
  const formats = sides.map((x) => x.formats).find(Array.isArray);
  const fs = formats?.filter((f): f is string => typeof f === "string").map((f) => f.toLowerCase().replace(/^\./, ""));
  if (fs?.length) c.formats = [...new Set(fs)];
  return c;
}

/**
 * Merges an endpoint record's `input_reference_constraints` (same shape as the legacy `input_image_constraints`:
 * `{ max_items, route: {...}, provider: {...} }`) into the `input_references` descriptor: the tighter per-image
 * limit wins, formats are lower-cased (route first, else provider) and `max_items` caps `maxItems`. When there is no
 * `input_references` descriptor but `max_items > 0`, one is appended (0..max_items). Returns a new result; the
 * input is not mutated. Never throws.
 *
 * @example
 * ```ts
 * const record = await client.getModelEndpoints("acme/pixel-v3"); // already applies it
 * const merged = applyInputReferenceConstraints(normalizeParameters(raw), { max_items: 3, route: { max_bytes: 1e6 } });
 * ```
 */
export function applyInputReferenceConstraints(
  normalized: NormalizedParameters,
  constraints: unknown,
  sourceKey = "input_reference_constraints",
): NormalizedParameters {
  const warnings = [...normalized.warnings];
  const parameters = [...normalized.parameters];
  if (constraints == null) return { parameters, warnings };
  if (!isRecord(constraints)) {
    warnings.push({ code: "invalid_constraints", key: sourceKey, message: `${sourceKey}: not an object` });
    return { parameters, warnings };
  }
  const c = tighten([constraints.route, constraints.provider].filter(isRecord), true);
  const cap =
    isNum(constraints.max_items) && constraints.max_items >= 0 ? Math.floor(constraints.max_items) : undefined;
  const i = parameters.findIndex((p) => p.name === REFS);
  const d = parameters[i];
  if (d?.kind === "image_references") {
    const merged = tighten([d.constraints as Rec, c as Rec], false);
    const maxItems = cap === undefined ? d.maxItems : Math.min(cap, d.maxItems);
    parameters[i] = { ...d, maxItems, minItems: Math.min(d.minItems, maxItems), constraints: merged };
  } else if (cap && !d) parameters.push({ ...refs(sourceKey, "legacy", 0, cap), constraints: c });
  else warnings.push({ code: "unused_constraints", key: sourceKey, message: `${sourceKey}: no max_items` });
  return { parameters, warnings };
}
