import fc from "fast-check";

/**
 * fast-check arbitraries for image-model catalogs, valid and hostile, plus a JSON writer that can emit what
 * `JSON.stringify` cannot (`1e999` for Infinity, a bare `NaN`, `-0`) and own `__proto__` keys.
 *
 * Objects are built with `Object.defineProperty`, so a generated `__proto__` / `constructor` / `prototype` key is
 * an own data property, exactly what `JSON.parse` produces from the wire.
 */

/** Keys that have broken naive parsers: prototype pollution and inherited-method shadowing. */
export const hostileKeys = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "__defineGetter__",
] as const;

/**
 * Parameter names a form library reads as something else: paths (`.`, `[`, `]`), `Object.prototype` members,
 * react-hook-form's own `root`, spaces, non-Latin letters, and bait for the escaped paths of other names.
 */
export const pathLikeKeys = [
  "style.preset",
  "guidance.scale",
  "loras[0]",
  "loras[1].weight",
  "a]b",
  "x[",
  "[0]",
  "a.b.c",
  ".",
  "aspect ratio",
  "分辨率",
  "root",
  "_style_002epreset",
  "__proto__x",
  "valueOf",
  "isPrototypeOf",
  "__lookupGetter__",
  "0",
  "1e3",
] as const;

/** Endpoint URLs (and model ids) that try to steer the keyed GET out of the image-model routes. */
export const escapingEndpoints = [
  "../../../../admin/keys",
  "/api/v1/images/models/../../../admin/endpoints",
  "/api/v1/images/models/%2e%2e/%2e%2e/%2e%2e/admin/endpoints",
  "/api/v1/images/models/.%2E/%2e./admin",
  "/api/v1/images/models/x%2f..%2f..%2fadmin/endpoints",
  "/api/v1/images/models\\..\\..\\admin",
  "/api/v1/images",
  "/api/v1/models/x",
  "blob:http://127.0.0.1/7f1c0d1e-0000-4000-8000-000000000000",
  "data:application/json,%7B%7D",
  "http://user:pass@127.0.0.1/api/v1/images/models/x/endpoints",
] as const;

/** Strings that break naive renderers or comparisons. */
export const oddStrings = [
  "",
  " ",
  "\u0000",
  "\uD800",
  "\uDFFF",
  "a\uDC00b",
  "\u202Eevil\u202C",
  "\u200B",
  "\u200D\u200D",
  "\uFEFF",
  "مرحبا بالعالم",
  "שלום",
  "👩‍👩‍👧‍👦",
  "🏳️‍🌈",
  "e\u0301",
  "Ｆｕｌｌ",
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "javascript:alert(1)",
  "../../etc/passwd",
  "%2e%2e%2f",
  "a/b/c",
  "acme/pixel-v3/turbo",
  "1024x1024",
  "1024*1024",
  "16:9",
  "auto",
  "2K",
  "NaN",
  "Infinity",
  "null",
  "undefined",
  "true",
  "0",
  "-0",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal template-injection probe.
  "${7*7}",
  "{{constructor.constructor('alert(1)')()}}",
  ...hostileKeys,
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const specialChar = fc.constantFrom("\u202E", "\u200B", "\u200D", "\uFEFF", "\u0000", "\n", '"', "\\", "<", "&", "/");

/** Any string: graphemes, raw code points, lone surrogates, bidi and zero-width marks, or a known odd value. */
export const oddString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
  {
    weight: 2,
    arbitrary: fc.string({
      unit: fc.oneof(fc.string({ minLength: 1, maxLength: 1 }), loneSurrogate, specialChar),
      maxLength: 8,
    }),
  },
  { weight: 4, arbitrary: fc.constantFrom(...oddStrings) },
);

/** Numbers including every IEEE edge case JSON cannot carry (the writer turns them into tokens). */
export const oddNumber: fc.Arbitrary<number> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -5, max: 50 }) },
  { weight: 2, arbitrary: fc.double() },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      -0,
      0,
      1,
      2 ** 32 - 1,
      2 ** 53,
      Number.MAX_SAFE_INTEGER,
      Number.MIN_SAFE_INTEGER,
      Number.MAX_VALUE,
      Number.MIN_VALUE,
      Number.EPSILON,
      0.5,
      1e21,
      -1e21,
    ),
  },
);

/** Builds an object whose keys are own data properties, even `__proto__`. */
export function ownObject(entries: ReadonlyArray<readonly [string, unknown]>): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return object;
}

const anyKey = fc.oneof({ weight: 3, arbitrary: oddString }, { weight: 1, arbitrary: fc.constantFrom(...hostileKeys) });

/** Arbitrary JSON-ish garbage (with odd numbers and hostile keys), depth-limited. */
export const garbage: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    oddNumber,
    oddString,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.array(fc.tuple(anyKey, tie("value")), { maxLength: 4 }).map(ownObject),
  ),
})).value;

/** Either `value` or, sometimes, something of the wrong type (or missing: `undefined` drops the key). */
function sometimesWrong<T>(value: fc.Arbitrary<T>, wrongWeight = 1): fc.Arbitrary<T | unknown> {
  return fc.oneof(
    { weight: 8, arbitrary: value },
    { weight: wrongWeight, arbitrary: garbage },
    { weight: wrongWeight, arbitrary: fc.constant(undefined) },
  );
}

const enumValue = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("1024x1024", "1024x768", "1:1", "16:9", "auto", "low", "high", "2K") },
  { weight: 3, arbitrary: oddString },
  { weight: 2, arbitrary: oddNumber },
  { weight: 1, arbitrary: garbage },
);

/** A "huge" enum: hundreds of values, some duplicated. */
const hugeEnumValues = fc
  .integer({ min: 200, max: 1200 })
  .chain((count) =>
    fc.constant(Array.from({ length: count }, (_, i) => (i % 97 === 0 ? "dup" : i % 2 === 0 ? `v${i}` : i))),
  );

const typedEnum = fc
  .record(
    {
      type: fc.constant("enum"),
      values: fc.oneof(
        { weight: 10, arbitrary: fc.array(enumValue, { maxLength: 8 }) },
        { weight: 1, arbitrary: hugeEnumValues },
        { weight: 1, arbitrary: garbage },
      ),
      default: sometimesWrong(enumValue, 2),
      description: sometimesWrong(oddString, 1),
    },
    { requiredKeys: ["type"] },
  )
  .map((d) => ownObject(Object.entries(d).filter(([, v]) => v !== undefined)));

const typedRange = fc
  .record(
    {
      type: fc.constant("range"),
      min: sometimesWrong(oddNumber),
      max: sometimesWrong(oddNumber),
      default: sometimesWrong(oddNumber, 2),
      step: fc.oneof(fc.constant(undefined), oddNumber, garbage),
    },
    { requiredKeys: ["type"] },
  )
  .map((d) => ownObject(Object.entries(d).filter(([, v]) => v !== undefined)));

const typedOther = fc.oneof(
  fc.constant(ownObject([["type", "boolean"]])),
  fc.record({ type: fc.oneof(oddString, garbage) }).map((d) => ownObject(Object.entries(d))),
  garbage,
);

const knownTypedKeys = fc.constantFrom(
  "resolution",
  "quality",
  "n",
  "seed",
  "input_references",
  "negative_prompt",
  "guidance_scale",
  "num_inference_steps",
  "style",
  "enhance_prompt",
  "model",
  "prompt",
);

const legacyEntry: fc.Arbitrary<readonly [string, unknown]> = fc.oneof(
  fc.tuple(fc.constant("resolutions"), fc.oneof(fc.array(enumValue, { maxLength: 8 }), hugeEnumValues, garbage)),
  fc.tuple(fc.constantFrom("max_images", "max_output_images", "max_input_images", "fixed_image_count"), oddNumber),
  fc.tuple(fc.constantFrom("max_images", "max_output_images", "max_input_images", "fixed_image_count"), garbage),
  fc.tuple(fc.constant("rendering_speed"), fc.oneof(fc.array(enumValue, { maxLength: 4 }), garbage)),
  fc.tuple(
    fc.constant("input_image_constraints"),
    fc.oneof(
      fc
        .record({
          max_items: sometimesWrong(oddNumber),
          route: sometimesWrong(
            fc
              .record({
                max_bytes: sometimesWrong(oddNumber),
                min_width: sometimesWrong(oddNumber),
                max_width: sometimesWrong(oddNumber),
                formats: sometimesWrong(fc.array(oddString, { maxLength: 4 })),
              })
              .map((r) => ownObject(Object.entries(r).filter(([, v]) => v !== undefined))),
          ),
          provider: sometimesWrong(fc.record({ max_bytes: oddNumber }).map((r) => ownObject(Object.entries(r)))),
        })
        .map((r) => ownObject(Object.entries(r).filter(([, v]) => v !== undefined))),
      garbage,
    ),
  ),
);

const typedEntry: fc.Arbitrary<readonly [string, unknown]> = fc.tuple(
  fc.oneof(
    { weight: 6, arbitrary: knownTypedKeys },
    { weight: 2, arbitrary: oddString },
    { weight: 1, arbitrary: fc.constantFrom(...hostileKeys) },
    { weight: 2, arbitrary: fc.constantFrom(...pathLikeKeys) },
  ),
  fc.oneof(
    { weight: 4, arbitrary: typedEnum },
    { weight: 4, arbitrary: typedRange },
    { weight: 2, arbitrary: typedOther },
  ),
);

/** `supported_parameters` in either shape, mixed, or not an object at all. */
export const supportedParameters: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 12, arbitrary: fc.array(fc.oneof(typedEntry, legacyEntry), { maxLength: 7 }).map(ownObject) },
  { weight: 1, arbitrary: garbage },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

const modelId = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[a-z0-9-]{1,10}(\/[a-z0-9.-]{1,10}){0,2}$/) },
  { weight: 2, arbitrary: oddString },
  { weight: 1, arbitrary: fc.constantFrom(...hostileKeys) },
  { weight: 1, arbitrary: fc.constantFrom("../../../../admin", "a/../b", "..", ".", "acme/./x", "x/..") },
);

/** One catalog record; fields may be missing, of the wrong type, or hostile. */
export const modelRecord: fc.Arbitrary<Record<string, unknown>> = fc
  .record(
    {
      id: sometimesWrong(modelId, 1),
      name: sometimesWrong(oddString),
      description: sometimesWrong(oddString),
      created: sometimesWrong(oddNumber),
      owned_by: sometimesWrong(oddString),
      architecture: sometimesWrong(
        fc.record({
          input_modalities: fc.array(fc.constantFrom("text", "image"), { maxLength: 2 }),
          output_modalities: fc.constant(["image"]),
        }),
      ),
      supported_parameters: supportedParameters,
      supports_streaming: sometimesWrong(fc.boolean()),
      endpoints: sometimesWrong(
        fc.oneof(
          fc.constant("/api/v1/images/models/x/endpoints"),
          fc.constant("https://evil.example/steal"),
          fc.constant("//evil.example/steal"),
          fc.constantFrom(...escapingEndpoints),
          oddString,
        ),
      ),
      capabilities: sometimesWrong(
        fc.record({
          image_generation: fc.boolean(),
          image_to_image: fc.boolean(),
          inpainting: sometimesWrong(fc.boolean()),
        }),
      ),
      category: sometimesWrong(fc.constantFrom("image", "video", "")),
      extra: fc.oneof(fc.constant(undefined), garbage),
      hostile: fc.oneof(fc.constant(undefined), fc.tuple(fc.constantFrom(...hostileKeys), garbage)),
    },
    { requiredKeys: [] },
  )
  .map(({ hostile, ...rest }) => {
    const entries: Array<readonly [string, unknown]> = Object.entries(rest).filter(([, v]) => v !== undefined);
    if (Array.isArray(hostile)) entries.push([hostile[0] as string, hostile[1]]);
    return ownObject(entries);
  });

/** A whole catalog body: mostly `{ object, data, meta }` with 0-8 records, sometimes malformed at the top. */
export const catalogBody: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 20,
    arbitrary: fc
      .tuple(fc.array(modelRecord, { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 2 }), fc.boolean())
      .map(([data, dupIndexes, withMeta]) => {
        // Duplicate ids: copy a few records' ids onto others.
        for (const i of dupIndexes) {
          const from = data[i % Math.max(1, data.length)];
          const to = data[(i + 1) % Math.max(1, data.length)];
          if (from && to && "id" in from)
            Object.defineProperty(to, "id", { value: from.id, enumerable: true, writable: true, configurable: true });
        }
        const entries: Array<readonly [string, unknown]> = [
          ["object", "list"],
          ["data", data],
        ];
        if (withMeta)
          entries.push([
            "meta",
            ownObject([
              ["count", data.length],
              ["generated_at", "2026-09-14T00:00:00.000Z"],
            ]),
          ]);
        return ownObject(entries);
      }),
  },
  { weight: 1, arbitrary: fc.array(modelRecord, { maxLength: 4 }) },
  { weight: 1, arbitrary: garbage },
  {
    weight: 1,
    arbitrary: fc.tuple(garbage, fc.constantFrom(...hostileKeys)).map(([data, key]) =>
      ownObject([
        ["data", data],
        [key, ownObject([["polluted", true]])],
      ]),
    ),
  },
);

/** How a non-finite number or -0 is written into the JSON text. */
export type NumberStyle = "tokens" | "nan-token" | "null";

/**
 * Writes `value` as JSON text. With `tokens`, Infinity becomes `1e999` (which `JSON.parse` reads back as Infinity),
 * NaN becomes `null`, -0 becomes `-0`; `nan-token` also writes a bare `NaN` (invalid JSON: the client must report a
 * typed error); `null` writes every non-finite number as `null`.
 */
export function toJsonText(value: unknown, style: NumberStyle = "tokens"): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "number") {
    if (Number.isNaN(value)) return style === "nan-token" ? "NaN" : "null";
    if (value === Number.POSITIVE_INFINITY) return style === "null" ? "null" : "1e999";
    if (value === Number.NEGATIVE_INFINITY) return style === "null" ? "null" : "-1e999";
    if (Object.is(value, -0)) return "-0";
    return String(value);
  }
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (Array.isArray(value)) return `[${value.map((v) => toJsonText(v, style)).join(",")}]`;
  if (typeof value === "object") {
    const parts: string[] = [];
    for (const key of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[key];
      if (v === undefined) continue;
      parts.push(`${JSON.stringify(key)}:${toJsonText(v, style)}`);
    }
    return `{${parts.join(",")}}`;
  }
  return "null";
}

/** True when the value holds a NaN anywhere (its `nan-token` JSON text is then invalid). */
export function containsNaN(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value === "number") return Number.isNaN(value);
  if (value === null || typeof value !== "object" || seen.has(value)) return false;
  seen.add(value);
  return Object.keys(value).some((k) => containsNaN((value as Record<string, unknown>)[k], seen));
}

/** Byte-level corruptions of a catalog body, applied to a small share of runs. */
export const byteFault = fc.oneof(
  { weight: 20, arbitrary: fc.constant("none") },
  { weight: 1, arbitrary: fc.constantFrom("truncate", "bom", "html", "empty", "invalid-utf8") },
);
/** Applies a byte fault to the text. */
export function corrupt(text: string, fault: string, cut: number): Buffer {
  switch (fault) {
    case "truncate":
      return Buffer.from(text.slice(0, cut % Math.max(1, text.length)));
    case "bom":
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    case "html":
      return Buffer.from("<!doctype html><title>502 Bad Gateway</title><h1>502</h1>");
    case "empty":
      return Buffer.alloc(0);
    case "invalid-utf8": {
      const bytes = Buffer.from(text);
      const at = cut % Math.max(1, bytes.length);
      return Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff, 0xfe, 0xc0]), bytes.subarray(at)]);
    }
    default:
      return Buffer.from(text);
  }
}
