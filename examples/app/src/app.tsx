import { createImageClient } from "@model-forms/client";
import { ImageClientProvider } from "@model-forms/forms";
import { ImageStudio } from "@model-forms/forms/generation";
import { useId, useMemo, useState } from "react";

/** The Image API origin, set at build time (`VITE_API_BASE_URL=http://127.0.0.1:8787 vite build`). */
const baseUrl = import.meta.env.VITE_API_BASE_URL ?? "https://nano-gpt.com";

/**
 * The example app: the whole generation page is `<ImageStudio>`. Discovery uses a keyless client; the API key
 * lives in React state only and reaches the network only as the Authorization header of the POST. Values are
 * remembered across visits (`persist`); the key never is.
 */
export function App() {
  const keyId = useId();
  const [apiKey, setApiKey] = useState("");
  const discovery = useMemo(() => createImageClient({ baseUrl }), []);
  const generation = useMemo(() => createImageClient({ baseUrl, apiKey }), [apiKey]);
  return (
    <ImageClientProvider client={discovery}>
      <main style={{ maxWidth: 1400, margin: "2rem auto", padding: "0 1rem", fontFamily: "system-ui, sans-serif" }}>
        <h1>model-forms example</h1>
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
        <ImageStudio client={generation} persist preview={{ baseUrl, apiKey: apiKey || undefined }} />
      </main>
    </ImageClientProvider>
  );
}
