// Shared by the reader checks: module loading that reports a missing module
// (exit 3, "MISSING: <what>" on stdout) and a check that fails the run
// (exit 1, "FAILED: <what>" on stderr).
'use strict';
const path = require('path');

function load(name) {
  try {
    return require(require.resolve(name, { paths: [path.join(__dirname, 'node_modules'), process.cwd()] }));
  } catch (e) {
    console.log(`MISSING: node module ${name}`);
    process.exit(3);
  }
}

function check(ok, msg) {
  if (!ok) {
    console.error(`FAILED: ${msg}`);
    process.exit(1);
  }
}

module.exports = { load, check };
