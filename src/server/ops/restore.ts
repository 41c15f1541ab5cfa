import { runCommand } from './cli';

await runCommand('restore', process.argv.slice(2));
