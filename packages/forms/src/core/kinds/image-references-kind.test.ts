import { describe, expect, it } from "vitest";
import { referencesParam, testContext } from "../__fixtures__/descriptors";
import { base64DecodedBytes, formatBytes, imageReferencesKind } from "./image-references-kind";

const png = (bytes: number) => `data:image/png;base64,${"A".repeat(Math.ceil(bytes / 3) * 4)}`;
const constraints = { formats: ["png", "jpeg", "webp"], maxBytes: 10 * 1024 * 1024 };

describe("imageReferencesKind", () => {
  const field = imageReferencesKind.compile(referencesParam(4, { constraints }), testContext("Reference images"));
  const accepts = (value: unknown) => field?.schema.safeParse(value).success;

  it("is a list starting empty, with a hint", () => {
    expect(field).toMatchObject({
      widget: "image-references",
      defaultValue: [],
      hint: "Up to 4 images · PNG, JPEG, WEBP · 10 MB each",
      constraints: { required: false, minItems: 0, maxItems: 4 },
    });
    expect(accepts([])).toBe(true);
  });

  it("accepts https URLs, data URLs and image_url objects", () => {
    expect(
      accepts([
        "https://example.com/a.png",
        png(100),
        { type: "image_url", image_url: { url: "https://example.com/b.webp" } },
        "data:image/jpg;base64,AAAA",
      ]),
    ).toBe(true);
  });

  it.each([
    "http://example.com/a.png",
    "javascript:alert(1)",
    "ftp://example.com/a.png",
    "not a url",
    "data:image/gif;base64,AAAA",
    "data:text/plain;base64,AAAA",
    "data:image/png,rawbytes",
  ])("rejects %s", (url) => {
    expect(accepts([url])).toBe(false);
    expect(accepts([{ type: "image_url", image_url: { url } }])).toBe(false);
  });

  it("rejects malformed entries and too many images", () => {
    expect(accepts([{ url: "https://example.com/a.png" }])).toBe(false);
    expect(accepts([42])).toBe(false);
    expect(accepts(Array.from({ length: 5 }, () => "https://example.com/a.png"))).toBe(false);
  });

  it("checks the decoded size from the base64 length", () => {
    expect(base64DecodedBytes("AAAA")).toBe(3);
    expect(base64DecodedBytes("AAA=")).toBe(2);
    expect(base64DecodedBytes("AA==")).toBe(1);
    expect(accepts([png(10 * 1024 * 1024 - 2)])).toBe(true);
    expect(accepts([png(10 * 1024 * 1024 + 3)])).toBe(false);
  });

  it("accepts any image format when none are known", () => {
    const open = imageReferencesKind.compile(referencesParam(1), testContext());
    expect(open?.schema.safeParse(["data:image/gif;base64,AAAA"]).success).toBe(true);
    expect(open?.hint).toBe("Up to 1 image");
  });

  it("requires minItems when set", () => {
    const required = imageReferencesKind.compile(referencesParam(3, { minItems: 1 }), testContext());
    expect(required?.constraints.required).toBe(true);
    expect(required?.hint).toBe("1–3 images");
    expect(required?.schema.safeParse([]).success).toBe(false);
  });

  it("leaves out a field that allows no image, with a warning", () => {
    const context = testContext();
    expect(imageReferencesKind.compile(referencesParam(0), context)).toBeNull();
    expect(context.warnings.map((w) => w.code)).toEqual(["no_reference_images"]);
  });
});

describe("formatBytes", () => {
  it.each([
    [300, "300 bytes"],
    [1024, "1 KB"],
    [512000, "500 KB"],
    [10485760, "10 MB"],
  ])("%i -> %s", (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});
