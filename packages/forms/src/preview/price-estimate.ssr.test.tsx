import type { ImageModel, ModelEndpoint } from "@model-forms/client";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ModelParameterForm } from "../form/model-parameter-form";
import { PriceEstimate } from "./price-estimate";

const model: ImageModel = {
  id: "acme/pixel-v3",
  name: "Pixel v3",
  parameterWarnings: [],
  parameters: [
    { name: "resolution", kind: "enum", source: "typed", sourceKey: "resolution", values: ["1024x1024", "2048x2048"] },
    { name: "n", kind: "range", source: "typed", sourceKey: "n", min: 1, max: 4, default: 2, integer: true, step: 1 },
  ],
};
const endpoint: ModelEndpoint = {
  parameters: model.parameters,
  parameterWarnings: [],
  pricing: [
    { billable: "output_image", unit: "image", cost_usd: 0.04, resolution: "1024x1024" },
    { billable: "output_image", unit: "image", cost_usd: 0.03, resolution: "auto" },
  ],
};

describe("PriceEstimate on the server", () => {
  it("renders the price and its lines in the first HTML (the submit note follows on the client)", () => {
    const html = renderToString(
      createElement(ModelParameterForm, { model, endpoint, showCost: true }, createElement(PriceEstimate)),
    );
    expect(html).toContain('data-mf-slot="price"');
    expect(html).toContain("$0.06");
    expect(html).toContain("Output image · auto");
  });
});
