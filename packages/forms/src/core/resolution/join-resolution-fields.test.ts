import { normalizeParameters } from "@model-forms/client";
import { describe, expect, it } from "vitest";
import { compileParameterForm } from "../compile-parameter-form";
import type { CompileOptions } from "../types";

const compile = (supported: Record<string, unknown>, options: CompileOptions = {}) =>
  compileParameterForm(normalizeParameters(supported).parameters, { modelId: "m", ...options });
const openRouter = {
  resolution: { type: "enum", values: ["1K", "2K"] },
  aspect_ratio: { type: "enum", values: ["1:1", "16:9", "9:16"] },
  n: { type: "range", min: 1, max: 4 },
};

describe("resolution fields: widget choice and joining", () => {
  it("picks the resolution picker for sizes, ratios and tiers, a select otherwise", () => {
    const form = compile({
      resolutions: ["1024*1024", "2K", "16:9", "auto"],
      quality: { type: "enum", values: ["low", "high"] },
    });
    expect(form.fields.map((f) => [f.name, f.widget])).toContainEqual(["resolution", "resolution"]);
    expect(form.fields.map((f) => [f.name, f.widget])).toContainEqual(["quality", "select"]);
  });

  it("joins OpenRouter's aspect_ratio and tier resolution: the ratio field leads, both stay request fields", () => {
    const form = compile(openRouter);
    const ratio = form.fields.find((f) => f.name === "aspect_ratio");
    const tier = form.fields.find((f) => f.name === "resolution");
    expect(ratio?.joined).toEqual({ lead: true, partner: tier });
    expect(tier?.joined).toEqual({ lead: false, partner: "aspect_ratio" });
    expect(form.schema.safeParse({ prompt: "x", aspect_ratio: "16:9", resolution: "2K", n: 1 }).success).toBe(true);
  });

  it("does not join pixel sizes with ratios, two ratio fields, or a fixed or hidden partner", () => {
    const sizes = compile({
      resolution: { type: "enum", values: ["1024x1024", "2048x2048"] },
      aspect_ratio: openRouter.aspect_ratio,
    });
    expect(sizes.fields.some((f) => f.joined)).toBe(false);
    const twoRatios = compile({ ...openRouter, framing: { type: "enum", values: ["4:3", "3:4"] } });
    expect(twoRatios.fields.some((f) => f.joined)).toBe(false);
    expect(compile(openRouter, { fixed: { resolution: "2K" } }).fields.some((f) => f.joined)).toBe(false);
    expect(compile(openRouter, { hidden: ["resolution"] }).fields.some((f) => f.joined)).toBe(false);
    expect(compile(openRouter, { advanced: ["resolution"] }).fields.some((f) => f.joined)).toBe(false);
  });
});
