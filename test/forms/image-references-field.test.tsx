import type { ImageModel } from "@model-forms/client";
import {
  addReferenceImage,
  ModelParameterForm,
  type UseModelParameterFormReturn,
  useModelFormContext,
} from "@model-forms/forms";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { model } from "./models";
import { CustomField, commits, profiledWidgets } from "./widget-profiler";

const refs = (maxItems: number, formats: unknown = ["png", "jpeg", "webp"]): ImageModel =>
  model("acme/edit", [
    {
      name: "input_references",
      kind: "image_references",
      source: "typed",
      sourceKey: "input_references",
      minItems: 0,
      maxItems,
      constraints: { formats: formats as string[], maxBytes: 4096 },
    },
  ]);
const png = (name: string) => new File([new Uint8Array(16)], name, { type: "image/png" });

let captured: UseModelParameterFormReturn | null = null;
function Capture() {
  captured = useModelFormContext();
  return null;
}

function setup(target: ImageModel = refs(3), defaults: string[] = []) {
  const onRequestChange = vi.fn();
  const user = userEvent.setup();
  const view = render(
    <ModelParameterForm
      model={target}
      defaultValues={{ prompt: "a fox", input_references: defaults }}
      onRequestChange={onRequestChange}
    >
      <Capture />
    </ModelParameterForm>,
  );
  const sent = () => onRequestChange.mock.calls.at(-1)?.[0]?.input_references as string[] | undefined;
  const urlBox = () => screen.getByRole("textbox", { name: "Reference images" });
  const thumbs = () => screen.queryAllByRole("img").map((img) => img.getAttribute("src"));
  return { user, view, sent, urlBox, thumbs };
}
const three = ["https://example.com/a.png", "https://example.com/b.png", "https://example.com/c.png"];

describe("ImageReferencesField: focus is never lost", () => {
  const focused = () => document.activeElement;
  const remove = (position: number) => screen.getByRole("button", { name: `Remove reference image ${position}` });

  it("removing with Enter focuses the next image's remove button", async () => {
    const { user, thumbs } = setup(refs(4), three);
    act(() => remove(2).focus());
    await user.keyboard("{Enter}");
    expect(thumbs()).toEqual([three[0], three[2]]);
    expect(focused()).not.toBe(document.body);
    expect(focused()).toBe(remove(2));
  });

  it("removing the last image with Space focuses the previous image's remove button", async () => {
    const { user, thumbs } = setup(refs(4), three);
    act(() => remove(3).focus());
    await user.keyboard(" ");
    expect(thumbs()).toEqual([three[0], three[1]]);
    expect(focused()).not.toBe(document.body);
    expect(focused()).toBe(remove(2));
  });

  it("removing the only image (Enter, then Space) focuses the add control, the URL box", async () => {
    const { user, thumbs, urlBox } = setup(refs(4), [three[0] as string]);
    act(() => remove(1).focus());
    await user.keyboard("{Enter}");
    expect(thumbs()).toEqual([]);
    expect(focused()).not.toBe(document.body);
    expect(focused()).toBe(urlBox());
    await user.type(urlBox(), `${three[1]}{Enter}`);
    act(() => remove(1).focus());
    await user.keyboard(" ");
    expect(thumbs()).toEqual([]);
    expect(focused()).toBe(urlBox());
  });

  it("adding the last allowed URL disables the add controls and focuses the last image", async () => {
    const { user, urlBox } = setup(refs(2), [three[0] as string]);
    await user.type(urlBox(), "https://example.com/d.png{Enter}");
    expect(urlBox()).toBeDisabled();
    expect(focused()).not.toBe(document.body);
    expect(focused()).toBe(remove(2));
    // Removing it again (the last image) focuses the previous one; the add controls come back.
    await user.keyboard("{Enter}");
    expect(urlBox()).toBeEnabled();
    expect(focused()).toBe(remove(1));
  });

  it("uploading the last allowed file (keyboard on the file input) focuses the last image", async () => {
    const { user, view, thumbs } = setup(refs(2), [three[0] as string]);
    const file = view.container.querySelector('input[type="file"]') as HTMLInputElement;
    act(() => file.focus());
    await user.upload(file, png("last.png"));
    await waitFor(() => expect(thumbs()).toHaveLength(2));
    expect(file).toBeDisabled();
    expect(focused()).not.toBe(document.body);
    expect(focused()).toBe(remove(2));
  });

  it("clicking the last image's remove button moves focus to the previous one (pointer)", async () => {
    const { user, thumbs } = setup(refs(4), three);
    await user.click(remove(3));
    expect(thumbs()).toEqual([three[0], three[1]]);
    expect(focused()).toBe(remove(2));
  });
});

describe("ImageReferencesField: reorder", () => {
  it("by keyboard: move buttons, focus follows the moved image", async () => {
    const { user, thumbs, sent } = setup(refs(4), three);
    act(() => screen.getByRole("button", { name: "Move reference image 1 later" }).focus());
    await user.keyboard("{Enter}");
    expect(thumbs()).toEqual([three[1], three[0], three[2]]);
    expect(screen.getByRole("button", { name: "Move reference image 2 later" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(thumbs()).toEqual([three[1], three[2], three[0]]);
    // Now last: its "later" button is disabled, so focus goes to "earlier".
    expect(screen.getByRole("button", { name: "Move reference image 3 earlier" })).toHaveFocus();
    await user.type(screen.getByRole("textbox", { name: "Prompt" }), "!");
    expect(sent()).toEqual([three[1], three[2], three[0]]);
  });

  it("by pointer: press on a thumbnail, move over another, release", async () => {
    const { user, thumbs } = setup(refs(4), three);
    const [first, , third] = screen.getAllByRole("img");
    await user.pointer([
      { keys: "[MouseLeft>]", target: first as HTMLElement },
      { target: third as HTMLElement },
      { keys: "[/MouseLeft]", target: third as HTMLElement },
    ]);
    expect(thumbs()).toEqual([three[1], three[2], three[0]]);
  });
});

describe("ImageReferencesField: paste, drop, formats", () => {
  it("adds a pasted image file and a pasted image URL", async () => {
    const { view, thumbs } = setup();
    const root = view.container.querySelector('[data-mf-slot="references"]') as HTMLElement;
    fireEvent.paste(root, { clipboardData: { files: [png("clip.png")], getData: () => "" } });
    await waitFor(() => expect(thumbs()).toHaveLength(1));
    expect(thumbs()[0]).toMatch(/^data:image\/png;base64,/);
    fireEvent.paste(root, { clipboardData: { files: [], getData: () => "https://example.com/pasted.webp" } });
    expect(thumbs()).toEqual([thumbs()[0], "https://example.com/pasted.webp"]);
  });

  it("adds dropped files and a dropped link, and shows the drop state", async () => {
    const { view, thumbs } = setup();
    const zone = view.container.querySelector('[data-mf-slot="reference-dropzone"]') as HTMLElement;
    const files = { types: ["Files"], files: [png("one.png"), png("two.png")], getData: () => "" };
    fireEvent.dragEnter(zone, { dataTransfer: files });
    expect(zone).toHaveAttribute("data-state", "over");
    expect(screen.getByText("Drop to add")).toBeInTheDocument();
    fireEvent.drop(zone, { dataTransfer: files });
    await waitFor(() => expect(thumbs()).toHaveLength(2));
    expect(zone).not.toHaveAttribute("data-state");
    const link = { types: ["text/uri-list"], files: [], getData: () => "# comment\nhttps://example.com/dropped.png" };
    fireEvent.drop(zone, { dataTransfer: link });
    expect(thumbs()[2]).toBe("https://example.com/dropped.png");
    fireEvent.drop(zone, { dataTransfer: link });
    expect(await screen.findByRole("alert")).toHaveTextContent("At most 3 reference images.");
  });

  it("sanitizes the published formats before they reach the file input's accept", () => {
    const { view } = setup(refs(2, ["PNG", "image/jpeg", ".JPG", '"><img src=x>', "", 7]));
    const file = view.container.querySelector('input[type="file"]') as HTMLInputElement;
    expect(file.accept).toBe("image/png,image/jpeg,image/webp,image/gif,image/bmp,image/avif,.jpg,.jpeg");
    expect(screen.getByText(/Drop or paste images here/)).toBeInTheDocument();
  });
});

describe("ImageReferencesField: addReferenceImage (the generation loop's 'use as reference')", () => {
  it("adds a result URL, a Blob and a data URL, keeps the count limit, and reports why not", async () => {
    const { thumbs } = setup(refs(3));
    const form = captured as UseModelParameterFormReturn;
    await act(async () => {
      expect(await addReferenceImage(form, "https://example.com/result.png")).toMatchObject({
        added: true,
        field: "input_references",
      });
    });
    await act(async () => {
      expect((await addReferenceImage(form, png("result.png"))).added).toBe(true);
    });
    await act(async () => {
      expect((await addReferenceImage(form, "data:image/png;base64,AAAA")).added).toBe(true);
    });
    expect(thumbs()).toHaveLength(3);
    expect(await addReferenceImage(form, "https://example.com/x.png")).toMatchObject({ added: false, reason: "full" });
    expect(await addReferenceImage(form, "https://example.com/x.png", { field: "nope" })).toMatchObject({
      added: false,
      reason: "no-field",
    });
  });

  it("refuses what no limit-fitting could fix, with the reason", async () => {
    setup(refs(3));
    const result = await addReferenceImage(captured as UseModelParameterFormReturn, "http://example.com/a.png");
    expect(result).toMatchObject({ added: false, reason: "invalid", message: "Only https URLs are accepted" });
  });
});

describe("ImageReferencesField: overrides and render cost", () => {
  it("stays overridable per widget and per field", () => {
    render(<ModelParameterForm model={refs(2)} components={{ "image-references": CustomField }} />);
    expect(screen.getByLabelText("custom input_references", { selector: "output" })).toBeInTheDocument();
  });

  it("adding, moving and removing re-render only the references field", async () => {
    const user = userEvent.setup();
    render(<ModelParameterForm model={refs(3)} components={profiledWidgets} />);
    commits.clear();
    await user.type(screen.getByRole("textbox", { name: "Reference images" }), "https://example.com/a.png{Enter}");
    await user.type(screen.getByRole("textbox", { name: "Reference images" }), "https://example.com/b.png{Enter}");
    await user.click(screen.getByRole("button", { name: "Move reference image 2 earlier" }));
    await user.click(screen.getByRole("button", { name: "Remove reference image 1" }));
    expect([...commits.keys()]).toEqual(["input_references"]);
  });
});
