/** Placeholder until the feature is built. */
export function DeskPage() {
  return <h1>DeskPage</h1>;
}
