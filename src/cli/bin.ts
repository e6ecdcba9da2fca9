/** The compiled CLI's entry point (dist/cli/bin.js, built by `npm run build`). @module */
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2));
