import Dexie from 'dexie';
import { createRoot } from 'react-dom/client';
import * as z from 'zod/mini';

// The least a desk on this stack does before it can take a visit: open IndexedDB with Dexie, read
// one row and check it with zod, then let React draw a form with a radio and its Save button.
// The cold-start bench times this page beside the desk, so its figure reads against the stack's own floor.
const db = new Dexie('stack-floor');
db.version(1).stores({ rows: 'key' });
const rowSchema = z.object({ key: z.string(), value: z.number() });

if (!navigator.serviceWorker.controller) void navigator.serviceWorker.register('/sw.js');

async function readRow(): Promise<void> {
  await db.open();
  const row: unknown = await db.table('rows').get('row');
  if (row) rowSchema.parse(row);
  else await db.table('rows').put({ key: 'row', value: 1 });
}

void readRow().then(() =>
  createRoot(document.getElementById('root')!).render(
    <>
      <form id="floor">
        <label>
          <input type="radio" name="choice" /> A
        </label>
      </form>
      <button form="floor">Save</button>
    </>,
  ),
);
