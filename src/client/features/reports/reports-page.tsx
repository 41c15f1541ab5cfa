/** Placeholder until the feature is built. */
export function ReportsPage() {
  return <h1>ReportsPage</h1>;
}
