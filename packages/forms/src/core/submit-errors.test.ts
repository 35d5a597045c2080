import { createImageClient, type ImageModel } from "@model-forms/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { json, startTestServer, type TestServer } from "../../../client/src/test-server";
import { enumParam, rangeParam, referencesParam } from "./__fixtures__/descriptors";
import { safeBuildImageRequest } from "./build-image-request";
import { compileParameterForm } from "./compile-parameter-form";
import { fieldErrorsFromError, fieldForParameter, isSubmitErrors, redactCredentials } from "./submit-errors";

const KEY = "sk-nano-0123456789abcdefWXYZ";
const model: ImageModel = {
  id: "acme/pixel-v3",
  name: "Pixel v3",
  parameters: [
    enumParam("resolution", ["1024x1024", "1536x1024"], { default: "1024x1024" }),
    rangeParam("n", 1, 4, { default: 1 }),
    referencesParam(3),
    enumParam("style.v2", ["a", "b"]),
  ],
  parameterWarnings: [],
};
const form = compileParameterForm(model);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

/** The error the real client raises for a real HTTP answer. */
async function failWith(status: number, body: unknown): Promise<unknown> {
  server.route("POST /api/v1/images", json(body, status));
  const client = createImageClient({ baseUrl: server.origin, apiKey: KEY });
  return client.generateImages({ model: model.id, prompt: "x" }).then(
    () => expect.unreachable("the call should fail"),
    (error: unknown) => error,
  );
}

describe("fieldErrorsFromError", () => {
  it("puts an HTTP 400 naming `parameter` on that field with the API's own message", async () => {
    const error = await failWith(400, {
      error: { message: "Unsupported resolution 640x480", type: "invalid_request_error", parameter: "resolution" },
    });
    expect(fieldErrorsFromError(error, form)).toEqual({
      fieldErrors: { resolution: "Unsupported resolution 640x480" },
      formError: undefined,
    });
  });

  it("reads `param` too, and a path into a field lands on the field", async () => {
    const error = await failWith(400, {
      error: { message: "Image 2 is too large", code: "invalid_input_references", param: "input_references[1]" },
    });
    expect(fieldErrorsFromError(error, form).fieldErrors).toEqual({ input_references: "Image 2 is too large" });
    expect(fieldForParameter(form, "style.v2")).toBe("style.v2");
    expect(fieldForParameter(form, "nope")).toBeUndefined();
  });

  it("shows the API's message in the banner, never the URL or the key", async () => {
    const error = await failWith(402, { error: `Insufficient balance for Bearer ${KEY}`, status: 402 });
    expect((error as Error).message).toContain(server.origin);
    const { fieldErrors, formError } = fieldErrorsFromError(error, form);
    expect(fieldErrors).toEqual({});
    expect(formError).toMatch(/^Insufficient balance/);
    expect(formError).not.toContain(server.origin);
    expect(formError).not.toContain(KEY);
    expect(formError).not.toContain("WXYZ");
  });

  it("a parameter that is not a field (model) goes to the banner; an empty body says the status", async () => {
    const missing = await failWith(400, { error: { message: "model is required", parameter: "model" } });
    expect(fieldErrorsFromError(missing, form)).toEqual({ fieldErrors: {}, formError: "model is required" });
    const empty = await failWith(503, "");
    expect(fieldErrorsFromError(empty, form).formError).toBe("The image API refused the request (HTTP 503).");
  });

  it("a network failure shows a sentence, not the client's developer message", async () => {
    server.route("POST /api/v1/images", (req) => req.socket.destroy());
    const client = createImageClient({ baseUrl: server.origin, apiKey: KEY });
    const error = await client.generateImages({ model: model.id, prompt: "x" }).catch((e: unknown) => e);
    const { formError } = fieldErrorsFromError(error, form, { network: "Réseau indisponible." });
    expect(formError).toBe("Réseau indisponible.");
  });

  it("maps ImageRequestValidationError issues (as thrown, or as a server's JSON) onto fields", () => {
    const result = safeBuildImageRequest(form, { prompt: "", n: 9 });
    expect(result.success).toBe(false);
    if (result.success) return;
    const sorted = fieldErrorsFromError(result.error, form);
    expect(Object.keys(sorted.fieldErrors).sort()).toEqual(["n", "prompt"]);
    const overTheWire = JSON.parse(JSON.stringify({ issues: result.error.issues }));
    expect(fieldErrorsFromError(overTheWire, form)).toEqual(sorted);
    expect(fieldErrorsFromError({ issues: [{ field: "stream", message: "Not a parameter" }] }, form)).toEqual({
      fieldErrors: {},
      formError: "Not a parameter",
    });
  });

  it("checks a returned { fieldErrors, formError }: unknown names move to the banner", () => {
    expect(isSubmitErrors({ data: [] })).toBe(false);
    expect(isSubmitErrors({ fieldErrors: { n: "Too many" } })).toBe(true);
    expect(
      fieldErrorsFromError({ fieldErrors: { n: "Too many", ghost: "Gone" }, formError: "Check the form." }, form),
    ).toEqual({ fieldErrors: { n: "Too many" }, formError: "Check the form. Gone" });
  });

  it("other errors: message without URLs or credentials, or a plain sentence", () => {
    const error = new Error(`POST https://api.example/v1/images failed: token=${KEY} Bearer ${KEY}`);
    const { formError } = fieldErrorsFromError(error, form);
    expect(formError).not.toMatch(/https?:|sk-nano|WXYZ/);
    expect(fieldErrorsFromError("boom", form).formError).toBe("The request failed.");
    expect(redactCredentials(`x-api-key sk-abcdefghijkl`)).toBe("x-api-key sk-***");
  });
});
