import type { BooleanParameter } from "@model-forms/client";
import * as z from "zod/mini";
import { defaultCoreMessages } from "../core-messages";
import { formatNumber } from "../format-number";
import { type FieldDraft, lazyField } from "../lazy-field";
import type { KindContext, KindModule, WidgetKind } from "../types";
import { limitBounds, limitDefault, warnUnusedLimits } from "./field-limit";
import { numberSchema } from "./range-kind";

/** The seed range used when an integer support flag publishes no bounds: 0..2^32-1. */
const DEFAULT_INTEGER_MIN = 0;
const DEFAULT_INTEGER_MAX = 2 ** 32 - 1;

const isString = (value: unknown): value is string => typeof value === "string";
const isBoolean = (value: unknown): value is boolean => typeof value === "boolean";

/** An optional field that starts unset (object literal, no spreads: this runs for every flag of a catalog). */
function optionalField(descriptor: BooleanParameter, context: KindContext, widget: WidgetKind): FieldDraft {
  return {
    name: descriptor.name,
    label: context.label,
    description: context.description ?? descriptor.description,
    kind: "boolean",
    widget,
    constraints: { required: false },
    defaultValue: undefined,
    hint: (context.messages ?? defaultCoreMessages).optional,
    advanced: context.advanced,
    fixed: false,
    descriptor,
  };
}

/**
 * `boolean` is a support flag ("this request field is supported"); `valueType` says what the field holds.
 * - `integer` (a seed): an optional integer in `[min, max]`, the seed control (widget `seed`), unset by default,
 *   under "Advanced".
 * - `string`: optional free text.
 * - `boolean`: an optional toggle, unset by default.
 * All three start unset (`undefined`), so an untouched field is never sent.
 *
 * @example
 * ```ts
 * const field = booleanKind.compile(
 *   { name: "seed", kind: "boolean", valueType: "integer", source: "typed", sourceKey: "seed" },
 *   { label: "Seed", advanced: false, warn: () => {} },
 * );
 * field?.widget; // "seed"
 * field?.defaultValue; // undefined
 * ```
 */
export const booleanKind: KindModule<BooleanParameter> = {
  kind: "boolean",
  compile(descriptor, context) {
    const messages = context.messages ?? defaultCoreMessages;
    if (descriptor.valueType === "integer") {
      let min =
        descriptor.min !== undefined && Number.isFinite(descriptor.min)
          ? Math.ceil(descriptor.min)
          : DEFAULT_INTEGER_MIN;
      let max =
        descriptor.max !== undefined && Number.isFinite(descriptor.max)
          ? Math.floor(descriptor.max)
          : DEFAULT_INTEGER_MAX;
      if (min > max) {
        context.warn("swapped_range", `"${descriptor.name}" has min > max; the bounds were swapped.`);
        [min, max] = [max, min];
      }
      warnUnusedLimits(descriptor.name, context.limit, ["min", "max", "default"], context);
      const limited = limitBounds(descriptor.name, min, max, context.limit, context, true);
      if (limited === null) return null;
      ({ min, max } = limited);
      // An integer support flag is a seed: the seed control (modes, dice, reuse), unset by default.
      const draft = optionalField(descriptor, context, "seed");
      draft.defaultValue = limitDefault(
        descriptor.name,
        context.limit,
        (value): value is number => Number.isInteger(value) && (value as number) >= min && (value as number) <= max,
        context,
      );
      draft.constraints = { required: false, min, max, step: 1, integer: true, randomizable: true };
      draft.hint = messages.optionalRange(
        `${formatNumber(min, messages.locale)}–${formatNumber(max, messages.locale)}`,
      );
      // Seeds are rarely changed, so integer support flags always go under "Advanced".
      draft.advanced = true;
      return lazyField(draft, () => z.optional(numberSchema(min, max, true, undefined, messages)));
    }
    warnUnusedLimits(descriptor.name, context.limit, ["default"], context);
    if (descriptor.valueType === "string") {
      const draft = optionalField(descriptor, context, "text");
      draft.defaultValue = limitDefault(descriptor.name, context.limit, isString, context);
      return lazyField(draft, () => z.optional(z.string(messages.expectedText)));
    }
    const draft = optionalField(descriptor, context, "toggle");
    draft.defaultValue = limitDefault(descriptor.name, context.limit, isBoolean, context);
    return lazyField(draft, () => z.optional(z.boolean(messages.expectedOnOff)));
  },
};
