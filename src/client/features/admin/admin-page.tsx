/** Placeholder until the feature is built. */
export function AdminPage() {
  return <h1>AdminPage</h1>;
}
