"use client";

import type { ImageModel } from "@model-forms/client";
import { ModelParameterForm, type SubmitErrors } from "@model-forms/forms";
import { useState } from "react";
import type { GenerateResult } from "../lib/generate";

/** POSTs the request body to the route handler; an error answer is `{ fieldErrors, formError }`. */
async function viaRouteHandler(request: object): Promise<GenerateResult> {
  const response = await fetch("/api/generate", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(request),
  });
  const data = (await response.json().catch(() => ({}))) as GenerateResult;
  if (response.ok || "fieldErrors" in data || "formError" in data) return data;
  return { status: response.status, formError: `The server answered ${response.status}.` };
}

/**
 * The client part: the form for a model the server fetched, sending through the route handler or a Server Action.
 * No key anywhere here.
 */
export function Generator({ model, action }: { model: ImageModel; action?(body: unknown): Promise<GenerateResult> }) {
  const [images, setImages] = useState<string[]>([]);
  const submit = async (request: object): Promise<SubmitErrors | undefined> => {
    setImages([]);
    const result = await (action ?? viaRouteHandler)(request);
    if ("images" in result) {
      setImages(result.images);
      return undefined;
    }
    return { fieldErrors: result.fieldErrors, formError: result.formError };
  };
  return (
    <>
      <ModelParameterForm model={model} onSubmit={submit} />
      <section aria-label="Generated images">
        {images.map((src, index) => (
          // biome-ignore lint/performance/noImgElement: data URLs and short-lived API URLs, not optimizable assets.
          <img key={src} src={src} alt={`Result ${index + 1} of ${images.length}`} width={256} />
        ))}
      </section>
    </>
  );
}
