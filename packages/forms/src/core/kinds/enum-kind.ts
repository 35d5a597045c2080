import type { EnumParameter } from "@model-forms/client";
import * as z from "zod/mini";
import { lazyField } from "../lazy-field";
import type { KindModule } from "../types";
import { describeValue } from "../values-equal";

/**
 * `enum` -> a select. Default: the published default when it is one of the values, else `auto` when offered,
 * else the first value. A single-value enum is still a valid (one-option) field.
 *
 * @example
 * ```ts
 * const field = enumKind.compile(
 *   { name: "quality", kind: "enum", values: ["low", "high"], source: "typed", sourceKey: "quality" },
 *   { label: "Quality", advanced: false, warn: () => {} },
 * );
 * field?.defaultValue; // "low"
 * ```
 */
export const enumKind: KindModule<EnumParameter> = {
  kind: "enum",
  compile(descriptor, context) {
    // The normalizer de-duplicates values; they are used as published.
    const values = descriptor.values;
    if (values.length === 0) {
      context.warn("empty_enum", `"${descriptor.name}" has no values; it is left out of the form.`);
      return null;
    }
    const published = descriptor.default !== undefined && values.includes(descriptor.default);
    if (descriptor.default !== undefined && !published) {
      context.warn(
        "invalid_default",
        `The default ${describeValue(descriptor.default)} of "${descriptor.name}" is not one of its values.`,
      );
    }
    const defaultValue = published ? descriptor.default : values.includes("auto") ? "auto" : values[0];
    const providerDefault = published ? descriptor.default : undefined;
    const hint =
      values.length === 1
        ? `Only ${String(values[0])}`
        : `${values.length} options${providerDefault === undefined ? "" : `, default ${String(providerDefault)}`}`;
    return lazyField(
      {
        name: descriptor.name,
        label: context.label,
        description: context.description ?? descriptor.description,
        kind: "enum",
        widget: "select",
        constraints: { required: true, options: values },
        defaultValue,
        providerDefault,
        hint,
        advanced: context.advanced,
        fixed: false,
        descriptor,
      },
      // `zod/mini` loads no locale: the schema carries its own message.
      () => z.literal(values as [string | number, ...Array<string | number>], "Choose one of the options"),
    );
  },
};
