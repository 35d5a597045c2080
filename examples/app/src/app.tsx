import { createImageClient, type GeneratedImage } from "@model-forms/client";
import {
  ImageClientProvider,
  ModelParameterForm,
  ModelPicker,
  RequestPreview,
  useImageModels,
  useImageRequest,
} from "@model-forms/forms";
import { useId, useMemo, useState } from "react";

/** The Image API origin, set at build time (`VITE_API_BASE_URL=http://127.0.0.1:8787 vite build`). */
const baseUrl = import.meta.env.VITE_API_BASE_URL ?? "https://nano-gpt.com";

/**
 * The example app: pick a model, fill its generated form, and generate. Discovery uses a keyless client; the API
 * key lives in React state only and reaches the network only as the Authorization header of the POST.
 */
export function App() {
  const discovery = useMemo(() => createImageClient({ baseUrl }), []);
  return (
    <ImageClientProvider client={discovery}>
      <main style={{ maxWidth: 760, margin: "2rem auto", padding: "0 1rem", fontFamily: "system-ui, sans-serif" }}>
        <h1>model-forms example</h1>
        <Generator />
      </main>
    </ImageClientProvider>
  );
}

function imageSource(image: GeneratedImage): string | undefined {
  if (typeof image.url === "string") return image.url;
  if (typeof image.b64_json === "string") return `data:${image.media_type ?? "image/png"};base64,${image.b64_json}`;
  return undefined;
}

/** The live request under the form, with a cURL command that never shows the key. */
function Preview({ apiKey }: { apiKey: string }) {
  const { request } = useImageRequest();
  return <RequestPreview request={request} baseUrl={baseUrl} apiKey={apiKey || undefined} />;
}

function Generator() {
  const keyId = useId();
  const [apiKey, setApiKey] = useState("");
  const [modelId, setModelId] = useState<string | undefined>(undefined);
  const [images, setImages] = useState<string[]>([]);
  const models = useImageModels();
  const generate = async (request: Parameters<ReturnType<typeof createImageClient>["generateImages"]>[0]) => {
    if (apiKey === "") throw new Error("Enter your API key first.");
    setImages([]);
    // A client per call: the key is not kept anywhere but React state. POSTs are never retried.
    const result = await createImageClient({ baseUrl, apiKey, retries: 0 }).generateImages(request);
    setImages(result.data.map(imageSource).filter((src): src is string => src !== undefined));
  };

  return (
    <>
      <p>
        <label htmlFor={keyId}>API key</label>{" "}
        <input
          id={keyId}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={apiKey}
          onChange={(event) => setApiKey(event.target.value)}
        />
      </p>
      <section aria-label="Model" data-testid="model-picker">
        {models.status === "success" ? (
          <ModelPicker models={models.data} value={modelId} onChange={(id) => setModelId(id)} />
        ) : models.status === "error" ? (
          <div role="alert">
            Could not load the models: {models.error instanceof Error ? models.error.message : "unknown error"}{" "}
            <button type="button" onClick={models.retry}>
              Retry
            </button>
          </div>
        ) : (
          <p role="status">Loading models…</p>
        )}
      </section>
      {modelId === undefined ? null : (
        <section aria-label="Parameters">
          {/* Submit errors (HTTP, network, timeout) render inside the form as role="alert"; values are kept. */}
          <ModelParameterForm modelId={modelId} submitLabel="Generate" onSubmit={generate}>
            <Preview apiKey={apiKey} />
          </ModelParameterForm>
        </section>
      )}
      <section aria-label="Generated images">
        {images.map((src, index) => (
          <img key={src} src={src} alt={`Result ${index + 1} of ${images.length}`} width={256} />
        ))}
      </section>
    </>
  );
}
