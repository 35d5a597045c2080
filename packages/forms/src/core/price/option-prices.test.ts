import type { PricingLine } from "@model-forms/client";
import { describe, expect, it } from "vitest";
import { formatPrice } from "./format-price";
import { optionPrices, priceDependencies } from "./option-prices";

const model = "acme/pixel-v3";
const out = (cost_usd: number, key: Partial<PricingLine>): PricingLine => ({
  billable: "output_image",
  unit: "image",
  cost_usd,
  ...key,
});
const lines = [
  out(0.04, { resolution: "1024x1024" }),
  out(0.08, { resolution: "2048x2048" }),
  out(0.03, { resolution: "auto" }),
];

describe("optionPrices", () => {
  it("prices each value of a field and its difference to the current request", () => {
    const prices = optionPrices(lines, { model, resolution: "1024x1024", n: 2 }, "resolution", [
      "1024x1024",
      "2048x2048",
      "512x512",
    ]);
    expect(prices).toEqual([
      { value: "1024x1024", totalUsd: 0.08, deltaUsd: 0, currency: "USD", exact: true },
      { value: "2048x2048", totalUsd: 0.16, deltaUsd: 0.08, currency: "USD", exact: true },
      { value: "512x512", totalUsd: undefined, deltaUsd: undefined, currency: "USD", exact: false },
    ]);
  });

  it("differences are against the unset request's price (the auto line) when the field is unset", () => {
    const [big] = optionPrices(lines, { model }, "resolution", ["2048x2048"]);
    expect(big?.deltaUsd).toBe(0.05);
  });

  it("OpenRouter variants: the tier option names the line case-insensitively", () => {
    const qwen = [out(0.03, { variant: "1k" }), out(0.09, { variant: "2k" })];
    expect(optionPrices(qwen, { model, resolution: "1K" }, "resolution", ["1K", "2K"]).map((p) => p.deltaUsd)).toEqual([
      0, 0.06,
    ]);
  });
});

describe("priceDependencies", () => {
  it("names the fields the price reads and the one whose options are priced", () => {
    expect(priceDependencies(lines)).toEqual({ fields: ["resolution", "n"], optionField: "resolution" });
    const qwen = [{ billable: "input_image", unit: "image", cost_usd: 0.003 }, out(0.03, { variant: "1k" })];
    expect(priceDependencies(qwen, [{ name: "resolution", values: ["1K", "2K"] }])).toEqual({
      fields: ["resolution", "n", "input_references"],
      optionField: "resolution",
    });
    expect(
      priceDependencies([out(0.01, { variant: "hd" })], [{ name: "quality", values: ["sd", "HD"] }]).optionField,
    ).toBe("quality");
    expect(priceDependencies([{ billable: "output_image", unit: "megapixel", cost_usd: 0.01 }])).toEqual({
      fields: ["n", "resolution", "size", "width", "height"],
      optionField: "resolution",
    });
  });

  it("nothing without pricing", () => {
    expect(priceDependencies(undefined)).toEqual({ fields: [], optionField: undefined });
  });
});

describe("formatPrice", () => {
  it("two to four decimals, signed differences, unknown units after the number", () => {
    expect(formatPrice(0.04)).toBe("$0.04");
    expect(formatPrice(0.0035)).toBe("$0.0035");
    expect(formatPrice(1.5)).toBe("$1.50");
    expect(formatPrice(0.02, "USD", { sign: true })).toBe("+$0.02");
    expect(formatPrice(-0.01, "USD", { sign: true })).toBe("-$0.01");
    expect(formatPrice(0, "USD", { sign: true })).toBe("$0.00");
    expect(formatPrice(0.5, "EUR")).toBe("€0.50");
    expect(formatPrice(0.5, "credits")).toBe("0.50 credits");
  });
});
