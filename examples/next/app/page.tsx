import { loadModel } from "./catalog";
import { Generator } from "./generator";
import { PageShell } from "./page-shell";

// The catalog and the key are read per request (no build-time fetch).
export const dynamic = "force-dynamic";

/** Route-handler variant: the form posts its request body to /api/generate. */
export default async function Page({ searchParams }: { searchParams: Promise<{ model?: string }> }) {
  const { models, model } = await loadModel((await searchParams).model);
  return (
    <PageShell title="model-forms on Next.js (route handler)" models={models} model={model}>
      {model ? <Generator model={model} /> : null}
    </PageShell>
  );
}
