import type { RangeParameter } from "@model-forms/client";
import * as z from "zod/mini";
import { type CoreMessages, defaultCoreMessages } from "../core-messages";
import { formatNumber } from "../format-number";
import { lazyField } from "../lazy-field";
import { atStepPrecision, snapToStep } from "../step-grid";
import type { FieldConstraints, KindModule, WidgetKind } from "../types";
import { limitBounds, limitDefault, warnUnusedLimits } from "./field-limit";

/**
 * A slider is offered for at most this many positions (or this width, for continuous ranges).
 *
 * @example
 * ```ts
 * rangeWidget(0, MAX_SLIDER_POSITIONS, 1); // "slider"
 * ```
 */
export const MAX_SLIDER_POSITIONS = 1000;

/** Integer ranges at least this wide are seed-like: the seed control (widget `seed`). */
const RANDOMIZABLE_WIDTH = 2 ** 31 - 1;

/**
 * Slider or number box. Rule: a slider when both bounds are finite, `min < max`, and the slider has at most
 * {@link MAX_SLIDER_POSITIONS} positions: `(max - min) / step` for stepped (integer) ranges, `max - min` for
 * continuous ones. Anything else (a seed of 0..2^32, 1..1e9) is a number box. A continuous range has no
 * `constraints.step`: a slider picks its own (e.g. `(max - min) / 100`); any number in bounds is valid.
 *
 * @example
 * ```ts
 * rangeWidget(1, 4, 1); // "slider"
 * rangeWidget(0, 2 ** 32 - 1, 1); // "number"
 * ```
 */
export function rangeWidget(min: number, max: number, step: number | undefined): WidgetKind {
  if (!Number.isFinite(min) || !Number.isFinite(max) || !(min < max)) return "number";
  const positions = step !== undefined && step > 0 ? (max - min) / step : max - min;
  return positions <= MAX_SLIDER_POSITIONS ? "slider" : "number";
}

/** True when `value` lies on the grid `min + k * step` (with a tolerance for binary fractions). */
function onStep(value: number, min: number, step: number): boolean {
  const k = (value - min) / step;
  return Math.abs(k - Math.round(k)) <= 1e-9 * Math.max(1, Math.abs(k));
}

/**
 * The schema of a number in `[min, max]`: whole numbers only when `integer`, on the grid `min + k * step` when a
 * step is given (a step of 1 on an integer range adds nothing). `zod/mini` loads no locale: every check carries its
 * own message.
 *
 * @example
 * ```ts
 * numberSchema(1, 4, true).safeParse(2).success; // true
 * ```
 */
export function numberSchema(
  min: number,
  max: number,
  integer: boolean,
  step?: number,
  messages: CoreMessages = defaultCoreMessages,
): z.ZodMiniNumber<number> {
  const checks: z.core.$ZodCheck<number>[] = [
    z.gte(min, messages.atLeast(formatNumber(min, messages.locale))),
    z.lte(max, messages.atMost(formatNumber(max, messages.locale))),
  ];
  if (integer) {
    // z.int() also refuses unsafe integers: only use it when the bounds keep every value safe.
    const safe = Number.isSafeInteger(min) && Number.isSafeInteger(max);
    const whole = messages.expectedWholeNumber;
    checks.unshift(safe ? z.int(whole) : z.refine(Number.isInteger, whole));
  }
  if (step !== undefined && Number.isFinite(min) && !(integer && step === 1)) {
    checks.push(
      z.refine((value: number) => onStep(value, min, step), messages.expectedStep(formatNumber(step, messages.locale))),
    );
    // The parsed value (what a request carries) is written at the step's precision: 0.3, not 0.30000000000000004;
    // unless rounding would leave the range (a bound like -5e-324 rounds to -0, just past it).
    checks.push(
      z.overwrite((value: number) => {
        const rounded = atStepPrecision(value, min, step);
        return rounded >= min && rounded <= max ? rounded : value;
      }),
    );
  }
  return z.number(messages.expectedNumber).check(...checks);
}

/**
 * `range` -> slider or number box (see {@link rangeWidget}). Integer ranges accept only integers; values are
 * numbers, never strings. Default: the published default clamped into `[min, max]` (warning `default_clamped`),
 * rounded on integer ranges (warning `default_rounded`), else the minimum.
 *
 * @example
 * ```ts
 * const field = rangeKind.compile(
 *   { name: "n", kind: "range", min: 1, max: 4, integer: true, step: 1, default: 1, source: "typed", sourceKey: "n" },
 *   { label: "Images", advanced: false, warn: () => {} },
 * );
 * field?.widget; // "slider"
 * field?.hint; // "1–4, default 1"
 * ```
 */
export const rangeKind: KindModule<RangeParameter> = {
  kind: "range",
  compile(descriptor, context) {
    const { name, integer } = descriptor;
    const messages = context.messages ?? defaultCoreMessages;
    let { min, max } = descriptor;
    if (Number.isNaN(min) || Number.isNaN(max)) {
      context.warn("invalid_range", `"${name}" has no usable bounds; it is left out of the form.`);
      return null;
    }
    if (min > max) {
      context.warn("swapped_range", `"${name}" has min > max; the bounds were swapped.`);
      [min, max] = [max, min];
    }
    if (integer) {
      // Integer bounds: the smallest/largest integers inside the published bounds.
      min = Math.ceil(min);
      max = Math.floor(max);
      if (min > max) {
        context.warn("invalid_range", `"${name}" contains no integer; it is left out of the form.`);
        return null;
      }
    }
    const step = descriptor.step !== undefined && descriptor.step > 0 ? descriptor.step : integer ? 1 : undefined;
    // A developer limit tightens the bounds; values on the published step grid stay on it.
    const { limit } = context;
    warnUnusedLimits(name, limit, ["min", "max", "default"], context);
    const limited = limitBounds(name, min, max, limit, context, integer);
    if (limited === null) return null;
    if (step !== undefined && Number.isFinite(min)) {
      const first = min + Math.ceil((limited.min - min) / step - 1e-9) * step;
      const last = min + Math.floor((limited.max - min) / step + 1e-9) * step;
      if (first > last) {
        context.warn("limit_empty", `limits.${name} leaves no value on the step ${step}; the field is left out.`);
        return null;
      }
      if (limited.min !== min) limited.min = Number(first.toPrecision(12));
      if (limited.max !== max) limited.max = Number(last.toPrecision(12));
    }
    const [stepMin, publishedMin, publishedMax] = [min, min, max];
    ({ min, max } = limited);
    const limitStart = limitDefault(
      name,
      limit,
      (value): value is number =>
        typeof value === "number" &&
        value >= min &&
        value <= max &&
        (!integer || Number.isInteger(value)) &&
        (step === undefined || !Number.isFinite(stepMin) || onStep(value, stepMin, step)),
      context,
    );

    let defaultValue: number;
    const published = descriptor.default;
    if (limitStart !== undefined) {
      defaultValue = limitStart;
    } else if (published !== undefined && Number.isFinite(published)) {
      let value = published;
      if (integer && !Number.isInteger(value)) {
        value = Math.round(value);
        context.warn("default_rounded", `The default ${published} of "${name}" is not an integer; using ${value}.`);
      }
      if (value < min || value > max) {
        const clamped = Math.min(max, Math.max(min, value));
        // Clamped by the developer's limit alone: that is the policy working, not a provider problem.
        if (value < publishedMin || value > publishedMax) {
          context.warn(
            "default_clamped",
            `The default ${published} of "${name}" is outside ${formatNumber(publishedMin)}–${formatNumber(publishedMax)}; using ${formatNumber(clamped)}.`,
          );
        }
        value = clamped;
      }
      if (step !== undefined && !onStep(value, min, step) && Number.isFinite(min)) {
        const snapped = Math.min(max, snapToStep(value, min, step));
        context.warn(
          "default_snapped",
          `The default ${published} of "${name}" is off the step ${step}; using ${formatNumber(snapped)}.`,
        );
        value = onStep(snapped, min, step) ? snapped : min;
      }
      defaultValue = value;
    } else {
      // Every range starts at its minimum when nothing is published (counts start at 1, strengths at 0).
      defaultValue = Number.isFinite(min) ? min : Number.isFinite(max) ? Math.min(0, max) : 0;
    }

    const wide = rangeWidget(min, max, step);
    const randomizable = integer && wide === "number" && max - min >= RANDOMIZABLE_WIDTH;
    // A seed-sized integer range is a seed: the seed control, and unset unless a default is published or limited.
    const widget: WidgetKind = randomizable ? "seed" : wide;
    const optional = randomizable && published === undefined && limitStart === undefined;
    const bounds = `${formatNumber(min, messages.locale)}–${formatNumber(max, messages.locale)}`;
    const hint = optional
      ? messages.optionalRange(bounds)
      : messages.rangeHint(
          bounds,
          published === undefined && limitStart === undefined ? undefined : formatNumber(defaultValue, messages.locale),
        );
    const constraints: FieldConstraints = { required: !optional, min, max, integer };
    if (step !== undefined) constraints.step = step;
    if (randomizable) constraints.randomizable = true;

    return lazyField(
      {
        name,
        label: context.label,
        description: context.description ?? descriptor.description,
        kind: "range",
        widget,
        constraints,
        defaultValue: optional ? undefined : defaultValue,
        providerDefault: published,
        hint,
        advanced: context.advanced,
        fixed: false,
        descriptor,
      },
      () =>
        optional
          ? z.optional(numberSchema(min, max, integer, step, messages))
          : numberSchema(min, max, integer, step, messages),
    );
  },
};
