/**
 * The `POST /api/v1/images` body. Model-specific keys are allowed where `supported_parameters` names them.
 * The client refuses `stream: true` and a non-empty `provider` object before sending (the API rejects both).
 *
 * @example
 * ```ts
 * const request: ImageGenerationRequest = { model: "acme/pixel-v3", prompt: "a lighthouse at dusk", n: 2 };
 * ```
 */
export interface ImageGenerationRequest {
  model: string;
  prompt?: string;
  [field: string]: unknown;
}

/** One generated image: a short-lived `url` (about an hour) or inline `b64_json`. */
export interface GeneratedImage {
  url?: string;
  b64_json?: string;
  media_type?: string;
  [extra: string]: unknown;
}

/**
 * The parsed success body. `data` keeps only entries with a `url` or `b64_json`; `cost` is the top-level `cost`,
 * else OpenRouter's `usage.cost`.
 *
 * @example
 * ```ts
 * const { data, cost } = await client.generateImages({ model: "acme/pixel-v3", prompt: "a fox" });
 * ```
 */
export interface ImageGenerationResult {
  created?: number;
  data: GeneratedImage[];
  cost?: number;
  usage?: { cost?: number; [extra: string]: unknown };
  [extra: string]: unknown;
}
