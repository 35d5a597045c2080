import { type ImageModel, normalizeParameters } from "@model-forms/client";
import {
  defaultModelFormMessages,
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

const normalized = normalizeParameters(bigModelRecord.supported_parameters);
const kitchenSink: ImageModel = {
  id: bigModelRecord.id,
  name: bigModelRecord.name ?? bigModelRecord.id,
  parameters: normalized.parameters,
  parameterWarnings: normalized.warnings,
};

/** Sample arguments: markers that a text built from them can be split on, so only the words around them remain. */
const MARK = /⟨\d⟩|700\d/g;
const textArgs = ["⟨0⟩", "⟨1⟩", "⟨2⟩", "⟨3⟩"];
const numberArgs = [7000, 7001, 7002, 7003];
const note = {
  position: 7000,
  from: { width: 7001, height: 7002 },
  to: { width: 7003, height: 7004, format: "⟨9⟩", bytes: 7005 },
  resized: true,
  reencoded: true,
};

/** Every call shape a default text function takes (they interpolate what they get, or need numbers / lists). */
function callShapes(fn: (...args: unknown[]) => unknown): unknown[] {
  const shapes = [textArgs, numberArgs, [7000, note], ["⟨0⟩", ["⟨1⟩"]], [7000, "⟨1⟩", "⟨2⟩"], [7000, "USD", true]];
  const results: unknown[] = [];
  for (const args of shapes) {
    try {
      results.push(fn(...args));
    } catch {
      // This shape does not fit the function; another one does.
    }
  }
  return results;
}

/** The English phrases of a text: the runs between sample arguments that contain a word (two letters or more). */
function phrases(text: string): string[] {
  return text
    .split(MARK)
    .map((part) => part.replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, ""))
    .filter((part) => /[A-Za-z]{2}/.test(part));
}

/** Every English phrase of every default messages object, functions called with sample arguments. */
function englishPhrases(): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (value: unknown, path: string) => {
    if (typeof value === "string") for (const phrase of phrases(value)) found.set(phrase, path);
    else if (typeof value === "function") {
      for (const result of callShapes(value as (...args: unknown[]) => unknown)) visit(result, path);
    } else if (value && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) visit(inner, `${path}.${key}`);
    }
  };
  visit(defaultModelFormMessages, "messages");
  // The English the compiler derives for this model: humanized labels and hints.
  for (const field of compileParameterForm(kitchenSink).fields) {
    visit(field.label, `${field.name}.label`);
    visit(field.hint, `${field.name}.hint`);
  }
  // Names of tools and formats are the same in every language.
  for (const name of ["cURL", "JSON", "USD", "https"]) found.delete(name);
  return found;
}

/**
 * All text a user can meet: the page's text, and the names, placeholders and tooltips in attributes. Code blocks
 * (the request JSON and cURL command, whose URL and keys are the API's) are data, not prose: left out.
 */
function renderedText(): string {
  const page = document.body.cloneNode(true) as HTMLElement;
  for (const code of page.querySelectorAll("pre, code")) code.remove();
  const attributes = [...page.querySelectorAll("[aria-label], [placeholder], [title], [alt]")].flatMap((element) =>
    ["aria-label", "placeholder", "title", "alt"].map((name) => element.getAttribute(name) ?? ""),
  );
  // Text node by text node: `textContent` would run "Add URL" and "Hochladen" together into "Add URLHochladen".
  const texts: string[] = [];
  const walker = document.createTreeWalker(page, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) texts.push(walker.currentNode.nodeValue ?? "");
  expect(texts.join("")).toBe(page.textContent);
  return [...texts, ...attributes].join("\n");
}

function englishLeft(): string[] {
  const text = renderedText();
  return [...englishPhrases()]
    .filter(([phrase]) =>
      new RegExp(`(^|[^A-Za-z])${phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^A-Za-z])`).test(text),
    )
    .map(([phrase, path]) => `${path}: "${phrase}"`);
}

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
    const phrases = englishPhrases();
    for (const phrase of ["Enter a prompt", "Must be at least", "options, default", "Add URL", "Upload", "Copy JSON"])
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
    expect(englishLeft()).toEqual([]);
  });

  it("finds the English left when one part is not translated", async () => {
    const { addUrl: _, ...references } = germanMessages.references;
    const partial = { ...germanMessages, references };
    await renderShown(<GermanPage messages={partial as unknown as typeof germanMessages} />);
    expect(englishLeft()).toEqual([expect.stringContaining('"Add URL"')]);
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
