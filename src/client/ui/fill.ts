/** Put values into a message: fill('Total: {n}', { n: 3 }) → 'Total: 3'. */
export function fill(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}
