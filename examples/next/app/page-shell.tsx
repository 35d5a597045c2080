import type { ImageModel } from "@model-forms/client";
import { curlCommand, generationUrl } from "@model-forms/forms/core";
import type { ReactNode } from "react";
import { imageApiBaseUrl } from "../lib/image-api";

/** The server-rendered frame of both variants: core helpers run here, in a server component. */
export function PageShell({
  title,
  models,
  model,
  children,
}: {
  title: string;
  models: ImageModel[];
  model?: ImageModel;
  children: ReactNode;
}) {
  const base = imageApiBaseUrl();
  return (
    <main>
      <h1>{title}</h1>
      <p>
        {models.length} models in the catalog. This server forwards requests to <code>{generationUrl(base)}</code> with
        its own key; the browser never sees it.
      </p>
      <nav>
        <a href={`/?model=${encodeURIComponent(model?.id ?? "")}`}>Route handler</a> ·{" "}
        <a href={`/action?model=${encodeURIComponent(model?.id ?? "")}`}>Server Action</a>
      </nav>
      {model ? children : <p role="alert">No model in the catalog.</p>}
      {model ? (
        <details>
          <summary>The same request with cURL</summary>
          <pre>{curlCommand({ model: model.id, prompt: "a lighthouse at dusk" }, base)}</pre>
        </details>
      ) : null}
    </main>
  );
}
