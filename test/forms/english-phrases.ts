import { defaultModelFormMessages } from "@model-forms/forms";
import { defaultGenerationMessages } from "@model-forms/forms/generation";
import { expect } from "vitest";

/**
 * Finds English left in a translated page: every phrase of every default messages object (functions called with
 * sample arguments), looked for in the page's text and in its names, placeholders and tooltips.
 */

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
const entry = { id: "⟨0⟩", modelId: "⟨1⟩", images: [{}], request: { prompt: "⟨2⟩" }, createdAt: 7000 };
const when = new Date(2025, 0, 1, 7, 0);

/** Every call shape a default text function takes (they interpolate what they get, or need numbers / lists). */
function callShapes(fn: (...args: unknown[]) => unknown): unknown[] {
  const shapes = [
    textArgs,
    numberArgs,
    [7000, note],
    ["⟨0⟩", ["⟨1⟩"]],
    [7000, "⟨1⟩", "⟨2⟩"],
    [7000, "USD", true],
    // Price lines and notes: a billable that is humanized, a flag that picks the other sentence.
    ["output_image", "⟨1⟩"],
    ["⟨0⟩", "⟨1⟩", true],
    [true],
    [false],
    // Reference refusals by code.
    ["format"],
    ["too-large"],
    ["too-small"],
    // The generation parts: history entries, times, value changes, notices with change lists.
    [entry, 7000],
    [when],
    ["⟨0⟩", { field: "⟨1⟩", from: 7001, to: 7002, reason: "clamped" }],
    ["⟨0⟩", { field: "⟨1⟩", from: undefined, to: [{}], reason: "clamped" }],
    ["⟨0⟩", { field: "⟨1⟩", from: 7001, to: undefined, reason: "dropped" }],
    [["⟨0⟩"], "⟨1⟩"],
    ["⟨0⟩", "⟨1⟩", ["⟨2⟩"]],
    [7000, 7001, "⟨2⟩"],
  ];
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

/**
 * Every English phrase of every default messages object (the form parts and the generation parts), functions
 * called with sample arguments, and of `extra` (e.g. the labels and hints the compiler derives for a model).
 */
export function englishPhrases(extra: Record<string, unknown> = {}): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (value: unknown, path: string) => {
    if (typeof value === "string") for (const phrase of phrases(value)) found.set(phrase, path);
    else if (typeof value === "function") {
      for (const result of callShapes(value as (...args: unknown[]) => unknown)) visit(result, path);
    } else if (value && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) visit(inner, `${path}.${key}`);
    }
  };
  visit({ ...defaultModelFormMessages, ...defaultGenerationMessages }, "messages");
  visit(extra, "extra");
  // Names of tools and formats, and words spelled alike in German ("in 3,2 s"), are the same in both languages.
  for (const name of ["cURL", "JSON", "USD", "https", "in"]) found.delete(name);
  return found;
}

/**
 * All text a user can meet: the page's text, and the names, placeholders and tooltips in attributes. Code blocks
 * (the request JSON and cURL command, whose URL and keys are the API's) are data, not prose: left out.
 */
export function renderedText(): string {
  const page = document.body.cloneNode(true) as HTMLElement;
  for (const code of page.querySelectorAll("pre, code")) code.remove();
  const attributes = [
    ...page.querySelectorAll("[aria-label], [aria-valuetext], [placeholder], [title], [alt]"),
  ].flatMap((element) =>
    ["aria-label", "aria-valuetext", "placeholder", "title", "alt"].map((name) => element.getAttribute(name) ?? ""),
  );
  // Text node by text node: `textContent` would run "Add URL" and "Hochladen" together into "Add URLHochladen".
  const texts: string[] = [];
  const walker = document.createTreeWalker(page, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) texts.push(walker.currentNode.nodeValue ?? "");
  expect(texts.join("")).toBe(page.textContent);
  return [...texts, ...attributes].join("\n");
}

/** The English phrases (with where they come from) found in the rendered page. */
export function englishLeft(found: Map<string, string> = englishPhrases()): string[] {
  const text = renderedText();
  return [...found]
    .filter(([phrase]) =>
      new RegExp(`(^|[^A-Za-z])${phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^A-Za-z])`).test(text),
    )
    .map(([phrase, path]) => `${path}: "${phrase}"`);
}
