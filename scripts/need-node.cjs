// The first step of the npm scripts that run the project's TypeScript: on a Node older than 24 they would die with
// ERR_UNKNOWN_FILE_EXTENSION or worse. `npm ci` brings Node 24 in (the `node` package, a dev dependency) and npm puts
// it first on the scripts' PATH, so this says something only where that did not happen (node_modules missing,
// installed with --ignore-scripts or --omit=dev, a script run by hand). Plain ES5 in CommonJS: any Node parses it.
'use strict';

var NEEDED = 24;

/** The one line to print for a Node of this version, or null when it is new enough. */
function nodeProblem(version, execPath) {
  var major = Number(String(version).replace(/^v/, '').split('.')[0]);
  if (major >= NEEDED) return null;
  return (
    'roundtable: Node ' + NEEDED + ' is needed and this is Node ' + version + ' (' + execPath + '): ' +
    'run `ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ci` first (it brings Node ' + NEEDED + ' in for the npm scripts), ' +
    'or install Node ' + NEEDED + ' (https://nodejs.org, or `nvm install ' + NEEDED + '`).'
  );
}

module.exports = { nodeProblem: nodeProblem, NEEDED: NEEDED };

if (require.main === module) {
  var problem = nodeProblem(process.version, process.execPath);
  if (problem) {
    process.stderr.write(problem + '\n');
    process.exit(1);
  }
}
