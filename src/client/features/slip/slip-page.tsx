/** Placeholder until the feature is built. */
export function SlipPage({ visitId }: { visitId: string }) {
  return <h1>Slip {visitId}</h1>;
}
