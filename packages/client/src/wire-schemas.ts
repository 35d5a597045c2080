import * as z from "zod";

// Tolerant leaves: a wrongly typed optional field reads as absent instead of failing the record.
const str = z.string().optional().catch(undefined);
const num = z.number().optional().catch(undefined);
const bool = z.boolean().optional().catch(undefined);
const strs = z.array(z.string()).optional().catch(undefined);
const obj = <T extends z.ZodRawShape>(shape: T) => z.looseObject(shape).optional().catch(undefined);
const capabilities = obj({ image_generation: bool, image_to_image: bool, inpainting: bool, nsfw: bool });

/** @internal `GET /images/models`: only `data` is required (OpenRouter has no `meta`). */
export const catalogSchema = z.looseObject({ data: z.array(z.unknown()) });

/** @internal One catalog record: only a non-empty string `id` is required. */
export const modelSchema = z.looseObject({
  id: z.string().min(1),
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
export const endpointsSchema = z.looseObject({ id: str, endpoints: z.array(z.unknown()) });

/** @internal One endpoint of the record. */
export const endpointSchema = z.looseObject({
  provider_name: str,
  provider_slug: str,
  provider_tag: z.string().nullable().optional().catch(undefined),
  allowed_passthrough_parameters: strs,
  supports_streaming: bool,
  pricing: z
    .array(z.looseObject({ billable: str, unit: str, cost_usd: num, currency: str, resolution: str, variant: str }))
    .optional()
    .catch(undefined),
  capabilities,
});

/** @internal The `POST /images` success body. */
export const generationSchema = z.looseObject({
  created: num,
  data: z.array(z.looseObject({ url: str, b64_json: str, media_type: str })),
  cost: num,
  usage: obj({ cost: num }),
});
