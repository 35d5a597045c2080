import type { ImageModel, ParameterDescriptor } from "@model-forms/client";

/** A model built by hand from descriptors: one parameter of every kind. */
export function model(id: string, parameters: ParameterDescriptor[], extra: Partial<ImageModel> = {}): ImageModel {
  return { id, name: id, parameters, parameterWarnings: [], ...extra };
}

export const everyKind: ParameterDescriptor[] = [
  {
    name: "resolution",
    kind: "enum",
    source: "typed",
    sourceKey: "resolution",
    values: ["1024x1024", "1024x768", "768x1024"],
  },
  {
    name: "quality",
    kind: "enum",
    source: "typed",
    sourceKey: "quality",
    values: ["low", "medium", "high"],
    default: "medium",
  },
  { name: "n", kind: "range", source: "typed", sourceKey: "n", min: 1, max: 4, default: 1, step: 1, integer: true },
  {
    name: "guidance",
    kind: "range",
    source: "typed",
    sourceKey: "guidance",
    min: 1,
    max: 20,
    step: 0.5,
    integer: false,
    default: 7,
  },
  { name: "seed", kind: "boolean", source: "typed", sourceKey: "seed", valueType: "integer", min: 0, max: 4294967295 },
  { name: "negative_prompt", kind: "boolean", source: "typed", sourceKey: "negative_prompt", valueType: "string" },
  {
    name: "input_references",
    kind: "image_references",
    source: "typed",
    sourceKey: "input_references",
    minItems: 0,
    maxItems: 3,
    constraints: { formats: ["png", "jpeg", "webp"], maxBytes: 1024 },
  },
  { name: "style_preset", kind: "unknown", source: "typed", sourceKey: "style_preset", raw: { type: "palette" } },
];

export const everyKindModel = model("acme/pixel-v3", everyKind);

/** A smaller sibling: n only up to 2, no "high" quality, no guidance. */
export const smallModel = model("acme/pixel-mini", [
  { name: "resolution", kind: "enum", source: "typed", sourceKey: "resolution", values: ["1024x1024", "512x512"] },
  { name: "quality", kind: "enum", source: "typed", sourceKey: "quality", values: ["low", "medium"], default: "low" },
  { name: "n", kind: "range", source: "typed", sourceKey: "n", min: 1, max: 2, default: 1, step: 1, integer: true },
]);
