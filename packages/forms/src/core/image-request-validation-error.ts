/**
 * One problem with the values given to `buildImageRequest`: the field it concerns and what is wrong.
 *
 * @example
 * ```ts
 * const issue: ImageRequestIssue = { field: "n", message: "Must be at most 4" };
 * ```
 */
export interface ImageRequestIssue {
  /** The request field name (`model` when no model id is known). */
  field: string;
  message: string;
}

/**
 * Thrown by `buildImageRequest` when the values do not pass the form's schema. `issues` names each field.
 *
 * @example
 * ```ts
 * try {
 *   buildImageRequest(form, { prompt: "" });
 * } catch (error) {
 *   if (isImageRequestValidationError(error)) error.issues; // [{ field: "prompt", message: "Enter a prompt" }]
 * }
 * ```
 */
export class ImageRequestValidationError extends Error {
  override readonly name = "ImageRequestValidationError";
  readonly issues: ImageRequestIssue[];

  constructor(issues: ImageRequestIssue[]) {
    super(`Invalid image request: ${issues.map((issue) => `${issue.field}: ${issue.message}`).join("; ")}`);
    this.issues = issues;
  }
}

/**
 * True when `error` is an {@link ImageRequestValidationError} (compares `name`, so it works across bundles).
 *
 * @example
 * ```ts
 * if (isImageRequestValidationError(error)) showErrors(error.issues);
 * ```
 */
export function isImageRequestValidationError(error: unknown): error is ImageRequestValidationError {
  return (
    error instanceof Error &&
    error.name === "ImageRequestValidationError" &&
    Array.isArray((error as ImageRequestValidationError).issues)
  );
}
