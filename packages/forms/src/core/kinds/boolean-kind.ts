import type { BooleanParameter } from "@model-forms/client";
import * as z from "zod/mini";
import { formatNumber } from "../format-number";
import { type FieldDraft, lazyField } from "../lazy-field";
import type { KindContext, KindModule, WidgetKind } from "../types";
import { numberSchema } from "./range-kind";

/** The seed range used when an integer support flag publishes no bounds: 0..2^32-1. */
const DEFAULT_INTEGER_MIN = 0;
const DEFAULT_INTEGER_MAX = 2 ** 32 - 1;

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
    hint: "Optional",
    advanced: context.advanced,
    fixed: false,
    descriptor,
  };
}

/**
 * `boolean` is a support flag ("this request field is supported"); `valueType` says what the field holds.
 * - `integer` (a seed): an optional integer in `[min, max]`, number box with "randomize", unset by default,
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
 * field?.widget; // "number"
 * field?.defaultValue; // undefined
 * ```
 */
export const booleanKind: KindModule<BooleanParameter> = {
  kind: "boolean",
  compile(descriptor, context) {
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
      const draft = optionalField(descriptor, context, "number");
      draft.constraints = { required: false, min, max, step: 1, integer: true, randomizable: true };
      draft.hint = `Optional, ${formatNumber(min)}–${formatNumber(max)}`;
      // Seeds are rarely changed, so integer support flags always go under "Advanced".
      draft.advanced = true;
      return lazyField(draft, () => z.optional(numberSchema(min, max, true)));
    }
    if (descriptor.valueType === "string") {
      return lazyField(optionalField(descriptor, context, "text"), () => z.optional(z.string("Expected text")));
    }
    return lazyField(optionalField(descriptor, context, "toggle"), () => z.optional(z.boolean("Expected on or off")));
  },
};
