import { type CoreMessages, defaultCoreMessages } from "./core-messages";

/** Request fields whose best label is not derived from their name. By field name, never per model. */
const WELL_KNOWN_LABELS = new Map(Object.entries(defaultCoreMessages.fieldLabels));

/** Words kept in a fixed spelling (acronyms) wherever they appear. */
const SPELLINGS = new Map([
  ["cfg", "CFG"],
  ["id", "ID"],
  ["url", "URL"],
  ["hdr", "HDR"],
  ["vae", "VAE"],
  ["fps", "FPS"],
  ["dpi", "DPI"],
  ["lora", "LoRA"],
  ["2d", "2D"],
  ["3d", "3D"],
]);

/**
 * Turns a request field name into a sentence-case label.
 *
 * Rule: a few well-known request fields have a fixed label (`n` -> "Images", `input_references` ->
 * "Reference images"); otherwise the name is split on `_`, `-`, spaces and camelCase humps, a leading `num` /
 * `number of` is dropped when words remain, the first word is capitalized, the rest lower-cased, and a short
 * list of acronyms keeps its spelling ("CFG", "LoRA", "URL", ...). A name with no words (`"_"`) is shown as is;
 * an empty one becomes `messages.unnamedField` ("Unnamed parameter"), so no control is ever left without an accessible name.
 *
 * @example
 * ```ts
 * humanizeLabel("num_inference_steps"); // "Inference steps"
 * humanizeLabel("cfg_scale"); // "CFG scale"
 * humanizeLabel("n"); // "Images"
 * ```
 */
export function humanizeLabel(
  name: string,
  messages: Pick<CoreMessages, "unnamedField"> = defaultCoreMessages,
): string {
  const known = WELL_KNOWN_LABELS.get(name) ?? cache.get(name);
  if (known !== undefined) return known;
  const label = deriveLabel(name);
  // Not cached: the text depends on the messages.
  if (label === "") return messages.unnamedField;
  // Catalogs repeat the same few dozen names; the cap keeps a hostile catalog from growing the cache forever.
  if (cache.size < 1000) cache.set(name, label);
  return label;
}

const cache = new Map<string, string>();

function deriveLabel(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[\s_\-.]+/)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
  if (words.length > 1 && words[0] === "num") words.shift();
  else if (words.length > 2 && words[0] === "number" && words[1] === "of") words.splice(0, 2);
  const label = words
    .map((word, index) => {
      const spelled = SPELLINGS.get(word);
      if (spelled !== undefined) return spelled;
      return index === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word;
    })
    .join(" ");
  // A name made only of separators ("_", "-") has no words: show it as it is, so the control keeps a name.
  return label || name.trim();
}
