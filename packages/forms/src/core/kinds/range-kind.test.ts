import { describe, expect, it } from "vitest";
import { rangeParam, testContext } from "../__fixtures__/descriptors";
import { rangeKind, rangeWidget } from "./range-kind";

describe("rangeKind", () => {
  it("is a slider with a hint, starting at the published default", () => {
    const context = testContext("Images");
    const field = rangeKind.compile(rangeParam("n", 1, 4, { default: 1 }), context);
    expect(field).toMatchObject({
      widget: "slider",
      defaultValue: 1,
      providerDefault: 1,
      hint: "1–4, default 1",
      constraints: { required: true, min: 1, max: 4, step: 1, integer: true },
    });
    expect(context.warnings).toEqual([]);
  });

  it("starts at the minimum when nothing is published", () => {
    const field = rangeKind.compile(rangeParam("n", 1, 4), testContext());
    expect(field?.defaultValue).toBe(1);
    expect(field?.providerDefault).toBeUndefined();
    expect(field?.hint).toBe("1–4");
  });

  it("clamps a published default outside the bounds, with a warning", () => {
    const context = testContext();
    const field = rangeKind.compile(rangeParam("n", 1, 4, { default: 9 }), context);
    expect(field?.defaultValue).toBe(4);
    expect(field?.providerDefault).toBe(9);
    expect(context.warnings.map((w) => w.code)).toEqual(["default_clamped"]);
    const below = testContext();
    expect(rangeKind.compile(rangeParam("n", 1, 4, { default: -3 }), below)?.defaultValue).toBe(1);
    expect(below.warnings.map((w) => w.code)).toEqual(["default_clamped"]);
  });

  it("rounds a fractional default on an integer range, with a warning", () => {
    const context = testContext();
    expect(rangeKind.compile(rangeParam("steps", 1, 50, { default: 2.6 }), context)?.defaultValue).toBe(3);
    expect(context.warnings.map((w) => w.code)).toEqual(["default_rounded"]);
  });

  it("accepts only integers on an integer range, and numbers only", () => {
    const schema = rangeKind.compile(rangeParam("n", 0, 4), testContext())?.schema;
    expect(schema?.safeParse(2).success).toBe(true);
    expect(schema?.safeParse(0).success).toBe(true);
    expect(schema?.safeParse(1.5).success).toBe(false);
    expect(schema?.safeParse("2").success).toBe(false);
    expect(schema?.safeParse("0").success).toBe(false);
    expect(schema?.safeParse(5).success).toBe(false);
    expect(schema?.safeParse(Number.NaN).success).toBe(false);
  });

  it("keeps continuous ranges continuous", () => {
    const field = rangeKind.compile(rangeParam("strength", 0, 1, { integer: false, default: 0.75 }), testContext());
    expect(field).toMatchObject({ widget: "slider", defaultValue: 0.75, hint: "0–1, default 0.75" });
    expect(field?.constraints.step).toBeUndefined();
    expect(field?.schema.safeParse(0.333).success).toBe(true);
  });

  it("enforces an explicit step from the minimum", () => {
    const field = rangeKind.compile(rangeParam("guidance", 1, 10, { integer: false, step: 0.5 }), testContext());
    expect(field?.schema.safeParse(2.5).success).toBe(true);
    expect(field?.schema.safeParse(2.3).success).toBe(false);
  });

  it("uses the seed control for a seed-sized range, unset unless a default is published", () => {
    const field = rangeKind.compile(rangeParam("seed", 0, 2 ** 32 - 1), testContext());
    expect(field?.widget).toBe("seed");
    expect(field?.constraints).toMatchObject({ randomizable: true, required: false });
    expect(field?.defaultValue).toBeUndefined();
    expect(field?.schema.safeParse(2 ** 32 - 1).success).toBe(true);
    expect(field?.schema.safeParse(undefined).success).toBe(true);
    const published = rangeKind.compile(rangeParam("seed", 0, 2 ** 32 - 1, { default: 42 }), testContext());
    expect(published).toMatchObject({ widget: "seed", defaultValue: 42, constraints: { required: true } });
  });

  it("gives min == max a valid single-value field", () => {
    const field = rangeKind.compile(rangeParam("n", 1, 1), testContext());
    expect(field?.widget).toBe("number");
    expect(field?.schema.safeParse(field.defaultValue).success).toBe(true);
  });

  it("handles bounds beyond safe integers", () => {
    const field = rangeKind.compile(rangeParam("big", 0, 1e300), testContext());
    expect(field?.schema.safeParse(1e299).success).toBe(true);
    expect(field?.schema.safeParse(1.5).success).toBe(false);
  });
});

it("a value that rounding at the step's precision would push out of range is sent as it is (fuzz counterexample)", () => {
  // max -5e-324 rounds to -0 at one decimal, which is past the bound: the parsed value must still fit the schema.
  const field = rangeKind.compile(rangeParam("x", -1, -5e-324, { integer: false, step: 0.5 }), testContext());
  for (const value of [field?.defaultValue, -5e-324, -0.5, -1]) {
    const parsed = field?.schema.safeParse(value);
    expect(parsed?.success, String(value)).toBe(true);
    expect(field?.schema.safeParse(parsed?.data).success, `${value} parsed again`).toBe(true);
  }
});

describe("rangeWidget", () => {
  it.each([
    [1, 4, 1, "slider"],
    [0, 1000, 1, "slider"],
    [0, 1001, 1, "number"],
    [0, 1, undefined, "slider"],
    [0, 5000, undefined, "number"],
    [0, 2 ** 32, 1, "number"],
    [3, 3, 1, "number"],
    [0, Number.POSITIVE_INFINITY, 1, "number"],
  ] as const)("%s..%s step %s -> %s", (min, max, step, widget) => {
    expect(rangeWidget(min, max, step)).toBe(widget);
  });
});
