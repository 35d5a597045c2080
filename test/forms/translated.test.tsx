import { type ImageModel, normalizeParameters } from "@model-forms/client";
import {
  ModelFormMessagesProvider,
  ModelParameterForm,
  ModelPicker,
  PriceEstimate,
  RequestPreview,
  useImageRequest,
} from "@model-forms/forms";
import { compileParameterForm } from "@model-forms/forms/core";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { bigModelRecord } from "../../fixtures/catalog";
import { germanCompileOptions, germanMessages } from "../../fixtures/translations/german";
import { englishLeft, englishPhrases } from "./english-phrases";

const normalized = normalizeParameters(bigModelRecord.supported_parameters);
const kitchenSink: ImageModel = {
  id: bigModelRecord.id,
  name: bigModelRecord.name ?? bigModelRecord.id,
  parameters: normalized.parameters,
  parameterWarnings: normalized.warnings,
};

/** The English the compiler derives for the kitchen-sink model: humanized labels and hints. */
const derived = Object.fromEntries(
  compileParameterForm(kitchenSink).fields.map((field) => [field.name, { label: field.label, hint: field.hint }]),
);
const englishInPage = () => englishLeft(englishPhrases(derived));

function Preview() {
  return <RequestPreview request={useImageRequest()} />;
}

function GermanPage(props: { onSubmit?: (request: unknown) => void; messages?: typeof germanMessages }) {
  const messages = props.messages ?? germanMessages;
  return (
    <ModelFormMessagesProvider messages={messages}>
      <ModelPicker models={[{ ...kitchenSink, id: "acme/kitchen-sink-xl" }]} value="acme/kitchen-sink-xl" />
      <ModelParameterForm
        model={kitchenSink}
        messages={messages}
        compileOptions={germanCompileOptions}
        onSubmit={props.onSubmit}
      >
        <PriceEstimate />
        <Preview />
      </ModelParameterForm>
    </ModelFormMessagesProvider>
  );
}

/** Renders the page, submits it empty (errors shown), opens "Advanced" and the quality select. */
async function renderShown(page: React.ReactElement) {
  const user = userEvent.setup();
  render(page);
  await user.click(screen.getByRole("button", { name: "Erzeugen" }));
  await screen.findByText("Bitte eine Bildbeschreibung eingeben");
  await user.click(screen.getByText("Erweitert"));
  await user.click(screen.getByRole("combobox", { name: "Qualität" }));
  await screen.findByRole("option", { name: "Entwurf" });
  return user;
}

describe("a form in a second language", () => {
  it("collects the English phrases from every default messages object", () => {
    const phrases = englishPhrases(derived);
    for (const phrase of [
      "Enter a prompt",
      "Must be at least",
      "options, default",
      "Add URL",
      "Upload",
      "Copy JSON",
      "Output image",
      "The image is under the minimum size",
      "Reset to model defaults",
      "Use as reference",
      "Your balance is too low for this generation",
      "not offered by this model",
    ])
      expect(phrases.has(phrase), phrase).toBe(true);
    expect(phrases.size).toBeGreaterThan(100);
  });

  it("leaves no English text, name, placeholder or tooltip once errors, Advanced and a select are shown", async () => {
    await renderShown(<GermanPage />);
    // The parts are really there: a field of each kind, the picker, the price and the request preview.
    expect(screen.getByRole("combobox", { name: "Stil" })).toBeTruthy();
    expect(screen.getByRole("slider", { name: "Rechenschritte" })).toBeTruthy();
    expect(screen.getByRole("checkbox", { name: "Wasserzeichen" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Adresse hinzufügen" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Startwert auswürfeln" })).toBeTruthy();
    expect(screen.getByRole("listbox", { name: "Modelle" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "JSON kopieren" })).toBeTruthy();
    expect(englishInPage()).toEqual([]);
  });

  it("finds the English left when one part is not translated", async () => {
    const { addUrl: _, ...references } = germanMessages.references;
    const partial = { ...germanMessages, references };
    await renderShown(<GermanPage messages={partial as unknown as typeof germanMessages} />);
    expect(englishInPage()).toEqual([expect.stringContaining('"Add URL"')]);
  });

  it("labels options without changing the value sent", async () => {
    const onSubmit = vi.fn();
    const user = await renderShown(<GermanPage onSubmit={onSubmit} />);
    await user.click(screen.getByRole("option", { name: "Entwurf" }));
    await user.type(screen.getByRole("textbox", { name: "Bildbeschreibung" }), "ein Leuchtturm");
    expect(within(screen.getByRole("combobox", { name: "Qualität" })).getByText("Entwurf")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Erzeugen" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ prompt: "ein Leuchtturm", quality: "draft" });
  });

  it("formatOption labels what optionLabels leaves, and optionLabels wins", () => {
    const form = compileParameterForm(kitchenSink, {
      optionLabels: { quality: { hd: "HD" } },
      formatOption: (field, value) => (field.name === "quality" ? `Q-${value}` : undefined),
    });
    const quality = form.fields.find((field) => field.name === "quality");
    expect(quality?.optionLabels).toEqual({ draft: "Q-draft", standard: "Q-standard", hd: "HD" });
    expect(quality?.constraints.options).toEqual(["draft", "standard", "hd"]);
    expect(form.fields.find((field) => field.name === "n")?.optionLabels).toBeUndefined();
  });
});
