import { type ImageModel, type ModelEndpoint, normalizeParameters } from "@model-forms/client";
import { describe, expect, it } from "vitest";
import { compileParameterForm, migrateValues } from "../core/index";
import { withEndpoint } from "./with-endpoint";

const catalogParameters = {
  resolution: { type: "enum", values: ["1024x1024", "2048x2048", "4096x4096"], default: "1024x1024" },
  n: { type: "range", min: 1, max: 8, default: 1 },
  input_references: { type: "range", min: 0, max: 4 },
};
const model = (supported: unknown): ImageModel => {
  const { parameters, warnings } = normalizeParameters(supported);
  return {
    id: "acme/tighter",
    name: "Tighter",
    supported_parameters: supported,
    parameters,
    parameterWarnings: warnings,
  };
};
const endpoint = (fields: Partial<ModelEndpoint>, supported?: unknown): ModelEndpoint => {
  const { parameters, warnings } = normalizeParameters(supported);
  return { supported_parameters: supported, parameters, parameterWarnings: warnings, ...fields };
};

describe("withEndpoint: the endpoint record wins over the catalog", () => {
  it("its supported_parameters replace the catalog's, and values migrate with migrateValues", () => {
    const catalog = model(catalogParameters);
    const record = endpoint(
      {},
      {
        resolution: { type: "enum", values: ["1024x1024", "2048x2048"], default: "1024x1024" },
        n: { type: "range", min: 1, max: 4, default: 1 },
      },
    );
    const merged = withEndpoint(catalog, record);
    expect(merged.parameters.map((p) => p.name)).toEqual(["resolution", "n"]);
    const from = compileParameterForm(catalog);
    const to = compileParameterForm(merged);
    const { values, changes } = migrateValues(
      { prompt: "a fox", resolution: "4096x4096", n: 6, input_references: ["https://example.com/a.png"] },
      to,
      { from },
    );
    expect(values).toMatchObject({ prompt: "a fox", resolution: "1024x1024", n: 4 });
    expect(changes).toEqual([
      { field: "resolution", from: "4096x4096", to: "1024x1024", reason: "defaulted" },
      { field: "n", from: 6, to: 4, reason: "clamped" },
      { field: "input_references", from: ["https://example.com/a.png"], to: undefined, reason: "dropped" },
    ]);
  });

  it("input_reference_constraints alone tighten the catalog's reference field", () => {
    const catalog = model(catalogParameters);
    const merged = withEndpoint(
      catalog,
      endpoint({ input_reference_constraints: { max_items: 2, provider: { max_bytes: 1048576 } } }),
    );
    const refs = merged.parameters.find((p) => p.name === "input_references");
    expect(refs).toMatchObject({ kind: "image_references", maxItems: 2, constraints: { maxBytes: 1048576 } });
    expect(compileParameterForm(merged).fields.find((f) => f.name === "input_references")?.hint).toBe(
      "Up to 2 images · 1 MB each",
    );
  });

  it("an identical record, no endpoint, or one without parameters or constraints keeps the model itself", () => {
    const catalog = model(catalogParameters);
    expect(withEndpoint(catalog, endpoint({}, catalogParameters))).toBe(catalog);
    expect(withEndpoint(catalog, undefined)).toBe(catalog);
    expect(withEndpoint(catalog, endpoint({ pricing: [] }))).toBe(catalog);
  });
});
