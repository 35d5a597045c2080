// Page rendered by scripts/screenshot-form.mjs: an every-kind model form, plus a form showing errors.
import { ModelParameterForm } from "@model-forms/forms";
import { createRoot } from "react-dom/client";
import { everyKindModel } from "../test/forms/models";

function Page() {
  return (
    <main style={{ display: "grid", gridTemplateColumns: "1fr 1fr", gap: 32, padding: 32, maxWidth: 1040 }}>
      <section id="ready">
        <h2 style={{ font: "600 16px system-ui", margin: "0 0 16px" }}>Ready</h2>
        <ModelParameterForm
          model={everyKindModel}
          compileOptions={{ prompt: { maxLength: 500 } }}
          defaultValues={{
            prompt: "A lighthouse at dusk, volumetric light",
            n: 2,
            input_references: [
              "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 4 4'%3E%3Crect width='4' height='4' fill='%236366f1'/%3E%3Ccircle cx='2' cy='2' r='1' fill='%23fbbf24'/%3E%3C/svg%3E",
            ],
          }}
        />
      </section>
      <section id="invalid">
        <h2 style={{ font: "600 16px system-ui", margin: "0 0 16px" }}>Errors, advanced open</h2>
        <ModelParameterForm model={everyKindModel} defaultValues={{ n: 9, seed: 12345 }} />
      </section>
    </main>
  );
}

createRoot(document.getElementById("root") as HTMLElement).render(<Page />);
