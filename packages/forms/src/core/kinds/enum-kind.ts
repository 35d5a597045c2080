import type { EnumParameter } from "@model-forms/client";
import * as z from "zod/mini";
import { defaultCoreMessages } from "../core-messages";
import { lazyField } from "../lazy-field";
import { isResolutionList } from "../resolution/parse-resolution";
import type { KindModule } from "../types";
import { describeValue } from "../values-equal";
import { limitDefault, warnUnusedLimits } from "./field-limit";

/**
 * `enum` -> a select, or the resolution picker when the values read as pixel sizes, aspect ratios or tiers
 * (`isResolutionList`). Default: the published default when it is one of the values, else `auto` when offered,
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
    const { limit } = context;
    const messages = context.messages ?? defaultCoreMessages;
    // The normalizer de-duplicates values; they are used as published (a developer's `allow` keeps a subset).
    let values = descriptor.values;
    if (values.length === 0) {
      context.warn("empty_enum", `"${descriptor.name}" has no values; it is left out of the form.`);
      return null;
    }
    if (limit?.allow !== undefined) {
      const allow = limit.allow;
      values = values.filter((value) => allow.includes(value));
      if (values.length === 0) {
        context.warn("limit_empty", `limits.${descriptor.name}.allow names none of its values; it is left out.`);
        return null;
      }
    }
    warnUnusedLimits(descriptor.name, limit, ["allow", "default"], context);
    const limited = limitDefault(
      descriptor.name,
      limit,
      (value): value is string | number => values.includes(value as string | number),
      context,
    );
    const published = descriptor.default !== undefined && descriptor.values.includes(descriptor.default);
    if (descriptor.default !== undefined && !published) {
      context.warn(
        "invalid_default",
        `The default ${describeValue(descriptor.default)} of "${descriptor.name}" is not one of its values.`,
      );
    }
    const allowedDefault = published && values.includes(descriptor.default as string | number);
    const defaultValue =
      limited ?? (allowedDefault ? descriptor.default : values.includes("auto") ? "auto" : values[0]);
    // The provider's default even when a limit disallows it: a limited field is always sent anyway.
    const providerDefault = published ? descriptor.default : undefined;
    const hint =
      values.length === 1
        ? messages.onlyOption(String(values[0]))
        : messages.optionsHint(
            values.length,
            allowedDefault || limited !== undefined ? String(defaultValue) : undefined,
          );
    return lazyField(
      {
        name: descriptor.name,
        label: context.label,
        description: context.description ?? descriptor.description,
        kind: "enum",
        // Values that read as sizes, ratios or tiers get the resolution picker (shapes to scale).
        widget: isResolutionList(values) ? "resolution" : "select",
        constraints: { required: true, options: values },
        defaultValue,
        providerDefault,
        hint,
        advanced: context.advanced,
        fixed: false,
        descriptor,
      },
      // `zod/mini` loads no locale: the schema carries its own message.
      () => z.literal(values as [string | number, ...Array<string | number>], messages.chooseOption),
    );
  },
};
