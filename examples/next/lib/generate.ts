import { type ImageModel, isImageApiHttpError } from "@model-forms/client";
import {
  compileParameterForm,
  fieldErrorsFromError,
  parseImageRequest,
  type SubmitErrors,
} from "@model-forms/forms/core";
import { imageApi } from "./image-api";

/** What the browser gets back: image sources, or errors sorted onto the form's fields. */
export type GenerateResult = { images: string[] } | (SubmitErrors & { status: number });

const imageSource = (image: { url?: string; b64_json?: string; media_type?: string }) =>
  image.url ?? (image.b64_json ? `data:${image.media_type ?? "image/png"};base64,${image.b64_json}` : undefined);

/**
 * Server-only: validates an untrusted body against the model's own form (no cast: `unknown` in, typed request out),
 * forwards it with the key, and turns any failure into `{ fieldErrors, formError }` for the form.
 */
export async function generate(body: unknown): Promise<GenerateResult> {
  const client = imageApi();
  const modelId = typeof body === "object" && body !== null ? (body as { model?: unknown }).model : undefined;
  let model: ImageModel;
  try {
    model = await client.getModel(typeof modelId === "string" ? modelId : "");
  } catch {
    return { status: 400, formError: "Unknown model." };
  }
  const form = compileParameterForm(model);
  const parsed = parseImageRequest(form, body);
  if (!parsed.success) return { status: 400, ...fieldErrorsFromError(parsed, form) };
  try {
    const result = await client.generateImages(parsed.request);
    return { images: result.data.map(imageSource).filter((src): src is string => src !== undefined) };
  } catch (error) {
    return { status: isImageApiHttpError(error) ? error.status : 502, ...fieldErrorsFromError(error, form) };
  }
}
