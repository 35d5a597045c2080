import { describe, expect, it } from "vitest";
import { enumParam, testContext } from "../__fixtures__/descriptors";
import { enumKind } from "./enum-kind";

describe("enumKind", () => {
  it("is a select over the values, starting at the published default", () => {
    const context = testContext("Quality");
    const field = enumKind.compile(enumParam("quality", ["low", "medium", "high"], { default: "medium" }), context);
    expect(field).toMatchObject({
      widget: "select",
      label: "Quality",
      defaultValue: "medium",
      providerDefault: "medium",
      constraints: { required: true, options: ["low", "medium", "high"] },
      hint: "3 options, default medium",
    });
    expect(field?.schema.safeParse("high").success).toBe(true);
    expect(field?.schema.safeParse("ultra").success).toBe(false);
    expect(context.warnings).toEqual([]);
  });

  it("starts at auto when offered and nothing is published", () => {
    const field = enumKind.compile(enumParam("resolution", ["1:1", "16:9", "auto"]), testContext());
    expect(field?.defaultValue).toBe("auto");
    expect(field?.providerDefault).toBeUndefined();
  });

  it("starts at the first value otherwise", () => {
    expect(enumKind.compile(enumParam("resolution", ["1:1", "16:9"]), testContext())?.defaultValue).toBe("1:1");
  });

  it("ignores a default that is not a value, with a warning", () => {
    const context = testContext();
    const field = enumKind.compile(enumParam("resolution", ["1:1", "auto"], { default: "4k" }), context);
    expect(field?.defaultValue).toBe("auto");
    expect(field?.providerDefault).toBeUndefined();
    expect(context.warnings.map((w) => w.code)).toEqual(["invalid_default"]);
  });

  it("accepts numbers as values, strictly (no string coercion)", () => {
    const field = enumKind.compile(enumParam("steps", [10, 20, "auto"]), testContext());
    expect(field?.schema.safeParse(20).success).toBe(true);
    expect(field?.schema.safeParse("20").success).toBe(false);
  });

  it("gives a single-value enum a valid field", () => {
    const field = enumKind.compile(enumParam("resolution", ["1024x1024"]), testContext());
    expect(field).toMatchObject({ defaultValue: "1024x1024", hint: "Only 1024x1024" });
    expect(field?.schema.safeParse(field.defaultValue).success).toBe(true);
  });

  it("leaves out an empty enum with a warning", () => {
    const context = testContext();
    expect(enumKind.compile(enumParam("style", []), context)).toBeNull();
    expect(context.warnings.map((w) => w.code)).toEqual(["empty_enum"]);
  });
});
