import { resolve } from 'node:path';
import { backup, OpsError, restore, type DataLocation } from './backup-restore';

/** `npm run backup -- <file>` and `npm run restore -- <file>`, on the data the server's settings name. */
export async function runCommand(command: 'backup' | 'restore', args: string[]): Promise<void> {
  const file = args[0];
  if (!file || args.length > 1) {
    console.error(`Usage: npm run ${command} -- <file>`);
    process.exit(2);
  }
  const location: DataLocation = process.env.DATABASE_URL
    ? { databaseUrl: process.env.DATABASE_URL }
    : { dataDir: resolve(process.env.NEUVO_DATA_DIR || './data') };
  const where = 'databaseUrl' in location ? 'the PostgreSQL database of DATABASE_URL' : location.dataDir;
  try {
    if (command === 'backup') {
      await backup(location, file);
      console.log(`Backed up ${where} to ${resolve(file)}`);
    } else {
      await restore(location, file);
      console.log(`Restored ${resolve(file)} into ${where}; start the server on it.`);
    }
  } catch (error) {
    console.error(error instanceof OpsError ? error.message : error);
    process.exit(1);
  }
}
