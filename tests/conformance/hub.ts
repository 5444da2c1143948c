// The one piece of the project the conformance tests use: a real hub to talk to (infrastructure, not the client).
// It is started as a room server starts it, on a loopback port with its own data folder and a web client folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestHub } from '../support/hub.ts';

export interface ConformanceHub {
  url: string;
  /** The admin passcode, as the hub prints it at its first start. */
  passcode: string;
  stop(): Promise<void>;
}

export async function startHub(): Promise<ConformanceHub> {
  const web = mkdtempSync(join(tmpdir(), 'roundtable-conformance-web-'));
  mkdirSync(join(web, 'assets'));
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>Roundtable</title>');
  writeFileSync(join(web, 'assets', 'app.js'), 'console.log("app");');
  const t = await startTestHub({ webRoot: web });
  return {
    url: t.hub.url,
    passcode: t.passcode,
    async stop() {
      await t.stop();
      rmSync(web, { recursive: true, force: true });
    },
  };
}
