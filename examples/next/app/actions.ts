"use server";

import { type GenerateResult, generate } from "../lib/generate";

/**
 * The Server Action: same validation and forwarding as the route handler. It returns errors instead of throwing
 * (a thrown error reaches the browser as an opaque production error), and the form puts them on its fields.
 */
export async function generateAction(body: unknown): Promise<GenerateResult> {
  return generate(body);
}
