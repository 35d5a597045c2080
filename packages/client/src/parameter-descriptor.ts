/**
 * The normalized form of one entry of a model's `supported_parameters`, whichever wire shape it came in.
 * Keyed by the request field name (`resolution`, `n`, `seed`, `input_references`, ...).
 *
 * @example
 * ```ts
 * const { parameters } = normalizeParameters({ resolutions: ["1:1", "16:9"], max_images: 4 });
 * // [{ name: "resolution", kind: "enum", values: ["1:1", "16:9"], ... },
 * //  { name: "n", kind: "range", min: 1, max: 4, integer: true, ... }]
 * ```
 */
export type ParameterDescriptor =
  | EnumParameter
  | RangeParameter
  | BooleanParameter
  | ImageReferencesParameter
  | UnknownParameter;

/** Every kind a descriptor can have; the forms package keys its kind modules on this. */
export type ParameterKind = ParameterDescriptor["kind"];

/** Which wire shape a descriptor was read from. */
export type ParameterSource = "typed" | "legacy";

interface ParameterBase {
  /** The request body field name, e.g. `resolution`, `n`, `seed`, `input_references`. */
  name: string;
  /** Which wire shape this came from. */
  source: ParameterSource;
  /** The original key in `supported_parameters` (e.g. `resolutions`, `max_images`). */
  sourceKey: string;
  /** A description, when the record carried one. */
  description?: string;
  /**
   * True when the provider fixes the value (legacy `fixed_image_count`): the form must not offer it and the
   * request must not send it. `default` then holds the fixed value.
   */
  fixed?: boolean;
}

/** A choice among `values` (`type: "enum"`, or a legacy list such as `resolutions`). */
export interface EnumParameter extends ParameterBase {
  kind: "enum";
  /** Allowed values, de-duplicated, in published order. Never empty. */
  values: Array<string | number>;
  /** The published default, when it is one of `values`. */
  default?: string | number;
}

/** A number in `[min, max]` inclusive (`type: "range"`, or legacy counts such as `max_images`). */
export interface RangeParameter extends ParameterBase {
  kind: "range";
  min: number;
  max: number;
  /** The published step, or 1 when `integer`. Absent for continuous ranges. */
  step?: number;
  /** True when only integers are valid (inferred from integer bounds/default, or an integer step). */
  integer: boolean;
  /** The published default; may lie outside `[min, max]` (the form compiler clamps and reports it). */
  default?: number;
}

/**
 * `type: "boolean"` means "this request field is supported", not a true/false value. `valueType` says what
 * the request field holds: `seed` is an integer, a `*prompt` field is a string, anything else is a boolean.
 */
export interface BooleanParameter extends ParameterBase {
  kind: "boolean";
  valueType: "integer" | "string" | "boolean";
  /** Bounds for `valueType: "integer"` (a seed is 0..2^32-1). */
  min?: number;
  max?: number;
}

/** Per-image limits of reference images: the tighter of route and provider limits. */
export interface ImageConstraints {
  maxBytes?: number;
  /** Lower-case format names without a dot, e.g. `png`, `jpeg`, `webp`. */
  formats?: string[];
  minWidth?: number;
  minHeight?: number;
  maxWidth?: number;
  maxHeight?: number;
}

/** `input_references`: how many reference images the request may carry, and what each may be. */
export interface ImageReferencesParameter extends ParameterBase {
  kind: "image_references";
  minItems: number;
  maxItems: number;
  constraints: ImageConstraints;
}

/** A descriptor whose type this library does not understand; kept so apps can see it, never rendered by default. */
export interface UnknownParameter extends ParameterBase {
  kind: "unknown";
  /** The raw value from the record, for apps that want to handle it themselves. */
  raw: unknown;
}

/** Something the normalizer could not use, or had to correct. Never thrown. */
export interface ParameterWarning {
  /** Stable machine-readable code, e.g. `unknown_type`, `empty_enum`, `invalid_range`, `swapped_range`. */
  code: string;
  /** The `supported_parameters` key it concerns, when there is one. */
  key?: string;
  message: string;
  /** How many times it happened for this key (a repeat raises the count instead of adding a warning); absent: once. */
  count?: number;
}

/** The result of {@link normalizeParameters}. */
export interface NormalizedParameters {
  parameters: ParameterDescriptor[];
  warnings: ParameterWarning[];
}
