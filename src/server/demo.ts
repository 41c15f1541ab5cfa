import { resolve } from 'node:path';
import { DEMO_SUPERVISOR, loadDemo } from './demo/load-demo';
import { openConfiguredStore } from './store/open-from-config';

// `npm run demo`: load the demonstration data set into the database `npm start` uses
// (the SQLite file in NEUVO_DATA_DIR, default ./data; or DATABASE_URL), then say how to see it.
const dataDir = resolve(process.env.NEUVO_DATA_DIR ?? './data');
const databaseUrl = process.env.DATABASE_URL || undefined;
const supervisor = {
  ...DEMO_SUPERVISOR,
  password: process.env.NEUVO_DEMO_PASSWORD || DEMO_SUPERVISOR.password,
};

const store = await openConfiguredStore({ databaseUrl, dataDir });
try {
  const result = await loadDemo(store, supervisor);
  console.log(
    databaseUrl
      ? 'Demo data in PostgreSQL (DATABASE_URL).'
      : `Demo data in ${resolve(dataDir, 'neuvo.sqlite')}.`,
  );
  console.log(
    `  points created: ${result.pointsCreated}, visits stored: ${result.visitsStored} (a second run adds nothing)`,
  );
  console.log('');
  console.log('See the dashboard:');
  console.log('  npm start');
  console.log(`  open http://127.0.0.1:${process.env.PORT ?? 8080}/reports`);
  if (result.supervisorCreated) {
    console.log(`  sign in as "${supervisor.username}" with the password "${supervisor.password}"`);
  } else {
    console.log(
      `  sign in as "${supervisor.username}" (the account already existed; its password is unchanged)`,
    );
  }
  console.log('  pick January–June 2023 and all points: the Keusote table (1,506 visits).');
} finally {
  await store.close();
}
