// `npm run docs:protocol`: regenerates the reference half of docs/protocol.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withReference } from './render.ts';

const file = join(import.meta.dirname, '../../docs/protocol.md');
writeFileSync(file, withReference(readFileSync(file, 'utf8')));
process.stdout.write(`wrote ${file}\n`);
