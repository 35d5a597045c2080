import { ModelParameterForm } from "@model-forms/forms";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, screen, userEvent, waitFor, within } from "storybook/test";
import {
  Button,
  Card,
  CardContent,
  CardDescription,
  CardFooter,
  CardHeader,
  CardTitle,
  Checkbox,
  Input,
  Label,
} from "./support/shadcn/ui";
import { useShadcnHost } from "./support/shadcn/use-shadcn-host";

function ShadcnApp({ dark, onSubmit }: { dark: boolean; onSubmit?: (request: unknown) => void }) {
  useShadcnHost(dark);
  return (
    <div className="bg-background text-foreground rounded-xl p-3 sm:p-6">
      <div className="mx-auto grid max-w-5xl gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <Card>
          <CardHeader>
            <CardTitle>New image</CardTitle>
            <CardDescription>
              The form below takes its colours, radius and ring from this app's shadcn tokens, with no CSS of its own.
            </CardDescription>
          </CardHeader>
          <CardContent className="grid gap-6">
            <div className="grid gap-2">
              <Label htmlFor="project-title">Project title</Label>
              <Input id="project-title" placeholder="Untitled project" />
            </div>
            <ModelParameterForm modelId="openai/gpt-image-1" className="gap-6" onSubmit={onSubmit} />
          </CardContent>
          <CardFooter className="justify-end gap-2">
            <Button variant="outline">Cancel</Button>
            <Button variant="secondary">Save draft</Button>
          </CardFooter>
        </Card>
        <Card className="self-start">
          <CardHeader>
            <CardTitle>The app's own controls</CardTitle>
            <CardDescription>
              shadcn components with their own data-slot names, untouched by the library.
            </CardDescription>
          </CardHeader>
          <CardContent className="grid gap-4">
            <div className="grid gap-2">
              <Label htmlFor="search">Search</Label>
              <Input id="search" type="search" placeholder="Search images" />
            </div>
            <div className="flex items-center gap-2">
              <Checkbox id="public" />
              <Label htmlFor="public">Public</Label>
            </div>
            <Button>Upgrade</Button>
          </CardContent>
        </Card>
      </div>
    </div>
  );
}

const meta = {
  title: "Examples/In a shadcn app",
  component: ShadcnApp,
  args: { dark: false, onSubmit: fn() },
  parameters: { layout: "fullscreen" },
  render: (args, { globals }) => <ShadcnApp {...args} dark={args.dark || globals.theme === "dark"} />,
} satisfies Meta<typeof ShadcnApp>;
export default meta;
type Story = StoryObj<typeof meta>;

const rgb = (element: Element, property: string) => getComputedStyle(element).getPropertyValue(property);

/** Light: the submit button wears the app's `--primary`, the host's Button and Input keep their own look. */
export const Light: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const prompt = await canvas.findByRole("textbox", { name: "Prompt" }, { timeout: 5000 });
    const submit = canvas.getByRole("button", { name: "Generate" });
    const upgrade = canvas.getByRole("button", { name: "Upgrade" });
    // The same token, the same colour: our submit and the app's primary Button.
    await expect(rgb(submit, "background-color")).toBe(rgb(upgrade, "background-color"));
    // Its radius too: shadcn's rounded-md is calc(var(--radius) - 2px), and so is ours.
    await expect(rgb(submit, "border-radius")).toBe(rgb(upgrade, "border-radius"));
    // The app's className wins over the stylesheet (Tailwind utilities sit above its layer).
    await expect(rgb(canvasElement.querySelector('[data-mf-slot="form"]') as Element, "row-gap")).toBe("24px");
    // A Select popup (portalled to <body>) reads the same tokens.
    const quality = canvas.getByRole("combobox", { name: "Quality" });
    quality.focus();
    await userEvent.keyboard("{Enter}");
    const listbox = await screen.findByRole("listbox");
    await waitFor(() => expect(document.activeElement?.getAttribute("role")).toBe("option"));
    const content = listbox.closest('[data-mf-slot="select-content"]') as Element;
    await expect(rgb(content, "background-color")).toBe(
      rgb(canvasElement.querySelector('[data-slot="card"]') as Element, "background-color"),
    );
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("listbox")).toBeNull());
    await expect(prompt).toBeVisible();
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

/** Dark: `.dark` on <html>, as next-themes sets it; the form follows the app's dark tokens. */
export const Dark: Story = {
  globals: { theme: "dark" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole("textbox", { name: "Prompt" }, { timeout: 5000 });
    const submit = canvas.getByRole("button", { name: "Generate" });
    const upgrade = canvas.getByRole("button", { name: "Upgrade" });
    await expect(rgb(submit, "background-color")).toBe(rgb(upgrade, "background-color"));
    await expect(
      rgb(canvasElement.querySelector('[data-mf-root][data-mf-slot="form"]') as Element, "color-scheme"),
    ).toBe("dark");
  },
};
