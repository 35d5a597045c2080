import { describe, expect, it } from "vitest";
import { API_KEY_ENV_VAR, apiKeyEnvVar, curlCommand, generationUrl } from "./curl-command";

const request = { model: "acme/pixel-v3", prompt: "it's a lighthouse" };

describe("apiKeyEnvVar", () => {
  it("follows the provider of the base URL", () => {
    expect(apiKeyEnvVar()).toBe(API_KEY_ENV_VAR);
    expect(apiKeyEnvVar("https://nano-gpt.com")).toBe("NANOGPT_API_KEY");
    expect(apiKeyEnvVar("https://openrouter.ai/api/v1")).toBe("OPENROUTER_API_KEY");
    expect(apiKeyEnvVar("https://eu.OpenRouter.ai/api/v1")).toBe("OPENROUTER_API_KEY");
    // A look-alike host is not OpenRouter.
    expect(apiKeyEnvVar("https://notopenrouter.ai/api/v1")).toBe("NANOGPT_API_KEY");
    expect(apiKeyEnvVar("http://127.0.0.1:8787")).toBe("NANOGPT_API_KEY");
    expect(apiKeyEnvVar("not a url")).toBe("NANOGPT_API_KEY");
  });
});

describe("curlCommand", () => {
  it("reads the provider's variable, from a base URL string or options", () => {
    expect(curlCommand(request)).toContain('-H "Authorization: Bearer $NANOGPT_API_KEY"');
    const openRouter = curlCommand(request, "https://openrouter.ai/api/v1");
    expect(openRouter.split("\n")[0]).toBe(`curl ${generationUrl("https://openrouter.ai/api/v1")} \\`);
    expect(openRouter).toContain("Bearer $OPENROUTER_API_KEY");
    expect(curlCommand(request, { baseUrl: "https://openrouter.ai/api/v1" })).toBe(openRouter);
  });

  it("takes a configured variable name", () => {
    expect(curlCommand(request, { envVar: "MY_IMAGE_KEY" })).toContain("Bearer $MY_IMAGE_KEY");
  });

  it("refuses a variable name that is not a shell identifier", () => {
    expect(() => curlCommand(request, { envVar: "X; rm -rf ~" })).toThrow(TypeError);
    expect(() => curlCommand(request, { envVar: "1KEY" })).toThrow(/shell variable name/);
  });
});
