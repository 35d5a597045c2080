import type { ImageConstraints, ImageModel, ParameterDescriptor } from "@model-forms/client";
import type * as z from "zod/mini";
import type { CoreMessages } from "./core-messages";

/** Which control renders a field. The React layer maps each to a component; overridable per widget and per field. */
export type WidgetKind =
  | "select"
  | "slider"
  | "number"
  | "prompt"
  | "image-references"
  | "toggle"
  | "text"
  | "resolution"
  | "seed";

/** One reference image in a request: an https URL, a data URL, or an OpenAI-style `image_url` object. */
export type ImageReference = string | { type: "image_url"; image_url: { url: string } };

/** A form value: numbers stay numbers, `undefined` means "unset, let the provider decide". */
export type FieldValue = string | number | boolean | ImageReference[] | undefined;

/** Form values keyed by request field name. */
export type FormValues = Record<string, FieldValue>;

/** What a field accepts, in a shape every widget can read without knowing the kind. */
export interface FieldConstraints {
  required: boolean;
  /** enum: the allowed values. */
  options?: Array<string | number>;
  /** range / integer: inclusive bounds. */
  min?: number;
  max?: number;
  step?: number;
  integer?: boolean;
  /** prompt / text: length limit. */
  maxLength?: number;
  /** image references: count bounds and per-image limits. */
  minItems?: number;
  maxItems?: number;
  image?: ImageConstraints;
  /** number: offer a "randomize" action (seeds). */
  randomizable?: boolean;
}

/** One field of a compiled form: everything a widget needs, decided by the parameter's kind module. */
export interface FormField {
  /** Request field name. */
  name: string;
  /** Humanized from the name (`num_inference_steps` -> "Inference steps") unless overridden. */
  label: string;
  description?: string;
  /** The descriptor kind, or `prompt` for the prompt field the compiler adds. */
  kind: ParameterDescriptor["kind"] | "prompt";
  widget: WidgetKind;
  constraints: FieldConstraints;
  /** The value the form starts with (`undefined` = unset). Always passes the field's schema. */
  defaultValue: FieldValue;
  /** The provider's own default when published: minimal requests omit values equal to it. */
  providerDefault?: FieldValue;
  /** A short constraint hint shown under the control, e.g. "1–4, default 1". */
  hint: string;
  /** Shown under the "Advanced" disclosure. */
  advanced: boolean;
  /** Fixed by options or by the provider: not rendered, value always `fixedValue`. */
  fixed: boolean;
  fixedValue?: FieldValue;
  /**
   * Who fixed the value: `options` (the app; always sent) or `provider` (the descriptor; never sent, the
   * provider applies it). Absent when not fixed.
   */
  fixedBy?: "options" | "provider";
  /** The zod (`zod/mini`) schema for this field's value alone. */
  schema: z.ZodMiniType;
  /** The descriptor it came from (absent for the prompt). */
  descriptor?: ParameterDescriptor;
  /**
   * Restricted by `compileOptions.limits`: its value is always sent when set, so the provider's own default (which
   * the limits may not allow) never applies.
   */
  limited?: boolean;
  /** Enum option labels by `String(value)` (from `compileOptions.optionLabels`); the value itself otherwise. */
  optionLabels?: Record<string, string>;
  /** Enum option icons by `String(value)`: an image URL (from `compileOptions.optionIcons`). */
  optionIcons?: Record<string, string>;
  /** List recently chosen options first (from `compileOptions.recentFirst`). */
  recentFirst?: boolean;
  /**
   * Two published fields read as one control (OpenRouter's `aspect_ratio` + tier `resolution`). The lead carries
   * its partner and renders both; the partner names its lead and renders nothing. Both are still sent as published.
   */
  joined?: { lead: true; partner: FormField } | { lead: false; partner: string };
}

/**
 * A developer policy over one field (`compileOptions.limits`). The compiled schema enforces it, so
 * `buildImageRequest` (on a client, or on a server re-validating a body) applies the same policy.
 *
 * @example
 * ```ts
 * const limits: Record<string, FieldLimit> = {
 *   n: { max: 2 },
 *   resolution: { allow: ["1024x1024", "1536x1024"], default: "1024x1024" },
 *   quality: { hide: true, default: "medium" },
 * };
 * ```
 */
export interface FieldLimit {
  /** Ranges, seeds and reference counts: a lower bound, tightening the published one. */
  min?: number;
  /** Ranges, seeds and reference counts: an upper bound, tightening the published one (`n: { max: 2 }`). */
  max?: number;
  /** Enums: only these of the published values (published order kept). */
  allow?: Array<string | number>;
  /** The starting value; it must pass the limited field. With `hide`, the value always sent. */
  default?: FieldValue;
  /** Leave the field out of the form and the request; with `default`, fix it to that value (always sent). */
  hide?: boolean;
}

/** A warning from compiling: normalizer warnings plus clamped defaults, unknown kinds, bad options. */
export interface FormWarning {
  code: string;
  field?: string;
  message: string;
}

/** The result of `compileParameterForm`. */
export interface CompiledForm {
  /** The model id when compiled from a model. */
  modelId?: string;
  /** Visible and fixed fields in display order (unknown kinds are omitted). */
  fields: FormField[];
  /** Validates the whole values object (a `zod/mini` object schema; `zodResolver` accepts it). */
  schema: z.ZodMiniObject;
  /** Starting values, keyed by field name; they pass `schema`. */
  defaults: FormValues;
  warnings: FormWarning[];
}

/** Options of `compileParameterForm`. Every key is a request field name. */
export interface CompileOptions {
  labels?: Record<string, string>;
  descriptions?: Record<string, string>;
  /** Field names to put first, in this order; the rest keep their published order. */
  order?: string[];
  /** Fields to leave out of the form and the request. */
  hidden?: string[];
  /** Fields fixed to a value: not rendered, always sent. */
  fixed?: Record<string, FieldValue>;
  /** Fields shown under "Advanced" (in addition to the kinds' own choice, e.g. seed). */
  advanced?: string[];
  /** The prompt field: required by default; `maxLength` adds a limit. */
  prompt?: { required?: boolean; maxLength?: number; label?: string } | false;
  /** The model id for requests, when compiling a bare descriptor list (a model's own id wins otherwise). */
  modelId?: string;
  /** A developer policy per field: caps, allowed values, defaults, hidden fields (see {@link FieldLimit}). */
  limits?: Record<string, FieldLimit>;
  /** Enum option labels per field and `String(value)`: `{ style: { "3d-model": "3D model" } }`. */
  optionLabels?: Record<string, Record<string, string>>;
  /** Enum option icons (image URLs) per field and `String(value)`. */
  optionIcons?: Record<string, Record<string, string>>;
  /** List recently chosen options first: every enum (`true`) or these fields. Opt-in; kept in memory per page. */
  recentFirst?: boolean | string[];
  /**
   * Display labels for enum options from a function (after `optionLabels`, which win): return `undefined` to keep
   * the value as its label. Labels never change the value sent.
   */
  formatOption?: (field: { name: string }, value: string | number) => string | undefined;
  /** Texts of validation messages, hints and default labels (English by default; see `CoreMessages`). */
  messages?: Partial<CoreMessages>;
  /** Replace or add kind modules (e.g. handle a kind that is `unknown` to this library). */
  kinds?: { [K in ParameterDescriptor["kind"]]?: KindModule<Extract<ParameterDescriptor, { kind: K }>> };
}

/** Input of `compileParameterForm`: a model from the client, or a bare descriptor list. */
export type CompileInput = ImageModel | ParameterDescriptor[];

/** The `POST /api/v1/images` body. */
export interface ImageRequest {
  model: string;
  prompt?: string;
  [field: string]: unknown;
}

/** Options of `buildImageRequest`. */
export interface BuildRequestOptions {
  /** `minimal` (default): user-set values and values differing from the provider default; `full`: every value. */
  mode?: "minimal" | "full";
  /**
   * Names of fields the user changed (their value differs from where the form started; visiting a field is not
   * changing it): these are always sent in minimal mode. Kept under its historical name.
   */
  touched?: Iterable<string> | Record<string, boolean | undefined>;
  /** The model id, when the compiled form has none (compiled from a bare descriptor list). */
  modelId?: string;
}

/**
 * What each parameter kind declares about itself. Shared code looks a module up by `descriptor.kind` and never
 * branches on a kind.
 */
export interface KindModule<D extends ParameterDescriptor = ParameterDescriptor> {
  kind: D["kind"];
  /** Build the field (widget, constraints, schema, default, hint), or `null` to omit it with a warning. */
  compile(descriptor: D, context: KindContext): FormField | null;
}

/** What a kind module gets besides its descriptor. Reused from one descriptor to the next: read it, don't keep it. */
export interface KindContext {
  label: string;
  description?: string;
  advanced: boolean;
  /** The developer policy for this field (`compileOptions.limits`), which the kind applies to its bounds and values. */
  limit?: FieldLimit;
  /** The texts to use (English when absent: kind modules written before translations still compile). */
  messages?: CoreMessages;
  warn(code: string, message: string): void;
}
