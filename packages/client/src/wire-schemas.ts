import * as z from "zod/mini";

// `zod/mini` (a fraction of classic zod's size) loads no locale: checks whose message can surface in an error
// carry their own. Tolerant leaves: a wrongly typed optional field reads as absent instead of failing the record.
// Not `z.catch`: mini's reaches zod's util module through a nested namespace, which keeps all of it (~9 kB) in bundles.
const tolerant = <T extends z.ZodMiniType>(schema: T) =>
  z.optional(
    z.transform((value: unknown): z.output<T> | undefined => {
      const result = schema.safeParse(value);
      return result.success ? result.data : undefined;
    }),
  );
const str = tolerant(z.string());
const num = tolerant(z.number());
const bool = tolerant(z.boolean());
const strs = tolerant(z.array(z.string()));
const obj = <T extends z.core.$ZodLooseShape>(shape: T) => tolerant(z.looseObject(shape));
const capabilities = obj({ image_generation: bool, image_to_image: bool, inpainting: bool, nsfw: bool });
const record = <T extends z.core.$ZodLooseShape>(shape: T) => z.looseObject(shape, "Expected an object");
const list = <T extends z.core.SomeType>(item: T) => z.array(item, "Expected an array");

/** @internal `GET /images/models`: only `data` is required (OpenRouter has no `meta`). */
export const catalogSchema = record({ data: list(z.unknown()) });

/** @internal One catalog record: only a non-empty string `id` is required. */
export const modelSchema = record({
  id: z.string("Expected a string").check(z.minLength(1, "Expected a non-empty string")),
  name: str,
  description: str,
  created: num,
  owned_by: str,
  architecture: obj({ input_modalities: strs, output_modalities: strs }),
  supports_streaming: bool,
  endpoints: str,
  capabilities,
  category: str,
});

/** @internal The endpoint record. */
export const endpointsSchema = record({ id: str, endpoints: list(z.unknown()) });

/** @internal One endpoint of the record. */
export const endpointSchema = record({
  provider_name: str,
  provider_slug: str,
  provider_tag: tolerant(z.nullable(z.string())),
  allowed_passthrough_parameters: strs,
  supports_streaming: bool,
  pricing: tolerant(
    z.array(z.looseObject({ billable: str, unit: str, cost_usd: num, currency: str, resolution: str, variant: str })),
  ),
  capabilities,
});

/** @internal The `POST /images` success body. */
export const generationSchema = record({
  created: num,
  data: list(record({ url: str, b64_json: str, media_type: str })),
  cost: num,
  usage: obj({ cost: num }),
});
