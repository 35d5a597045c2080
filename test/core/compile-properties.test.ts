import type { ParameterDescriptor } from "@model-forms/client";
import { buildImageRequest, compileParameterForm, type FormField, type FormValues } from "@model-forms/forms/core";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";

const NAMES = [
  "resolution",
  "quality",
  "n",
  "num_images",
  "seed",
  "steps",
  "guidance_scale",
  "strength",
  "style",
  "negative_prompt",
  "watermark",
  "input_references",
  "aspect_ratio",
  "output_format",
  "stream",
  "prompt",
  "model",
];

const base = (name: string) => ({ name, source: "typed" as const, sourceKey: name });

/** Bounds as seen in the wild and beyond: tiny, seed-sized, huge, fractional. */
const bound = fc.oneof(
  fc.integer({ min: -10, max: 100 }),
  fc.constantFrom(0, 1, 2 ** 32 - 1, 2 ** 53, 1e20, -1e20),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
);

const enumArb = (name: string) =>
  fc
    .uniqueArray(
      fc.oneof(
        fc.constantFrom("auto", "1:1", "16:9", "1024x1024", "2k"),
        fc.string({ maxLength: 8 }),
        fc.integer({ min: -5, max: 4096 }),
      ),
      {
        minLength: 1,
        maxLength: 6,
      },
    )
    .chain((values) =>
      fc.record({
        values: fc.constant(values),
        default: fc.option(fc.oneof(fc.constantFrom(...values), fc.string({ maxLength: 3 })), { nil: undefined }),
        fixed: fc.boolean().map((b) => b && values.length === 1),
      }),
    )
    .map(
      ({ values, default: d, fixed }): ParameterDescriptor => ({
        ...base(name),
        kind: "enum",
        values,
        ...(d === undefined ? {} : { default: d }),
        ...(fixed ? { fixed, default: values[0] } : {}),
      }),
    );

const rangeArb = (name: string) =>
  fc
    .record({
      a: bound,
      b: bound,
      integerish: fc.boolean(),
      step: fc.constantFrom(undefined, 1, 2, 0.5),
      default: fc.option(fc.oneof(bound, fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 })), {
        nil: undefined,
      }),
      fixed: fc.boolean(),
    })
    .map(({ a, b, integerish, step, default: d, fixed }): ParameterDescriptor => {
      const [min, max] = a <= b ? [a, b] : [b, a];
      const integer = integerish && Number.isInteger(min) && Number.isInteger(max);
      const s = integer
        ? step === 0.5 || step === undefined
          ? 1
          : step
        : step === 0.5 && max - min < 1e6
          ? 0.5
          : undefined;
      return {
        ...base(name),
        kind: "range",
        min,
        max,
        integer,
        ...(s === undefined ? {} : { step: s }),
        ...(d === undefined ? {} : { default: d }),
        ...(fixed && integer ? { fixed: true, default: min } : {}),
      };
    });

const flagArb = (name: string) =>
  fc
    .record({
      valueType: fc.constantFrom("integer", "string", "boolean" as const),
      max: fc.option(fc.integer({ min: 0, max: 2 ** 31 }), { nil: undefined }),
    })
    .map(
      ({ valueType, max }): ParameterDescriptor => ({
        ...base(name),
        kind: "boolean",
        valueType,
        ...(max === undefined ? {} : { min: 0, max }),
      }),
    );

const refsArb = (name: string) =>
  fc
    .record({
      minItems: fc.constantFrom(0, 0, 0, 1),
      maxItems: fc.integer({ min: 0, max: 8 }),
      formats: fc.option(fc.subarray(["png", "jpeg", "webp", "jpg"], { minLength: 1 }), { nil: undefined }),
      maxBytes: fc.option(fc.integer({ min: 1000, max: 50_000_000 }), { nil: undefined }),
    })
    .map(
      ({ minItems, maxItems, formats, maxBytes }): ParameterDescriptor => ({
        ...base(name),
        kind: "image_references",
        minItems,
        maxItems,
        constraints: { ...(formats ? { formats } : {}), ...(maxBytes === undefined ? {} : { maxBytes }) },
      }),
    );

const descriptorArb = fc
  .constantFrom(...NAMES)
  .chain((name) =>
    fc.oneof(
      enumArb(name),
      rangeArb(name),
      flagArb(name),
      refsArb(name),
      fc.constant<ParameterDescriptor>({ ...base(name), kind: "unknown", raw: { type: "x" } }),
    ),
  );

const descriptorsArb = fc.array(descriptorArb, { maxLength: 10 });

/** A value the field's published constraints allow, drawn by widget (test code may look at widgets). */
function sampleValue(field: FormField, g: fc.GeneratorValue): FormValues[string] {
  const c = field.constraints;
  if (c.options) return g(fc.constantFrom, ...c.options);
  if (field.widget === "image-references") {
    const count = g(fc.integer, { min: c.minItems ?? 0, max: Math.min(c.maxItems ?? 0, 3) });
    return Array.from({ length: count }, (_, i) =>
      i % 2 === 0
        ? `https://example.com/${i}.png`
        : { type: "image_url" as const, image_url: { url: `https://example.com/${i}.webp` } },
    );
  }
  if (field.widget === "prompt") return g(fc.stringMatching, /^[a-z][a-z ]{0,20}[a-z]$/).slice(0, c.maxLength ?? 100);
  if (field.widget === "text") return g(fc.option, fc.string({ maxLength: 10 }), { nil: undefined });
  if (field.widget === "toggle") return g(fc.option, fc.boolean(), { nil: undefined });
  // `+ 0` turns -0 into 0: fast-check's double() orders -0 below 0 and refuses { min: 0, max: -0 }.
  const min = (c.min ?? 0) + 0;
  const max = (c.max ?? 0) + 0;
  if (!c.required && g(fc.boolean)) return undefined;
  if (c.step !== undefined) {
    const positions = Math.floor((max - min) / c.step);
    const k = g(fc.integer, { min: 0, max: Math.min(positions, 2 ** 31 - 1) });
    const pick = g(fc.constantFrom, "low", "grid", "high");
    // Float arithmetic on huge bounds can overshoot by one ulp: keep the sample inside the bounds.
    return Math.min(max, pick === "low" ? min : pick === "high" ? min + positions * c.step : min + k * c.step);
  }
  return g(fc.double, { min, max, noNaN: true, noDefaultInfinity: true });
}

describe("compileParameterForm / buildImageRequest properties", () => {
  it("compile never throws, defaults pass, accepted values survive a request round trip", () => {
    fc.assert(
      fc.property(descriptorsArb, fc.gen(), fc.constantFrom("minimal", "full" as const), (descriptors, g, mode) => {
        const form = compileParameterForm(descriptors, { modelId: "acme/prop" });
        const names = new Set(form.fields.map((f) => f.name));
        expect(names.size).toBe(form.fields.length);
        for (const reserved of ["model", "stream", "nImages", "provider", "images"])
          expect(names.has(reserved)).toBe(false);

        for (const field of form.fields) {
          const emptyRequired =
            field.constraints.required &&
            (field.defaultValue === "" || (Array.isArray(field.defaultValue) && field.defaultValue.length === 0));
          if (!emptyRequired) expect(field.schema.safeParse(field.defaultValue).success, field.name).toBe(true);
        }

        const values: FormValues = {};
        for (const field of form.fields) {
          if (field.fixed) continue;
          const value = sampleValue(field, g);
          expect(field.schema.safeParse(value).success, `${field.name}=${JSON.stringify(value)}`).toBe(true);
          values[field.name] = value;
        }
        const touched = form.fields.map((f) => f.name).filter(() => g(fc.boolean));
        const request = buildImageRequest(form, values, { mode, touched });
        expect(request.model).toBe("acme/prop");

        const { model: _model, ...sent } = request;
        for (const key of Object.keys(sent)) {
          const field = form.fields.find((f) => f.name === key);
          expect(field, key).toBeDefined();
          expect(field?.fixedBy).not.toBe("provider");
        }
        const readBack = { ...form.defaults, ...(sent as FormValues) };
        expect(form.schema.safeParse(readBack).success).toBe(true);
        // Whatever minimal mode left out is what the provider (or the form) would start with anyway.
        for (const field of form.fields) {
          if (field.fixed || field.name in sent) continue;
          const value = values[field.name];
          const empty = value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
          if (!empty)
            expect(field.providerDefault !== undefined ? field.providerDefault : field.defaultValue).toEqual(value);
        }
      }),
      { numRuns: 500 },
    );
    // About 3 s idle; generators include hostile names and objects, and CI runs the browser suites beside it.
  }, 60_000);
});
