import { describe, expect, it } from "vitest";
import { enumParam, rangeParam, referencesParam } from "./__fixtures__/descriptors";
import { buildImageRequest } from "./build-image-request";
import { compileParameterForm } from "./compile-parameter-form";
import { migrateValues } from "./migrate-values";

describe('enum [1, "1"]', () => {
  it("keeps the number and the string apart in options, validation and the request", () => {
    const form = compileParameterForm([enumParam("count", [1, "1", 2])], { modelId: "m" });
    expect(form.fields[1]?.constraints.options).toEqual([1, "1", 2]);
    expect(buildImageRequest(form, { prompt: "p", count: "1" })).toEqual({ model: "m", prompt: "p", count: "1" });
    expect(buildImageRequest(form, { prompt: "p", count: 2 }, { touched: ["count"] })).toEqual({
      model: "m",
      prompt: "p",
      count: 2,
    });
  });
});

describe("migrateValues and fixed fields", () => {
  it("lists a value replaced by a fixed one in changes", () => {
    const target = compileParameterForm([rangeParam("n", 1, 4), enumParam("quality", ["low", "high"])], {
      fixed: { n: 1, quality: "high" },
    });
    const { values, changes } = migrateValues({ prompt: "p", n: 3, quality: "high" }, target);
    expect(values).toMatchObject({ n: 1, quality: "high" });
    expect(changes).toEqual([{ field: "n", from: 3, to: 1, reason: "fixed" }]);
  });
});

describe("step precision", () => {
  const form = compileParameterForm(
    [
      rangeParam("strength", 0, 1, { integer: false, step: 0.1 }),
      rangeParam("guidance", 1, 20, { integer: false, step: 0.5, default: 7 }),
      rangeParam("cfg", 0, 1, { integer: false, step: 0.1, default: 0.26 }),
    ],
    { modelId: "m" },
  );

  it("a value on a fractional step is sent at the step's precision", () => {
    const request = buildImageRequest(form, { prompt: "p", strength: 0.1 + 0.2, guidance: 6.5 + 0.5000000000000001 });
    expect(request).toEqual({ model: "m", prompt: "p", strength: 0.3, cfg: 0.3 });
    expect(JSON.stringify(buildImageRequest(form, { prompt: "p", strength: 0.7 + 0.1 }))).toContain('"strength":0.8');
  });

  it("a snapped default is the exact grid value", () => {
    const cfg = form.fields.find((f) => f.name === "cfg");
    expect(cfg?.defaultValue).toBe(0.3);
    expect(form.warnings.find((w) => w.code === "default_snapped")?.message).toContain("using 0.3.");
  });

  it("migration snaps a clamped value onto the target's grid", () => {
    const { values, changes } = migrateValues({ prompt: "p", strength: 1.25 }, form);
    expect(values.strength).toBe(1);
    const off = migrateValues({ prompt: "p", guidance: 25 }, form);
    expect(off.values.guidance).toBe(20);
    expect(changes).toEqual([{ field: "strength", from: 1.25, to: 1, reason: "clamped" }]);
  });
});

describe("published image formats", () => {
  it("reach the field as format names only", () => {
    const form = compileParameterForm([
      referencesParam(2, {
        constraints: { formats: ["PNG", ".jpeg", "png,image/*", '"><img src=x>', "webp", "", "image/gif"] },
      }),
    ]);
    expect(form.fields[1]?.constraints.image?.formats).toEqual(["png", "jpeg", "webp"]);
    expect(form.warnings.map((w) => w.code)).toEqual(["invalid_format"]);
    expect(form.fields[1]?.hint).toBe("Up to 2 images · PNG, JPEG, WEBP");
  });

  it("a list with nothing usable publishes no formats", () => {
    const form = compileParameterForm([referencesParam(2, { constraints: { formats: ["*/*"], maxBytes: 10 } })]);
    expect(form.fields[1]?.constraints.image).toEqual({ maxBytes: 10 });
  });
});
