import { describe, expect, it } from "vitest";
import { flagParam, testContext } from "../__fixtures__/descriptors";
import { booleanKind } from "./boolean-kind";

describe("booleanKind", () => {
  it("makes an integer flag an optional, randomizable, advanced seed control", () => {
    const field = booleanKind.compile(flagParam("seed", "integer"), testContext("Seed"));
    expect(field).toMatchObject({
      widget: "seed",
      defaultValue: undefined,
      advanced: true,
      constraints: { required: false, min: 0, max: 2 ** 32 - 1, integer: true, randomizable: true },
    });
    expect(field?.schema.safeParse(undefined).success).toBe(true);
    expect(field?.schema.safeParse(0).success).toBe(true);
    expect(field?.schema.safeParse(42.5).success).toBe(false);
    expect(field?.schema.safeParse("42").success).toBe(false);
    expect(field?.schema.safeParse(-1).success).toBe(false);
  });

  it("uses published integer bounds", () => {
    const field = booleanKind.compile(flagParam("seed", "integer", { min: 1, max: 99 }), testContext());
    expect(field?.constraints).toMatchObject({ min: 1, max: 99 });
    expect(field?.schema.safeParse(100).success).toBe(false);
  });

  it("makes a string flag optional text", () => {
    const field = booleanKind.compile(flagParam("negative_prompt", "string"), testContext());
    expect(field).toMatchObject({ widget: "text", defaultValue: undefined, constraints: { required: false } });
    expect(field?.schema.safeParse("blurry").success).toBe(true);
    expect(field?.schema.safeParse(3).success).toBe(false);
  });

  it("makes a boolean flag an optional toggle", () => {
    const field = booleanKind.compile(flagParam("watermark", "boolean"), testContext());
    expect(field).toMatchObject({ widget: "toggle", defaultValue: undefined, advanced: false });
    expect(field?.schema.safeParse(false).success).toBe(true);
    expect(field?.schema.safeParse(undefined).success).toBe(true);
    expect(field?.schema.safeParse("true").success).toBe(false);
  });
});
