import type { ParameterDescriptor, ParameterWarning } from "./parameter-descriptor";

/** One pricing line of an endpoint. OpenRouter prices by `variant` and also has `input_image` / `megapixel` lines. */
export interface PricingLine {
  billable?: string;
  unit?: string;
  cost_usd?: number;
  currency?: string;
  resolution?: string;
  variant?: string;
  [extra: string]: unknown;
}

/**
 * One provider endpoint of a model, validated tolerantly (wrongly typed optional fields read as absent, unknown
 * fields kept). `parameters` are its normalized `supported_parameters` with `input_reference_constraints` merged
 * into the `input_references` descriptor.
 *
 * @example
 * ```ts
 * const [endpoint] = (await client.getModelEndpoints("acme/pixel-v3")).endpoints;
 * endpoint?.parameters.find((p) => p.kind === "image_references")?.constraints.maxBytes;
 * ```
 */
export interface ModelEndpoint {
  provider_name?: string;
  provider_slug?: string;
  provider_tag?: string | null;
  supported_parameters?: unknown;
  allowed_passthrough_parameters?: string[];
  supports_streaming?: boolean;
  pricing?: PricingLine[];
  public_pricing?: unknown;
  /** Raw wire value; already merged into `parameters`. */
  input_reference_constraints?: unknown;
  capabilities?: { image_generation?: boolean; image_to_image?: boolean; inpainting?: boolean; nsfw?: boolean };
  parameters: ParameterDescriptor[];
  parameterWarnings: ParameterWarning[];
  [extra: string]: unknown;
}

/**
 * A model's endpoint record (`GET {model.endpoints}`). Today there is one endpoint per model.
 *
 * @example
 * ```ts
 * const record = await client.getModelEndpoints(model);
 * record.endpoints[0]?.pricing;
 * ```
 */
export interface ModelEndpoints {
  /** The record's id, or the requested model's id when the record has none. */
  id: string;
  endpoints: ModelEndpoint[];
  [extra: string]: unknown;
}
