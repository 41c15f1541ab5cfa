import { runCommand } from './cli';

await runCommand('backup', process.argv.slice(2));
