import type { ParameterDescriptor, ParameterWarning } from "./parameter-descriptor";

/**
 * One image model of the catalog, as validated by the client. Wire fields keep their snake_case names;
 * unknown additive fields are preserved. `parameters` / `parameterWarnings` are the normalized
 * `supported_parameters`, computed once at parse time.
 *
 * @example
 * ```ts
 * const model = await client.getModel("acme/pixel-v3");
 * model.parameters.map((p) => p.name); // ["resolution", "n", "seed"]
 * ```
 */
export interface ImageModel {
  id: string;
  /** Falls back to the id when the record has no name. */
  name: string;
  description?: string;
  /** Unix seconds. */
  created?: number;
  owned_by?: string;
  architecture?: { input_modalities?: string[]; output_modalities?: string[] };
  /** The raw wire value, either shape (see IMAGE_API.md). */
  supported_parameters?: unknown;
  supports_streaming?: boolean;
  /** Relative URL of the endpoint record, e.g. `/api/v1/images/models/acme/pixel-v3/endpoints`. */
  endpoints?: string;
  capabilities?: { image_generation?: boolean; image_to_image?: boolean; inpainting?: boolean; nsfw?: boolean };
  category?: string;
  /** Normalized `supported_parameters`. */
  parameters: ParameterDescriptor[];
  /** What the normalizer could not use. */
  parameterWarnings: ParameterWarning[];
  [extra: string]: unknown;
}
