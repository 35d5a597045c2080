/** The environment variable a NanoGPT cURL command reads the key from (the default provider). */
export const API_KEY_ENV_VAR = "NANOGPT_API_KEY";

/** Environment variable names by API host suffix; the first match wins, NanoGPT's name otherwise. */
const ENV_VARS_BY_HOST: ReadonlyArray<readonly [host: string, envVar: string]> = [
  ["openrouter.ai", "OPENROUTER_API_KEY"],
  ["nano-gpt.com", API_KEY_ENV_VAR],
];

/**
 * The environment variable name that holds the key for an API base URL: `OPENROUTER_API_KEY` for OpenRouter,
 * `NANOGPT_API_KEY` for NanoGPT and anything else (a local stub, a proxy).
 *
 * @example
 * ```ts
 * apiKeyEnvVar("https://openrouter.ai/api/v1"); // "OPENROUTER_API_KEY"
 * apiKeyEnvVar(); // "NANOGPT_API_KEY"
 * ```
 */
export function apiKeyEnvVar(baseUrl?: string): string {
  let host = "";
  try {
    host = baseUrl ? new URL(baseUrl).hostname.toLowerCase() : "";
  } catch {
    // Not a URL: no provider can be told, so the default name applies.
  }
  const match = ENV_VARS_BY_HOST.find(([suffix]) => host === suffix || host.endsWith(`.${suffix}`));
  return match?.[1] ?? API_KEY_ENV_VAR;
}

/**
 * The generation URL for a base URL, the way the client builds it: `/api/v1` is added unless the base ends in `/v1`.
 *
 * @example
 * ```ts
 * generationUrl("https://openrouter.ai/api/v1"); // "https://openrouter.ai/api/v1/images"
 * ```
 */
export function generationUrl(baseUrl = "https://nano-gpt.com"): string {
  const trimmed = baseUrl.replace(/\/+$/, "");
  return `${trimmed}${/\/v1$/.test(trimmed) ? "" : "/api/v1"}/images`;
}

/**
 * Mask an API key for display: `sk-…wxyz` (its prefix up to the first dash and the last four characters).
 * Short keys (under 12 characters) reveal nothing.
 *
 * @example
 * ```ts
 * maskApiKey("sk-nano-0123456789abcdef"); // "sk-…cdef"
 * ```
 */
export function maskApiKey(apiKey: string): string {
  if (apiKey.length < 12) return "…";
  const dash = apiKey.indexOf("-");
  const prefix = dash > 0 && dash <= 4 ? apiKey.slice(0, dash + 1) : "";
  return `${prefix}…${apiKey.slice(-4)}`;
}

/** Options of {@link curlCommand}. */
export interface CurlCommandOptions {
  /** API base URL, e.g. `https://nano-gpt.com` (default) or `https://openrouter.ai/api/v1`. */
  baseUrl?: string;
  /** The environment variable the header reads; by default the provider's (see {@link apiKeyEnvVar}). */
  envVar?: string;
}

/**
 * A cURL command for a request body. The key is never inlined: the header reads an environment variable named
 * after the provider (`$NANOGPT_API_KEY`, `$OPENROUTER_API_KEY`) unless `envVar` names another.
 * The second argument may also be the base URL alone.
 *
 * @throws {TypeError} when `envVar` is not a shell variable name (letters, digits, `_`).
 * @example
 * ```ts
 * curlCommand({ model: "acme/pixel-v3", prompt: "a lighthouse" });
 * curlCommand(request, { baseUrl: "https://openrouter.ai/api/v1" }); // ... Bearer $OPENROUTER_API_KEY ...
 * ```
 */
export function curlCommand(request: object, options?: string | CurlCommandOptions): string {
  const { baseUrl, envVar } = typeof options === "string" ? { baseUrl: options, envVar: undefined } : (options ?? {});
  // The name lands inside a shell command the user pastes: only a plain identifier may go there.
  if (envVar !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(envVar))
    throw new TypeError(`curlCommand: envVar must be a shell variable name, got ${JSON.stringify(envVar)}`);
  // Single-quoted for POSIX shells: a quote inside the JSON becomes '\''.
  const body = JSON.stringify(request, null, 2).replace(/'/g, "'\\''");
  return [
    `curl ${generationUrl(baseUrl)} \\`,
    `  -H "Authorization: Bearer $${envVar ?? apiKeyEnvVar(baseUrl)}" \\`,
    `  -H "Content-Type: application/json" \\`,
    `  -d '${body}'`,
  ].join("\n");
}
