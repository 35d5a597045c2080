import type {
  BooleanParameter,
  EnumParameter,
  ImageReferencesParameter,
  RangeParameter,
  UnknownParameter,
} from "@model-forms/client";
import type { FormWarning, KindContext } from "../types";

/** Test builders for descriptors as the normalizer emits them. */
export const enumParam = (
  name: string,
  values: Array<string | number>,
  extra: Partial<EnumParameter> = {},
): EnumParameter => ({
  name,
  kind: "enum",
  values,
  source: "typed",
  sourceKey: name,
  ...extra,
});

export const rangeParam = (
  name: string,
  min: number,
  max: number,
  extra: Partial<RangeParameter> = {},
): RangeParameter => {
  const integer = extra.integer ?? (Number.isInteger(min) && Number.isInteger(max));
  return {
    name,
    kind: "range",
    min,
    max,
    integer,
    ...(integer ? { step: 1 } : {}),
    source: "typed",
    sourceKey: name,
    ...extra,
  };
};

export const flagParam = (
  name: string,
  valueType: BooleanParameter["valueType"],
  extra: Partial<BooleanParameter> = {},
): BooleanParameter => ({ name, kind: "boolean", valueType, source: "typed", sourceKey: name, ...extra });

export const referencesParam = (
  maxItems: number,
  extra: Partial<ImageReferencesParameter> = {},
): ImageReferencesParameter => ({
  name: "input_references",
  kind: "image_references",
  minItems: 0,
  maxItems,
  constraints: {},
  source: "typed",
  sourceKey: "input_references",
  ...extra,
});

export const unknownParam = (name: string, raw: unknown = { type: "palette" }): UnknownParameter => ({
  name,
  kind: "unknown",
  raw,
  source: "typed",
  sourceKey: name,
});

/** A kind context that records warnings. */
export function testContext(label = "Label"): KindContext & { warnings: FormWarning[] } {
  const warnings: FormWarning[] = [];
  return { label, advanced: false, warnings, warn: (code, message) => warnings.push({ code, message }) };
}
