import { createImageClient, type ImageModel, normalizeParameters } from "@model-forms/client";
import {
  addReferenceImage,
  ImageClientProvider,
  ModelFormMessagesProvider,
  PriceEstimate,
  type ReferenceForm,
} from "@model-forms/forms";
import { compileParameterForm } from "@model-forms/forms/core";
import { ImageStudio } from "@model-forms/forms/generation";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { germanCompileOptions, germanMessages } from "../../../fixtures/translations/german";
import { englishLeft, englishPhrases } from "../english-phrases";
import { startImageApiStub, stubCatalog } from "./image-api-stub";

/** A catalog record's model, as the client reads it. */
function modelOf(id: string, supported: Record<string, unknown>): ImageModel {
  const { parameters, warnings } = normalizeParameters(supported);
  return { id, name: id, parameters, parameterWarnings: warnings };
}

/** The English the compiler derives for the stub's models: humanized labels and hints. */
const derived = Object.fromEntries(
  stubCatalog.flatMap((record) =>
    compileParameterForm(modelOf(record.id, record.supported_parameters)).fields.map((field) => [
      `${record.id}.${field.name}`,
      { label: field.label, hint: field.hint },
    ]),
  ),
);

describe("the generation components in a second language (real client, local HTTP stub)", { timeout: 30_000 }, () => {
  let stub: Awaited<ReturnType<typeof startImageApiStub>>;
  beforeAll(async () => {
    stub = await startImageApiStub();
  });
  afterAll(() => stub.close());
  beforeEach(() => stub.reset());

  function renderStudio(modelId: string) {
    const client = createImageClient({ baseUrl: stub.baseUrl, apiKey: "sk-test-0123456789", retryDelayMs: 1 });
    const user = userEvent.setup({ delay: null });
    render(
      <ImageClientProvider client={client}>
        <ModelFormMessagesProvider messages={germanMessages}>
          <ImageStudio
            defaultModelId={modelId}
            preview={{ baseUrl: stub.baseUrl }}
            formProps={{ compileOptions: germanCompileOptions }}
          />
        </ModelFormMessagesProvider>
      </ImageClientProvider>,
    );
    return user;
  }
  const generate = () => screen.getByRole("button", { name: /^Erzeugen/ });

  it("leaves no English once a generation shows its results, history, price and status", async () => {
    const user = renderStudio("acme/pixel-v3");
    await user.type(await screen.findByRole("textbox", { name: "Bildbeschreibung" }, { timeout: 5000 }), "ein Turm");
    // A German price: the estimate and the Generate button in de-DE ("0,04 $").
    await waitFor(() => expect(generate()).toHaveTextContent("0,04 $"));
    expect(screen.getByText("Geschätzte Kosten")).toBeInTheDocument();
    await user.click(generate());
    const list = await screen.findByRole("list", { name: "Erzeugte Bilder" }, { timeout: 5000 });
    expect(within(list).getByRole("img")).toHaveAttribute("alt", "Ergebnis 1 von 1: ein Turm");
    expect(screen.getByText("Kosten 0,04 $")).toBeInTheDocument();
    expect(screen.getByText("Guthaben 9,96 $")).toBeInTheDocument();
    expect(screen.getByText(/^in \d+,\d s$/)).toBeInTheDocument();
    expect(screen.getByText("1 Bild erzeugt.")).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Verlauf" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Auf Modellvorgaben zurücksetzen" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Voreinstellung speichern" })).toBeInTheDocument();
    expect(englishLeft(englishPhrases(derived))).toEqual([]);
  });

  it("finds the English left when a generation part is not translated", async () => {
    const { reset: _, ...partial } = germanMessages;
    const client = createImageClient({ baseUrl: stub.baseUrl, apiKey: "sk-test-0123456789", retryDelayMs: 1 });
    render(
      <ImageClientProvider client={client}>
        <ModelFormMessagesProvider messages={partial}>
          <ImageStudio defaultModelId="acme/pixel-v3" formProps={{ compileOptions: germanCompileOptions }} />
        </ModelFormMessagesProvider>
      </ImageClientProvider>,
    );
    await screen.findByRole("textbox", { name: "Bildbeschreibung" }, { timeout: 5000 });
    const left = englishLeft(englishPhrases(derived));
    expect(left).toContainEqual(expect.stringContaining('"Reset to model defaults"'));
    // Only that label is English (a shorter phrase such as "to" may be found inside it too).
    for (const found of left) expect("Reset to model defaults").toContain(/"(.*)"$/.exec(found)?.[1]);
  });

  it("402 in German: the headline and the balance it needs in de-DE", async () => {
    const user = renderStudio("acme/pixel-v3");
    await user.type(await screen.findByRole("textbox", { name: "Bildbeschreibung" }, { timeout: 5000 }), "ein Turm");
    stub.state.mode = "402";
    await user.click(generate());
    const alert = await screen.findByRole("alert", {}, { timeout: 5000 });
    expect(alert).toHaveTextContent("Ihr Guthaben reicht für dieses Erzeugen nicht.");
    expect(alert).toHaveTextContent("Benötigt werden 0,0035 $.");
  });

  it("Use as reference: the refusal (an http link) and the success come back in German", async () => {
    const user = renderStudio("acme/pixel-edit");
    await user.type(await screen.findByRole("textbox", { name: "Bildbeschreibung" }, { timeout: 5000 }), "ein Turm");
    await user.click(generate());
    await user.click(await screen.findByRole("button", { name: /^Als Vorlage verwenden/ }, { timeout: 5000 }));
    // The stub's result links are http: the core texts' refusal, through the studio's messages.
    expect(await screen.findByText("Nur https-Adressen werden angenommen")).toBeInTheDocument();
    stub.state.mode = "b64";
    await user.click(generate());
    await waitFor(() => expect(screen.getByText("Kosten 0,0035 $")).toBeInTheDocument(), { timeout: 5000 });
    await user.click(screen.getByRole("button", { name: /^Als Vorlage verwenden/ }));
    expect(await screen.findByText("Als Vorlagenbild 1 von 2 hinzugefügt.")).toBeInTheDocument();
    expect(englishLeft(englishPhrases(derived))).toEqual([]);
  });
});

describe("texts returned in a second language", () => {
  const edit = stubCatalog[2];
  const compiled = compileParameterForm(modelOf("acme/pixel-edit", edit?.supported_parameters ?? {}));
  // A form whose reference list is `list` (a stand-in for useModelParameterForm's: only these members are read).
  const target = (list: string[], fields = compiled.fields) =>
    ({
      form: { control: {}, getValues: () => list, setValue: () => {} },
      compiled: { fields },
    }) as unknown as ReferenceForm;
  const german = { messages: germanMessages.references, core: germanMessages.core };

  it("addReferenceImage refuses in German: no reference field, full, an http link", async () => {
    const png = "https://example.com/a.png";
    await expect(addReferenceImage(target([], []), png, german)).resolves.toMatchObject({
      added: false,
      reason: "no-field",
      message: "Dieses Modell nimmt keine Vorlagenbilder an.",
    });
    await expect(addReferenceImage(target([png, png]), png, german)).resolves.toMatchObject({
      added: false,
      reason: "full",
      message: "Höchstens 2 Bilder.",
    });
    await expect(addReferenceImage(target([]), "http://example.com/a.png", german)).resolves.toMatchObject({
      added: false,
      reason: "invalid",
      message: "Nur https-Adressen werden angenommen",
    });
    // English without messages.
    await expect(addReferenceImage(target([], []), png)).resolves.toMatchObject({
      message: "This model takes no reference images.",
    });
  });

  it("numbers, sizes and prices follow core.locale", () => {
    const form = compileParameterForm(
      modelOf("acme/sizes", {
        seed: { type: "range", min: 0, max: 4294967295 },
        steps: { type: "range", min: 1, max: 1024, default: 28 },
      }),
      { messages: germanMessages.core },
    );
    const hint = (name: string) => form.fields.find((field) => field.name === name)?.hint;
    expect(hint("seed")).toBe("Freiwillig, 0–4.294.967.295");
    expect(hint("steps")).toBe("1–1.024, Vorgabe 28");
    // English keeps JavaScript's plain numbers.
    const english = compileParameterForm(
      modelOf("acme/sizes", { steps: { type: "range", min: 1, max: 1024, default: 28 } }),
    );
    expect(english.fields.find((field) => field.name === "steps")?.hint).toBe("1–1024, default 28");
  });

  it("a standalone price in German: de-DE amount and German line labels", () => {
    const endpoint = { pricing: [{ billable: "output_image", unit: "image", cost_usd: 0.04, currency: "USD" }] };
    render(
      <ModelFormMessagesProvider messages={germanMessages}>
        <PriceEstimate endpoint={endpoint as never} request={{ model: "acme/x", n: 2 }} />
      </ModelFormMessagesProvider>,
    );
    expect(document.querySelector('[data-mf-slot="price-total"]')).toHaveTextContent("0,08 $");
    expect(document.querySelector('[data-mf-slot="price-line-label"]')).toHaveTextContent("Ausgabebild");
    expect(englishLeft()).toEqual([]);
  });
});
