import { normalizeParameters, type ParameterDescriptor } from "@model-forms/client/core";
import * as z from "zod/mini";
import { type CoreMessages, coreMessages } from "./core-messages";
import { humanizeLabel } from "./humanize-label";
import { kindModules } from "./kinds/index";
import { compilePromptField } from "./kinds/prompt-kind";
import { LazyField } from "./lazy-field";
import { joinResolutionFields } from "./resolution/join-resolution-fields";
import type {
  CompiledForm,
  CompileInput,
  CompileOptions,
  FieldValue,
  FormField,
  FormValues,
  FormWarning,
  KindContext,
  KindModule,
} from "./types";
import { describeValue } from "./values-equal";

/**
 * Request keys a parameter may never map to: the builder owns `model`, and the rest are rejected by the API.
 * A descriptor with one of these names is left out with a `reserved_field` warning.
 *
 * @example
 * ```ts
 * RESERVED_REQUEST_KEYS.has("nImages"); // true
 * ```
 */
export const RESERVED_REQUEST_KEYS: ReadonlySet<string> = new Set([
  "model",
  "nImages",
  "stream",
  "provider",
  "imageDataUrl",
  "imageDataUrls",
  "image_url",
  "images",
  // Never a usable key: assigning it to a values object would replace the object's prototype.
  "__proto__",
]);

/** An own property of an options record (so a parameter named `constructor` never reads `Object.prototype`). */
function own<T>(record: Record<string, T> | undefined, name: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, name) ? record[name] : undefined;
}

const NO_OPTIONS: CompileOptions = {};

/** Whether the field's schema accepts `value`; false when parsing throws (a revoked Proxy, a throwing getter). */
function accepts(field: FormField, value: unknown): boolean {
  try {
    return field.schema.safeParse(value).success;
  } catch {
    return false;
  }
}

/** Warns about option keys that name no field (typos, or parameters this model lacks). */
function warnAboutUnusedOptions(
  options: CompileOptions,
  descriptors: ParameterDescriptor[],
  defaults: FormValues,
  warnings: FormWarning[],
): void {
  for (const [option, names] of [
    ["order", options.order],
    ["hidden", options.hidden],
    ["advanced", options.advanced],
    ["fixed", Object.keys(options.fixed ?? {})],
    ["labels", Object.keys(options.labels ?? {})],
    ["limits", Object.keys(options.limits ?? {})],
    ["optionLabels", Object.keys(options.optionLabels ?? {})],
    ["optionIcons", Object.keys(options.optionIcons ?? {})],
  ] as const) {
    for (const name of names ?? []) {
      const left = option === "hidden" || option === "limits";
      if (!Object.hasOwn(defaults, name) && !(left && descriptors.some((d) => d.name === name))) {
        warnings.push({
          code: "unknown_option_field",
          field: name,
          message: `options.${option} names "${name}", which is not a field.`,
        });
      }
    }
  }
}

/** Option labels (`optionLabels` over `formatOption`), icons and recent-first ordering, for fields with options. */
function decorateOptions(field: FormField, options: CompileOptions): void {
  if (field.constraints.options === undefined) return;
  let labels = own(options.optionLabels, field.name);
  if (options.formatOption !== undefined) labels = formattedLabels(field, options.formatOption, labels);
  if (labels !== undefined) field.optionLabels = labels;
  const icons = own(options.optionIcons, field.name);
  if (icons !== undefined) field.optionIcons = icons;
  const recent = options.recentFirst;
  if (recent === true || (Array.isArray(recent) && recent.includes(field.name))) field.recentFirst = true;
}

/** Labels from `formatOption` for the options `given` (the field's `optionLabels`) leaves unlabelled. */
function formattedLabels(
  field: FormField,
  format: NonNullable<CompileOptions["formatOption"]>,
  given: Record<string, string> | undefined,
): Record<string, string> | undefined {
  const labels: Record<string, string> = { ...given };
  let any = given !== undefined;
  for (const option of field.constraints.options ?? []) {
    const key = String(option);
    if (Object.hasOwn(labels, key)) continue;
    const label = format({ name: field.name }, option);
    if (typeof label === "string") {
      labels[key] = label;
      any = true;
    }
  }
  return any ? labels : undefined;
}

/** `order` names first, in that order; the rest keep their published order. */
function orderFields(fields: FormField[], order: string[]): FormField[] {
  const first = order.flatMap((name, index) =>
    order.indexOf(name) === index ? fields.filter((field) => field.name === name) : [],
  );
  return [...first, ...fields.filter((field) => !first.includes(field))];
}

/** Fixes a field; fields from custom kind modules that are not {@link LazyField}s get a copy that is. */
function fixField(field: FormField, value: FieldValue, by: "options" | "provider"): FormField {
  const lazy = field instanceof LazyField ? field : new LazyField(field, () => field.schema);
  lazy.fix(value, by);
  return lazy;
}

function descriptorsOf(input: CompileInput, warnings: FormWarning[]): ParameterDescriptor[] {
  if (Array.isArray(input)) return input;
  // A raw record (not parsed by the client): normalize its wire `supported_parameters` here.
  const normalized = Array.isArray(input.parameters) ? undefined : normalizeParameters(input.supported_parameters);
  for (const warning of [...(input.parameterWarnings ?? []), ...(normalized?.warnings ?? [])]) {
    warnings.push({
      code: warning.code,
      ...(warning.key === undefined ? {} : { field: warning.key }),
      message: warning.message,
    });
  }
  return normalized?.parameters ?? (input.parameters as ParameterDescriptor[]);
}

/**
 * Compiles a model's parameters into a form: one field per parameter (widget, constraints, zod schema, default and
 * hint, each decided by the parameter's kind module), a `prompt` field first, the combined `schema`, the starting
 * `defaults` and every `warnings` (normalizer warnings, clamped defaults, unknown kinds, unused options).
 *
 * Field schemas and the form schema are built lazily on first read, so compiling a whole catalog is cheap. They
 * are getters on the prototype: `{ ...field }` drops `schema`, so copy it explicitly (`{ ...field, schema: field.schema }`).
 *
 * @example
 * ```ts
 * const form = compileParameterForm(model, { prompt: { maxLength: 2000 }, advanced: ["quality"] });
 * form.fields.map((f) => f.name); // ["prompt", "resolution", "n", "quality", "seed"]
 * form.schema.safeParse({ ...form.defaults, prompt: "a lighthouse" }).success; // true
 * ```
 */
export function compileParameterForm(input: CompileInput, options: CompileOptions = NO_OPTIONS): CompiledForm {
  const warnings: FormWarning[] = [];
  const descriptors = descriptorsOf(input, warnings);
  const modules = options.kinds === undefined ? kindModules : { ...kindModules, ...options.kinds };
  const hidden = options.hidden === undefined ? undefined : new Set(options.hidden);
  const advanced = options.advanced === undefined ? undefined : new Set(options.advanced);
  const fixed = options.fixed;
  const messages = coreMessages(options.messages);
  // Fields in published order, and their starting values; `defaults` doubles as the set of names taken.
  let fields: FormField[] = [];
  const defaults: FormValues = {};

  if (options.prompt !== false) {
    const label = options.prompt?.label ?? options.labels?.prompt;
    const description = options.descriptions?.prompt;
    const promptOptions =
      label === undefined && description === undefined ? options.prompt : { ...options.prompt, label, description };
    const prompt = compilePromptField(promptOptions, messages);
    fields.push(prompt);
    defaults.prompt = prompt.defaultValue;
  }

  // One context for every descriptor (this loop runs for each parameter of a whole catalog): `current` names the
  // descriptor being compiled, for warnings.
  let current = "";
  const warn = (code: string, message: string) => warnings.push({ code, field: current, message });
  const context: KindContext = { label: "", advanced: false, warn, messages };
  for (const descriptor of descriptors) {
    const { name } = descriptor;
    current = name;
    if (name === "prompt" || Object.hasOwn(defaults, name)) {
      warn("duplicate_field", `"${name}" appears more than once; the first one is used.`);
      continue;
    }
    if (RESERVED_REQUEST_KEYS.has(name)) {
      warn("reserved_field", `"${name}" is not a field this form may send; it is left out.`);
      continue;
    }
    const isFixed = fixed !== undefined && Object.hasOwn(fixed, name);
    if (hidden?.has(name) && !isFixed) continue;
    const limit = own(options.limits, name);
    // A hidden field with a default is fixed to it by the policy; without one it is simply left out.
    if (limit?.hide && limit.default === undefined && !isFixed) continue;
    const module = Object.hasOwn(modules, descriptor.kind)
      ? (modules[descriptor.kind] as KindModule | undefined)
      : undefined;
    if (module === undefined) {
      warn("unknown_kind", `"${name}" has kind "${descriptor.kind}", which no kind module handles.`);
      continue;
    }
    context.label = own(options.labels, name) ?? own(messages.fieldLabels, name) ?? humanizeLabel(name, messages);
    context.advanced = advanced?.has(name) ?? false;
    context.description = own(options.descriptions, name);
    context.limit = limit;
    let field = module.compile(descriptor, context);
    if (field === null) continue;
    decorateOptions(field, options);

    if (isFixed) {
      const value = fixed[name];
      if (accepts(field, value)) field = fixField(field, value, "options");
      else warn("invalid_fixed", `The fixed value ${describeValue(value)} of "${name}" is not valid; it is ignored.`);
    } else if (descriptor.fixed) {
      const published = (descriptor as { default?: FieldValue }).default;
      field = fixField(field, published !== undefined ? published : field.defaultValue, "provider");
    } else if (limit?.hide) {
      if (!field.schema.safeParse(limit.default).success) {
        warn("invalid_limit_default", `limits.${name}.default is not valid for this field; the field is left out.`);
        continue;
      }
      field = fixField(field, limit.default, "options");
    } else if (limit !== undefined) {
      field.limited = true;
    }
    fields.push(field);
    defaults[name] = field.defaultValue;
  }

  joinResolutionFields(fields);
  if (options !== NO_OPTIONS) warnAboutUnusedOptions(options, descriptors, defaults, warnings);
  if (options.order !== undefined) fields = orderFields(fields, options.order);
  const modelId = Array.isArray(input) ? options.modelId : input.id;
  return new LazyCompiledForm(modelId, fields, defaults, warnings, messages);
}

/** A compiled form whose `schema` is built on first read (a prototype getter, like {@link LazyField}'s). */
class LazyCompiledForm implements CompiledForm {
  modelId?: string;
  fields: FormField[];
  defaults: FormValues;
  warnings: FormWarning[];
  #schema: z.ZodMiniObject | undefined;
  #messages: CoreMessages;

  constructor(
    modelId: string | undefined,
    fields: FormField[],
    defaults: FormValues,
    warnings: FormWarning[],
    messages: CoreMessages,
  ) {
    this.#messages = messages;
    if (modelId !== undefined) this.modelId = modelId;
    this.fields = fields;
    this.defaults = defaults;
    this.warnings = warnings;
  }

  get schema(): z.ZodMiniObject {
    if (this.#schema === undefined) {
      const shape: Record<string, z.ZodMiniType> = {};
      for (const field of this.fields) {
        shape[field.name] = field.constraints.required ? field.schema : z.optional(field.schema);
      }
      this.#schema = z.object(shape, this.#messages.expectedObject);
    }
    return this.#schema;
  }
}
