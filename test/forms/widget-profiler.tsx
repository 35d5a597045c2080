import {
  defaultWidgets,
  type FieldComponentProps,
  resolveFieldComponent,
  type WidgetComponents,
} from "@model-forms/forms";
import { Profiler } from "react";

/** Commits per field since the last `commits.clear()`, recorded by {@link profiledWidgets}. */
export const commits = new Map<string, number>();

function Profiled(props: FieldComponentProps) {
  const Component = resolveFieldComponent(props.field);
  return (
    <Profiler id={props.field.name} onRender={(id) => commits.set(id, (commits.get(id) ?? 0) + 1)}>
      <Component {...props} />
    </Profiler>
  );
}

/** Every default widget wrapped in a `<Profiler>` named after its field: pass as `components`. */
export const profiledWidgets: WidgetComponents = Object.fromEntries(
  Object.keys(defaultWidgets).map((widget) => [widget, Profiled]),
);

/** A stand-in override that shows which field and widget it got. */
export function CustomField(props: FieldComponentProps) {
  return <output aria-label={`custom ${props.field.name}`}>{props.field.widget}</output>;
}
