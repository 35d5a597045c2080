import { generateAction } from "../actions";
import { loadModel } from "../catalog";
import { Generator } from "../generator";
import { PageShell } from "../page-shell";

export const dynamic = "force-dynamic";

/** Server Action variant: the form calls `generateAction`, which returns `{ fieldErrors, formError }` on failure. */
export default async function ActionPage({ searchParams }: { searchParams: Promise<{ model?: string }> }) {
  const { models, model } = await loadModel((await searchParams).model);
  return (
    <PageShell title="model-forms on Next.js (Server Action)" models={models} model={model}>
      {model ? <Generator model={model} action={generateAction} /> : null}
    </PageShell>
  );
}
