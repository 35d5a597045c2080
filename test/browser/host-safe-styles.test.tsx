import { ModelParameterForm } from "@model-forms/forms";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { commands, page } from "vitest/browser";
import { render } from "vitest-browser-react";
import { Button, Card, CardContent, Checkbox, Input, Label, Textarea } from "../../stories/support/shadcn/ui";
import {
  computedStyles,
  differences,
  hostAppCss,
  injectStyle,
  kitchenSink,
  libraryCss,
  resolvedColor,
} from "./support/styles";

/**
 * The stylesheet in a host app: it styles only what the library rendered, sits in a cascade layer below the app's
 * utilities, follows the app's theme (never the OS on its own) and reads shadcn/ui's tokens.
 */

/** Unlayered host CSS of the kind a plain (non-Tailwind) app ships: element and attribute selectors. */
const plainHostCss = `
  body { font: 15px/1.5 Georgia, serif; color: #222; }
  button { padding: 6px 10px; border: 2px solid #333; background: #eee; }
  input, textarea { border: 1px solid #999; padding: 4px; }
  [data-slot="button"] { background: #0af; color: white; }
  [data-slot="select-trigger"], [data-slot="slider-thumb"] { outline: 1px dotted red; }
  details, summary, fieldset, label { margin: 2px; }
`;

/** A shadcn page: its components (with shadcn's data-slot names, the ones the library used to use), the raw parts of
 * shadcn's Select and Slider, plain elements, a host button inside the form, and the form itself. */
function HostPage({ formClassName }: { formClassName?: string }) {
  return (
    <div data-testid="host" className="bg-background text-foreground p-4">
      <Card>
        <CardContent className="grid gap-3">
          <Label htmlFor="host-name">Name</Label>
          <Input id="host-name" placeholder="Your name" />
          <Textarea aria-label="Notes" />
          <Checkbox aria-label="Agree" />
          <Button>Save</Button>
          <Button variant="outline">Cancel</Button>
          <button type="button" data-slot="select-trigger">
            <span data-slot="select-value">Pick</span>
          </button>
          <div data-slot="select-content" role="presentation">
            <div data-slot="select-item">One</div>
          </div>
          <span data-slot="slider">
            <span data-slot="slider-track">
              <span data-slot="slider-range" />
            </span>
            <span data-slot="slider-thumb" />
          </span>
          <details>
            <summary>More</summary>
            <p>Host details</p>
          </details>
          <fieldset>
            <legend>Pick one</legend>
            <label>
              <input type="radio" name="r" /> A
            </label>
          </fieldset>
          <ul>
            <li>Item</li>
          </ul>
          <pre>code</pre>
        </CardContent>
      </Card>
      <ModelParameterForm model={kitchenSink} className={formClassName}>
        <Button data-testid="inside">A host button inside the form</Button>
      </ModelParameterForm>
    </div>
  );
}

/** Elements the host rendered: everything outside the library's roots (plus <html> and <body>). */
function hostElements(): Element[] {
  const all = [document.documentElement, document.body, ...document.querySelectorAll('[data-testid="host"] *')];
  return all.filter((element) => !element.closest("[data-mf-root]"));
}

/** Paint and box properties that inheritance cannot explain: what a rule would have to set. */
const ownProperties = [
  "background-color",
  "background-image",
  "border-top-color",
  "border-top-width",
  "border-top-style",
  "border-top-left-radius",
  "box-shadow",
  "outline-style",
  "outline-color",
  "padding-top",
  "padding-left",
  "margin-top",
  "margin-left",
  "box-sizing",
  "opacity",
  "height",
];

/** Sizes that follow the content: an ancestor of the form grows with the form, whatever styles the form. */
const contentSized = /^(height|block-size|width|inline-size|perspective-origin|transform-origin)$/;

function snapshot() {
  const outside = hostElements().map((element) => {
    const styles = computedStyles(element);
    if (!element.querySelector("[data-mf-root]")) return styles;
    return Object.fromEntries(
      Object.entries(styles).filter(([name]) => !contentSized.test(name.replace(/^::\w+/, ""))),
    );
  });
  const inside = computedStyles(document.querySelector('[data-testid="inside"]') as Element, ownProperties);
  return { outside, inside };
}

function expectSameHostStyles(before: ReturnType<typeof snapshot>, after: ReturnType<typeof snapshot>) {
  const changed = before.outside.flatMap((styles, i) => differences(styles, after.outside[i] ?? {}));
  expect(changed).toEqual([]);
  expect(differences(before.inside, after.inside)).toEqual([]);
}

let cleanups: Array<() => void> = [];
beforeEach(async () => {
  await page.viewport(1000, 900);
});
afterEach(async () => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
  await commands.emulateColorScheme(null);
});

async function renderReady(ui: React.ReactElement) {
  const screen = await render(ui);
  await expect.element(page.getByRole("button", { name: "Generate" })).toBeInTheDocument();
  return screen;
}

// Thousands of computed styles per snapshot: generous timeouts for a loaded machine.
describe("the stylesheet in a host app", { timeout: 90_000 }, () => {
  it("leaves every host element's computed style as it was, in a Tailwind v4 + shadcn app, in either import order", async () => {
    await commands.emulateColorScheme("dark");
    cleanups.push(injectStyle(hostAppCss));
    await renderReady(<HostPage />);
    const before = snapshot();
    expect(before.outside.length).toBeGreaterThan(20);
    expect(Object.keys(before.outside[0] ?? {}).length).toBeGreaterThan(300);

    const removeAfter = injectStyle(libraryCss, "last");
    // The library's own parts did change: the stylesheet is really there.
    expect(getComputedStyle(document.querySelector('[data-mf-slot="submit"]') as Element).minHeight).toBe("36px");
    expectSameHostStyles(before, snapshot());
    removeAfter();

    const removeBefore = injectStyle(libraryCss, "first");
    expect(getComputedStyle(document.querySelector('[data-mf-slot="submit"]') as Element).minHeight).toBe("36px");
    expectSameHostStyles(before, snapshot());
    removeBefore();
  });

  it("leaves every host element's computed style as it was in an app with plain unlayered CSS", async () => {
    cleanups.push(injectStyle(plainHostCss));
    await renderReady(<HostPage />);
    const before = snapshot();
    cleanups.push(injectStyle(libraryCss));
    expectSameHostStyles(before, snapshot());
    // And the host's unlayered rules beat the library's layered ones on the library's own parts too.
    const dice = document.querySelector('[data-mf-slot="seed-dice"]') as Element;
    expect(getComputedStyle(dice).borderTopWidth).toBe("2px");
  });

  it("lets a Tailwind className on the form win (gap-12 text-lg), in either import order", async () => {
    for (const where of ["first", "last"] as const) {
      const removeHost = injectStyle(hostAppCss);
      const removeLibrary = injectStyle(libraryCss, where);
      const screen = await renderReady(<HostPage formClassName="gap-12 text-lg" />);
      const form = document.querySelector('[data-mf-slot="form"]') as Element;
      expect(getComputedStyle(form).rowGap).toBe("48px");
      expect(getComputedStyle(form).fontSize).toBe("18px");
      // Fields inherit the size: the stylesheet sets it on the outermost root only.
      const label = document.querySelector('[data-mf-slot="label"]') as Element;
      expect(getComputedStyle(label).fontSize).toBe("18px");
      await screen.unmount();
      removeLibrary();
      removeHost();
    }
  });
});

describe("every rule is scoped to the library's roots", () => {
  it("each selector (the image widgets' included) starts at [data-mf-root], names parts by data-mf-slot only, sets only --_mf-* properties", () => {
    const remove = injectStyle(libraryCss);
    const sheet = [...document.styleSheets].at(-1) as CSSStyleSheet;
    const selectors: string[] = [];
    const properties: string[] = [];
    const walk = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (rule instanceof CSSStyleRule) {
          selectors.push(rule.selectorText);
          properties.push(...[...rule.style].filter((name) => name.startsWith("--")));
        }
        if ("cssRules" in rule) walk((rule as CSSGroupingRule).cssRules);
      }
    };
    walk(sheet.cssRules);
    remove();
    expect(selectors.length).toBeGreaterThan(150);
    for (const slot of ["resolution-option", "seed-mode", "long-select-option", "reference-dropzone"]) {
      expect(
        selectors.some((selector) => selector.includes(`"${slot}"`)),
        slot,
      ).toBe(true);
    }
    const theme = /^:where\([^)]*\) /;
    const unscoped = selectors.flatMap((list) =>
      list
        .split(/,(?![^(]*\))/)
        .map((one) => one.trim().replace(theme, ""))
        .filter((one) => !one.startsWith("[data-mf-root]")),
    );
    expect(unscoped).toEqual([]);
    expect(selectors.filter((selector) => /data-slot\b/.test(selector))).toEqual([]);
    expect(properties.filter((name) => !name.startsWith("--_mf-"))).toEqual([]);
  });
});

describe("the theme follows the host, not the OS", { timeout: 60_000 }, () => {
  const light = { primary: "rgb(24, 24, 27)", scheme: "light" };
  const dark = { primary: "rgb(250, 250, 250)", scheme: "dark" };

  async function themeOf(wrapper: Record<string, string>) {
    const screen = await render(
      <div {...wrapper}>
        <ModelParameterForm model={kitchenSink} />
      </div>,
    );
    await expect.element(page.getByRole("button", { name: "Generate" })).toBeInTheDocument();
    const form = document.querySelector('[data-mf-slot="form"]') as Element;
    const submit = document.querySelector('[data-mf-slot="submit"]') as Element;
    const result = { primary: getComputedStyle(submit).backgroundColor, scheme: getComputedStyle(form).colorScheme };
    await screen.unmount();
    return result;
  }

  it("stays light with the OS in dark mode and a light host", async () => {
    await commands.emulateColorScheme("dark");
    expect(matchMedia("(prefers-color-scheme: dark)").matches).toBe(true);
    cleanups.push(injectStyle(libraryCss));
    expect(await themeOf({})).toEqual(light);
    // The select popup, portalled to <body>, too.
    await render(<ModelParameterForm model={kitchenSink} />);
    const quality = page.getByRole("combobox", { name: "Quality" });
    await quality.click();
    await expect.element(page.getByRole("listbox")).toBeInTheDocument();
    const content = document.querySelector('[data-mf-slot="select-content"]') as Element;
    expect(getComputedStyle(content).colorScheme).toBe("light");
    expect(getComputedStyle(content).backgroundColor).toBe("rgb(255, 255, 255)");
  });

  it("goes dark under .dark or [data-theme=dark], and follows the OS only when the app opts in", async () => {
    cleanups.push(injectStyle(libraryCss));
    await commands.emulateColorScheme("dark");
    expect(await themeOf({ className: "dark" })).toEqual(dark);
    expect(await themeOf({ "data-theme": "dark" })).toEqual(dark);
    expect(await themeOf({ "data-mf-theme": "system" })).toEqual({ ...dark, scheme: "light dark" });
    expect(await themeOf({ "data-mf-theme": "light", className: "dark" })).toEqual(light);
    await commands.emulateColorScheme("light");
    expect(await themeOf({ "data-mf-theme": "system" })).toEqual({ ...light, scheme: "light dark" });
    expect(await themeOf({ "data-mf-theme": "dark" })).toEqual(dark);
  });
});

describe("shadcn/ui tokens", { timeout: 60_000 }, () => {
  it("paints the submit button with the host's --primary, and reads its ring, radius, input and background", async () => {
    cleanups.push(injectStyle(hostAppCss), injectStyle(libraryCss));
    for (const theme of ["light", "dark"] as const) {
      document.documentElement.classList.toggle("dark", theme === "dark");
      const screen = await renderReady(<HostPage />);
      const submit = page.getByRole("button", { name: "Generate" });
      const submitElement = submit.element() as HTMLElement;
      const styles = getComputedStyle(submitElement);
      expect(styles.backgroundColor).toBe(resolvedColor("var(--primary)"));
      expect(styles.color).toBe(resolvedColor("var(--primary-foreground)"));
      // The app's own primary Button, the same colour.
      expect(styles.backgroundColor).toBe(
        getComputedStyle(page.getByRole("button", { name: "Save" }).element()).backgroundColor,
      );
      expect(styles.borderTopLeftRadius).toBe("8px"); // calc(var(--radius) - 2px), shadcn's rounded-md
      const trigger = document.querySelector('[data-mf-slot="select-trigger"]') as HTMLElement;
      expect(getComputedStyle(trigger).borderTopColor).toBe(resolvedColor("var(--input)"));
      // The image widgets read the same tokens: tile and seed-button edges are --input, the chosen tile --primary.
      for (const slot of ["resolution-option", "resolution-swap", "seed-dice", "seed-mode"]) {
        const part = document.querySelector(`[data-mf-slot="${slot}"]:not([data-state="checked"])`) as HTMLElement;
        expect(getComputedStyle(part).borderTopColor, slot).toBe(resolvedColor("var(--input)"));
      }
      const chosen = document.querySelector('[data-mf-slot="resolution-option"][data-state="checked"]') as HTMLElement;
      expect(getComputedStyle(chosen).borderTopColor).toBe(resolvedColor("var(--primary)"));
      const form = document.querySelector('[data-mf-slot="form"]') as HTMLElement;
      expect(getComputedStyle(form).color).toBe(resolvedColor("var(--foreground)"));
      // The focus ring is the host's --ring (a text box matches :focus-visible on any focus).
      const prompt = page.getByRole("textbox", { name: /^Prompt\b/ }).first();
      (prompt.element() as HTMLElement).focus();
      await expect.element(prompt).toHaveFocus();
      expect(getComputedStyle(prompt.element()).outlineColor).toBe(resolvedColor("var(--ring)"));
      expect(getComputedStyle(prompt.element()).outlineWidth).toBe("2px");
      await screen.unmount();
    }
    document.documentElement.classList.remove("dark");
  });
});
