/** Placeholder until the feature is built. */
export function SettingsPage() {
  return <h1>SettingsPage</h1>;
}
