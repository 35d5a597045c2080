import { normalizeParameters, type PricingLine } from "@model-forms/client";
import { describe, expect, it } from "vitest";
import openRouterRecord from "../../../../client/src/__fixtures__/openrouter-endpoints-qwen-qwen-image-3.2026-08-17.json";
import { estimateImageCost } from "./estimate-image-cost";

const model = "acme/pixel-v3";
const out = (cost_usd: number, key: Partial<PricingLine> = {}): PricingLine => ({
  billable: "output_image",
  unit: "image",
  cost_usd,
  currency: "USD",
  ...key,
});

// The endpoint record of IMAGE_API.md, as published.
const nanoEndpoint = {
  pricing: [out(0.04, { resolution: "1024x1024" }), out(0.08, { resolution: "2048x2048" })],
  public_pricing: { per_image: { "1024x1024": 0.04, "2048x2048": 0.08 }, currency: "USD" },
};

// The real OpenRouter record (2026-08-17), parsed the way the client parses it.
const [wireQwen] = openRouterRecord.endpoints;
const qwen = { ...wireQwen, parameters: normalizeParameters(wireQwen?.supported_parameters).parameters };

describe("estimateImageCost: NanoGPT lines keyed by resolution", () => {
  it("the request's resolution picks its line; n multiplies it", () => {
    expect(estimateImageCost(nanoEndpoint, { model, resolution: "2048x2048", n: 3 })).toEqual({
      totalUsd: 0.24,
      currency: "USD",
      exact: true,
      lines: [
        {
          billable: "output_image",
          unit: "image",
          quantity: 3,
          unitUsd: 0.08,
          subtotalUsd: 0.24,
          label: "Output image · 2048x2048",
        },
      ],
      notes: [],
    });
  });

  it("n defaults to 1", () => {
    const estimate = estimateImageCost(nanoEndpoint, { model, resolution: "1024x1024" });
    expect(estimate.totalUsd).toBe(0.04);
    expect(estimate.lines[0]?.quantity).toBe(1);
  });

  it("1024x1024 and 1024*1024 are the same value, whichever side writes the star", () => {
    const starKeys = [out(0.05, { resolution: "1024*1024" }), out(0.07, { resolution: "1024*768" })];
    expect(estimateImageCost(starKeys, { model, resolution: "1024x768" }).totalUsd).toBe(0.07);
    expect(estimateImageCost(nanoEndpoint, { model, resolution: "1024*1024", n: 2 }).totalUsd).toBe(0.08);
  });

  it("an unset resolution takes the auto line, which exists even when auto is not selectable", () => {
    const withAuto = [...nanoEndpoint.pricing, out(0.03, { resolution: "auto" })];
    const estimate = estimateImageCost(withAuto, { model, n: 2 });
    expect(estimate).toMatchObject({ totalUsd: 0.06, exact: true, notes: [] });
    expect(estimate.lines[0]?.label).toBe("Output image · auto");
  });

  it("a line for a resolution the model does not offer is simply never picked by a selectable one", () => {
    const lines = [out(0.04, { resolution: "1024x1024" }), out(0.5, { resolution: "4096x4096" })];
    expect(estimateImageCost(lines, { model, resolution: "1024x1024" }).totalUsd).toBe(0.04);
  });

  it("auto only: a requested resolution is priced at the auto line, flagged as an assumption", () => {
    const autoOnly = [out(0.06, { resolution: "auto" })];
    expect(estimateImageCost(autoOnly, { model }).totalUsd).toBe(0.06);
    const estimate = estimateImageCost(autoOnly, { model, resolution: "16:9", n: 2 });
    expect(estimate).toMatchObject({ totalUsd: 0.12, exact: false });
    expect(estimate.notes).toEqual(['No price is published for resolution "16:9": priced at the "auto" line.']);
  });

  it("a resolution no line prices gives no total and says so, never a guess", () => {
    const withAuto = [...nanoEndpoint.pricing, out(0.03, { resolution: "auto" })];
    const estimate = estimateImageCost(withAuto, { model, resolution: "4096x4096" });
    expect(estimate).toMatchObject({ totalUsd: undefined, exact: false, lines: [] });
    expect(estimate.notes).toEqual(['No price is published for resolution "4096x4096".']);
  });

  it("an unset resolution without an auto line uses the published default, flagged, or says it depends", () => {
    const parameters = normalizeParameters({
      resolution: { type: "enum", values: ["1024x1024", "2048x2048"], default: "2048x2048" },
    }).parameters;
    const estimate = estimateImageCost({ ...nanoEndpoint, parameters }, { model });
    expect(estimate).toMatchObject({ totalUsd: 0.08, exact: false });
    expect(estimate.notes).toEqual(['No resolution set: priced at its published default "2048x2048".']);
    const unknown = estimateImageCost(nanoEndpoint, { model });
    expect(unknown).toMatchObject({ totalUsd: undefined, exact: false });
    expect(unknown.notes).toEqual(["The price depends on the resolution: choose one."]);
  });

  it("falls back to public_pricing.per_image when there are no pricing lines", () => {
    const { public_pricing } = nanoEndpoint;
    expect(estimateImageCost({ public_pricing }, { model, resolution: "2048x2048" }).totalUsd).toBe(0.08);
  });

  it("a flat line (no key) prices every resolution", () => {
    expect(estimateImageCost([out(0.02)], { model, resolution: "16:9", n: 4 })).toMatchObject({
      totalUsd: 0.08,
      exact: true,
    });
  });

  it("sums without floating-point noise", () => {
    expect(estimateImageCost([out(0.1)], { model, n: 3 }).totalUsd).toBe(0.3);
  });
});

describe("estimateImageCost: OpenRouter variants, input images, megapixels (real qwen record)", () => {
  it("matches the request's tier to the variant case-insensitively (2K -> 2k) and adds each input image", () => {
    const refs = ["https://example.com/a.png", "data:image/png;base64,AAAA"];
    const estimate = estimateImageCost(qwen, {
      model: "qwen/qwen-image-3",
      resolution: "2K",
      n: 3,
      input_references: refs,
    });
    expect(estimate).toEqual({
      totalUsd: 0.096,
      currency: "USD",
      exact: true,
      lines: [
        {
          billable: "output_image",
          unit: "image",
          quantity: 3,
          unitUsd: 0.03,
          subtotalUsd: 0.09,
          label: "Output image · 2k",
        },
        {
          billable: "input_image",
          unit: "image",
          quantity: 2,
          unitUsd: 0.003,
          subtotalUsd: 0.006,
          label: "Input image",
        },
      ],
      notes: [],
    });
  });

  it("the wire record alone (no parsed parameters) works too, and so does its bare pricing array", () => {
    expect(estimateImageCost(wireQwen, { model, resolution: "1K" }).totalUsd).toBe(0.03);
    expect(estimateImageCost(wireQwen?.pricing, { model, resolution: "1k", n: 2 }).totalUsd).toBe(0.06);
  });

  it("an unset tier is priced when every variant costs the same (qwen: 1k = 2k)", () => {
    expect(estimateImageCost(qwen, { model })).toMatchObject({ totalUsd: 0.03, exact: true, notes: [] });
  });

  it("an unset tier with differing variants says it depends", () => {
    const lines = [out(0.03, { variant: "1k" }), out(0.09, { variant: "2k" })];
    expect(estimateImageCost(lines, { model }).totalUsd).toBeUndefined();
  });

  it("a variant may name another enum than resolution (found from the endpoint's parameters)", () => {
    const parameters = normalizeParameters({ quality: { type: "enum", values: ["Low", "High"] } }).parameters;
    const lines = [out(0.01, { variant: "low" }), out(0.05, { variant: "high" })];
    expect(estimateImageCost({ pricing: lines, parameters }, { model, quality: "High", n: 2 }).totalUsd).toBe(0.1);
    expect(estimateImageCost(lines, { model, quality: "Low" }).totalUsd).toBe(0.01);
  });

  it("no input_image line is added without references", () => {
    expect(estimateImageCost(qwen, { model, resolution: "1K", input_references: [] }).lines).toHaveLength(1);
  });

  it("megapixel units count the pixel size (n × w × h / 1e6), flagged as approximate", () => {
    const lines = [{ billable: "output_image", unit: "megapixel", cost_usd: 0.01 }];
    const estimate = estimateImageCost(lines, { model, resolution: "2000x1500", n: 2 });
    expect(estimate).toMatchObject({ totalUsd: 0.06, exact: false });
    expect(estimate.lines[0]).toMatchObject({
      unit: "megapixel",
      quantity: 6,
      label: "Output image · 2000x1500",
    });
    expect(estimateImageCost(lines, { model, width: 1000, height: 1000 }).totalUsd).toBe(0.01);
  });

  it("megapixels without a known pixel size give no total", () => {
    const lines = [{ billable: "output_image", unit: "megapixel", cost_usd: 0.01 }];
    const estimate = estimateImageCost(lines, { model, resolution: "16:9" });
    expect(estimate.totalUsd).toBeUndefined();
    expect(estimate.notes[0]).toMatch(/per megapixel and the output size is unknown/);
  });
});

describe("estimateImageCost: what it will not guess", () => {
  it("no pricing at all", () => {
    for (const source of [undefined, null, [], { pricing: [] }, { parameters: [] }]) {
      expect(estimateImageCost(source, { model })).toEqual({
        totalUsd: undefined,
        currency: "USD",
        exact: false,
        lines: [],
        notes: ["No price is published."],
      });
    }
  });

  it("another currency passes through as published", () => {
    const estimate = estimateImageCost([out(0.5, { currency: "EUR", resolution: "1:1" })], {
      model,
      resolution: "1:1",
    });
    expect(estimate).toMatchObject({ totalUsd: 0.5, currency: "EUR", exact: true });
  });

  it("lines in two currencies give no total", () => {
    const lines = [
      out(0.5, { currency: "EUR" }),
      { billable: "input_image", unit: "image", cost_usd: 1, currency: "JPY" },
    ];
    const estimate = estimateImageCost(lines, { model, input_references: ["https://example.com/a.png"] });
    expect(estimate.totalUsd).toBeUndefined();
    expect(estimate.notes).toEqual(["Lines are priced in EUR and JPY: no total."]);
  });

  it("skips lines without a usable cost, and names billables it cannot include", () => {
    const lines = [
      { billable: "output_image", unit: "image", cost_usd: "0.04" },
      out(0.02),
      { billable: "output_video", unit: "second", cost_usd: 0.1 },
    ] as unknown as PricingLine[];
    const estimate = estimateImageCost(lines, { model });
    expect(estimate).toMatchObject({ totalUsd: 0.02, exact: false });
    expect(estimate.notes).toEqual(["Not included: output_video per second."]);
  });

  it("an unknown unit or a non-numeric count gives no total", () => {
    expect(estimateImageCost([{ billable: "output_image", unit: "token", cost_usd: 1 }], { model }).totalUsd).toBe(
      undefined,
    );
    expect(estimateImageCost([out(0.02)], { model, n: "2" }).totalUsd).toBeUndefined();
  });
});
