import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isResolutionList, parseResolution, ratioOfSize, swappedResolution } from "./parse-resolution";
import { resolutionShapes } from "./resolution-shapes";

/** The real OpenRouter endpoint record (packages/client/src/__fixtures__). */
const openRouter = JSON.parse(
  readFileSync(
    new URL(
      "../../../../client/src/__fixtures__/openrouter-endpoints-qwen-qwen-image-3.2026-08-17.json",
      import.meta.url,
    ),
    "utf8",
  ),
) as { endpoints: Array<{ supported_parameters: Record<string, { values?: string[] }> }> };
const openRouterParams = openRouter.endpoints[0]?.supported_parameters ?? {};

describe("parseResolution: every value form of IMAGE_API.md", () => {
  it.each([
    ["1024x1024", 1024, 1024, "1:1", "square"],
    ["1024x768", 1024, 768, "4:3", "landscape"],
    ["2048x2048", 2048, 2048, "1:1", "square"],
    ["1024*1024", 1024, 1024, "1:1", "square"],
    ["1024×768", 1024, 768, "4:3", "landscape"],
    ["768 X 1024", 768, 1024, "3:4", "portrait"],
    ["1344x768", 1344, 768, "7:4", "landscape"],
    ["1664x928", 1664, 928, "≈16:9", "landscape"],
    ["1365x1024", 1365, 1024, "≈4:3", "landscape"],
  ])("pixel size %s", (value, width, height, ratio, orientation) => {
    expect(parseResolution(value)).toEqual({
      value,
      kind: "size",
      width,
      height,
      aspect: width / height,
      ratio,
      orientation,
    });
  });

  it.each([
    ["1:1", 1, 1, "square"],
    ["16:9", 16, 9, "landscape"],
    ["9:16", 9, 16, "portrait"],
    ["21:9", 21, 9, "landscape"],
    ["2.39:1", 2.39, 1, "landscape"],
    [" 4 : 3 ", 4, 3, "landscape"],
  ])("aspect ratio %s", (value, width, height, orientation) => {
    expect(parseResolution(value)).toMatchObject({ kind: "ratio", width, height, aspect: width / height, orientation });
  });

  it.each([
    ["1k", 1],
    ["1K", 1],
    ["2K", 2],
    ["4k", 4],
    ["0.5K", 0.5],
  ])("tier %s", (value, tier) => {
    expect(parseResolution(value)).toEqual({ value, kind: "tier", tier });
  });

  it.each(["auto", "AUTO", " Auto "])("auto: %s", (value) => {
    expect(parseResolution(value)).toEqual({ value, kind: "auto" });
  });

  it.each(["match_input_image", "<b>512x512</b>", "", "0x0", "1024x", "16:0", "square_hd", "1024x768px", "0k", "100k"])(
    "unknown string %j",
    (value) => {
      expect(parseResolution(value)).toEqual({ value, kind: "unknown" });
    },
  );

  it("keeps numeric values as published and unknown", () => {
    expect(parseResolution(1024)).toEqual({ value: 1024, kind: "unknown" });
  });

  it("reads every value of the OpenRouter fixture: tiers for resolution, ratios for aspect_ratio", () => {
    const tiers = openRouterParams.resolution?.values ?? [];
    const ratios = openRouterParams.aspect_ratio?.values ?? [];
    expect(tiers).toEqual(["1K", "2K"]);
    expect(ratios).toHaveLength(13);
    expect(tiers.map((value) => parseResolution(value).kind)).toEqual(["tier", "tier"]);
    for (const value of ratios) {
      const parsed = parseResolution(value);
      expect(parsed.kind, value).toBe("ratio");
      expect(parsed.ratio).toBe(value);
    }
    expect(isResolutionList(tiers)).toBe(true);
    expect(isResolutionList(ratios)).toBe(true);
  });
});

describe("isResolutionList", () => {
  it.each([
    [["1024x1024", "1536x1024", "1024x1536", "auto"], true],
    [["1:1", "16:9", "9:16", "2k", "auto"], true],
    [["1024*1024", "2K", "16:9", "auto"], true],
    [["match_input_image", "1:1", "16:9", "9:16", "4:3", "3:4"], true],
    [["1024x1024", "<b>512x512</b>"], true],
    [["512x512"], true],
    [["auto"], false],
    [["low", "medium", "high"], false],
    [[4, 8, 16], false],
    [["jpeg", "png", "1:1"], false],
  ])("%j -> %s", (values, expected) => {
    expect(isResolutionList(values)).toBe(expected);
  });
});

describe("ratioOfSize and swappedResolution", () => {
  it("names exact small ratios, approximates near-common ones, gives up on the rest", () => {
    expect(ratioOfSize(1536, 640)).toBe("12:5");
    expect(ratioOfSize(1472, 1140)).toBe("≈9:7");
    expect(ratioOfSize(1000, 530)).toBeUndefined();
  });

  it("finds the other orientation in the list, for sizes and ratios", () => {
    const options = ["1024x1024", "1536x1024", "1024x1536", "16:9", "9:16", "4:3", "auto", "2K"];
    expect(swappedResolution(options, "1536x1024")).toBe("1024x1536");
    expect(swappedResolution(options, "9:16")).toBe("16:9");
    expect(swappedResolution(options, "4:3")).toBeUndefined();
    expect(swappedResolution(options, "1024x1024")).toBeUndefined();
    expect(swappedResolution(options, "auto")).toBeUndefined();
    expect(swappedResolution(options, "2K")).toBeUndefined();
    expect(swappedResolution(options, undefined)).toBeUndefined();
    // A size never swaps to a ratio of the same terms.
    expect(swappedResolution(["16x9", "9:16"], "16x9")).toBeUndefined();
  });
});

describe("resolutionShapes", () => {
  it("draws sizes to scale against the largest, ratios with the long side full, tiers against the top tier", () => {
    const shapes = resolutionShapes(
      ["512x512", "2048x1024", "16:9", "9:16", "1K", "4K", "auto", "4:1", "x"].map(parseResolution),
    );
    expect(shapes).toEqual([
      { width: 0.25, height: 0.25 },
      { width: 1, height: 0.5 },
      { width: 1, height: 9 / 16 },
      { width: 9 / 16, height: 1 },
      { width: 0.25, height: 0.25 },
      { width: 1, height: 1 },
      undefined,
      { width: 1, height: 0.25 },
      undefined,
    ]);
  });

  it("keeps very thin shapes visible", () => {
    expect(resolutionShapes([parseResolution("10:1")])[0]).toEqual({ width: 1, height: 0.12 });
  });
});
