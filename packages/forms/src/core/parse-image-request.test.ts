import type { ImageModel } from "@model-forms/client";
import { describe, expect, expectTypeOf, it } from "vitest";
import { enumParam, flagParam, rangeParam } from "./__fixtures__/descriptors";
import { buildImageRequest } from "./build-image-request";
import { compileParameterForm } from "./compile-parameter-form";
import { type ParseImageRequestResult, parseImageRequest } from "./parse-image-request";
import type { ImageRequest } from "./types";

const model: ImageModel = {
  id: "acme/pixel-v3",
  name: "Pixel v3",
  parameters: [
    enumParam("resolution", ["1024x1024", "1536x1024"], { default: "1024x1024" }),
    rangeParam("n", 1, 4, { default: 1 }),
    flagParam("seed", "integer"),
  ],
  parameterWarnings: [],
};
const form = compileParameterForm(model, { hidden: ["seed"] });

describe("parseImageRequest", () => {
  it("takes an unknown JSON body and returns the request the browser built, with no cast", () => {
    const body: unknown = JSON.parse('{"model":"acme/pixel-v3","prompt":"a fox","n":3,"resolution":"1024x1024"}');
    const parsed = parseImageRequest(form, body);
    expectTypeOf(parsed).toEqualTypeOf<ParseImageRequestResult>();
    expect(parsed).toEqual({
      success: true,
      request: { model: "acme/pixel-v3", prompt: "a fox", resolution: "1024x1024", n: 3 },
    });
    if (parsed.success) expectTypeOf(parsed.request).toEqualTypeOf<ImageRequest>();
    // The same body the client builds for the same values and touched fields.
    expect(parsed.request).toEqual(
      buildImageRequest(form, { prompt: "a fox", n: 3, resolution: "1024x1024" }, { touched: ["n", "resolution"] }),
    );
  });

  it("names the field of each invalid value", () => {
    const parsed = parseImageRequest(form, { prompt: "", n: 9, resolution: "640x480" });
    expect(parsed.success).toBe(false);
    expect(parsed.issues?.map((issue) => issue.field).sort()).toEqual(["n", "prompt", "resolution"]);
  });

  it("refuses keys that are not parameters (hidden fields, stream, provider) and another model", () => {
    const parsed = parseImageRequest(form, { model: "other/model", prompt: "x", seed: 1, stream: true });
    expect(parsed.issues).toEqual([
      { field: "model", message: 'Expected "acme/pixel-v3"' },
      { field: "seed", message: "Not a parameter of this model" },
      { field: "stream", message: "Not a parameter of this model" },
    ]);
  });

  it("refuses a body that is not an object", () => {
    for (const body of [null, "x", 3, [], undefined])
      expect(parseImageRequest(form, body)).toEqual({
        success: false,
        issues: [{ field: "body", message: "Expected a JSON object" }],
      });
  });

  it("refuses a __proto__ key without touching any prototype", () => {
    const parsed = parseImageRequest(form, JSON.parse('{"prompt":"x","__proto__":{"polluted":true}}'));
    expect(parsed.issues).toEqual([{ field: "__proto__", message: "Not a parameter of this model" }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("keeps opaque names with odd characters", () => {
    const odd = compileParameterForm([enumParam("style/preset.v2 [beta]", ["a", "b"])], { modelId: "m" });
    expect(parseImageRequest(odd, { prompt: "x", "style/preset.v2 [beta]": "b" }).request).toEqual({
      model: "m",
      prompt: "x",
      "style/preset.v2 [beta]": "b",
    });
  });

  it("only accepts a fixed field's own value", () => {
    const fixed = compileParameterForm(model, { fixed: { n: 2 } });
    expect(parseImageRequest(fixed, { prompt: "x", n: 2 }).request).toEqual({
      model: "acme/pixel-v3",
      prompt: "x",
      n: 2,
    });
    expect(parseImageRequest(fixed, { prompt: "x", n: 3 }).issues).toEqual([{ field: "n", message: "Fixed to 2" }]);
  });
});
