import { createImageClient, type ImageClient } from "@model-forms/client";

/**
 * Server-only: the Image API client with the key. Only route handlers, Server Actions and server components import
 * this module; `NANOGPT_API_KEY` is not a `NEXT_PUBLIC_` variable, so Next never puts it in a browser bundle.
 */
export function imageApi(): ImageClient {
  return createImageClient({
    baseUrl: process.env.IMAGE_API_BASE_URL ?? "https://nano-gpt.com",
    apiKey: process.env.NANOGPT_API_KEY,
    // A POST is never retried by the client; discovery retries twice by default.
  });
}

/** The API base URL, for display (no secret in it). */
export const imageApiBaseUrl = () => process.env.IMAGE_API_BASE_URL ?? "https://nano-gpt.com";
