import { describe, expect, it } from "vitest";
import { fitImageSize, imageAcceptAttribute, sanitizeImageFormats } from "./reference-limits";

describe("sanitizeImageFormats", () => {
  it("normalizes and drops what is not a plain format", () => {
    expect(
      sanitizeImageFormats([
        "PNG",
        "image/jpeg",
        ".JPG",
        " webp ",
        "image/png;q=1",
        "<b>gif</b>",
        '"><script>',
        "",
        "   ",
        "image/",
        "heic heif",
        7,
        null,
        "a".repeat(40),
      ]),
    ).toEqual(["png", "jpeg", "webp"]);
    expect(sanitizeImageFormats(undefined)).toEqual([]);
    expect(sanitizeImageFormats("png")).toEqual([]);
  });
});

describe("imageAcceptAttribute", () => {
  it("lists the sanitized formats as MIME types, with .jpg/.jpeg for JPEG", () => {
    expect(imageAcceptAttribute(["PNG", "jpg", "image/webp", "<x>"], false)).toBe(
      "image/png,image/jpeg,image/webp,.jpg,.jpeg",
    );
  });

  it("adds the formats the browser can convert into an allowed one", () => {
    expect(imageAcceptAttribute(["png"])).toBe(
      "image/png,image/jpeg,image/webp,image/gif,image/bmp,image/avif,.jpg,.jpeg",
    );
  });

  it("falls back to image/* when no usable format is published", () => {
    expect(imageAcceptAttribute(undefined)).toBe("image/*");
    expect(imageAcceptAttribute(["", "<b>"])).toBe("image/*");
    expect(imageAcceptAttribute("png")).toBe("image/*");
  });
});

describe("fitImageSize", () => {
  it("scales down to the tighter bound, keeping the aspect ratio", () => {
    expect(fitImageSize(6000, 4000, { maxWidth: 2048, maxHeight: 2048 })).toEqual({
      width: 2048,
      height: 1365,
      scaled: true,
    });
    expect(fitImageSize(1000, 3000, { maxWidth: 4096, maxHeight: 1500 })).toEqual({
      width: 500,
      height: 1500,
      scaled: true,
    });
  });

  it("never enlarges, and reports images under a minimum", () => {
    expect(fitImageSize(800, 600, { maxWidth: 16384, maxHeight: 16384 })).toEqual({
      width: 800,
      height: 600,
      scaled: false,
    });
    expect(fitImageSize(4, 40, { minWidth: 8, minHeight: 8 })).toMatchObject({ tooSmall: true });
    expect(fitImageSize(100, 100, {})).toEqual({ width: 100, height: 100, scaled: false });
  });
});
