#!/usr/bin/env node
// The installed command: runs the bundled CLI (built by `npm run build`).
require('../dist/cli.js').run(process.argv.slice(2));
