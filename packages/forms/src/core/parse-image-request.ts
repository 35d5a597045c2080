import { resolveCompiledForm, safeBuildImageRequest } from "./build-image-request";
import type { ImageRequestIssue } from "./image-request-validation-error";
import type { CompiledForm, CompileInput, FormValues, ImageRequest } from "./types";
import { setOwn, valuesEqual } from "./values-equal";

/**
 * The result of {@link parseImageRequest}: the request to forward, or the issues to answer with (each names its
 * field, so a client can show it there).
 *
 * @example
 * ```ts
 * const result: ParseImageRequestResult = parseImageRequest(form, await req.json());
 * ```
 */
export type ParseImageRequestResult =
  | { success: true; request: ImageRequest; issues?: undefined }
  | { success: false; request?: undefined; issues: ImageRequestIssue[] };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Validates an incoming JSON body (`unknown`, e.g. `await request.json()` in a route handler) against a model's
 * form, and rebuilds the request from it, so only the model's own parameters are forwarded. No cast needed.
 *
 * - The body must be an object; `model`, when present, must be the form's model.
 * - A key that is not a field of the form (a hidden field, `stream`, `provider`, a typo) is an issue.
 * - A fixed field may only carry its fixed value.
 * - Every value passes the field's schema; the fields the body names count as set by the user (minimal request).
 *
 * @example
 * ```ts
 * // app/api/generate/route.ts (the key stays on the server)
 * const form = compileParameterForm(await client.getModel(modelId));
 * const parsed = parseImageRequest(form, await req.json());
 * if (!parsed.success) return Response.json({ issues: parsed.issues }, { status: 400 });
 * return Response.json(await client.generateImages(parsed.request));
 * ```
 */
export function parseImageRequest(input: CompiledForm | CompileInput, body: unknown): ParseImageRequestResult {
  if (!isPlainObject(body)) {
    return { success: false, issues: [{ field: "body", message: "Expected a JSON object" }] };
  }
  const form = resolveCompiledForm(input);
  const issues: ImageRequestIssue[] = [];
  const { model, ...rest } = body;
  if (model !== undefined && (typeof model !== "string" || (form.modelId !== undefined && model !== form.modelId))) {
    issues.push({ field: "model", message: `Expected ${JSON.stringify(form.modelId ?? "a model id")}` });
  }
  const fields = new Map(form.fields.map((field) => [field.name, field]));
  // Own keys only, in body order; values are checked by the schema below.
  const values: FormValues = {};
  for (const [name, value] of Object.entries(rest)) {
    const field = fields.get(name);
    if (field === undefined) issues.push({ field: name, message: "Not a parameter of this model" });
    else if (field.fixed && !valuesEqual(value, field.fixedValue))
      issues.push({ field: name, message: `Fixed to ${JSON.stringify(field.fixedValue)}` });
    else setOwn(values, name, value as FormValues[string]);
  }
  if (issues.length) return { success: false, issues };
  const modelId = typeof model === "string" ? model : undefined;
  const built = safeBuildImageRequest(form, values, { touched: Object.keys(values), modelId });
  return built.success ? { success: true, request: built.request } : { success: false, issues: built.error.issues };
}
