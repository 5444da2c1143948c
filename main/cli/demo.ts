import { Command } from 'commander';
import { openHubCore } from '../hub/core.ts';
import { DEMO_MEETING } from '../hub/demo/content.ts';
import { seedDemo } from '../hub/demo/seed.ts';
import { failWith, withDataOption } from './program.ts';

export function demoCommand(): Command {
  return withDataOption(new Command('demo').description(`Load the demo meeting (id "${DEMO_MEETING.id}") into a data folder.`)).action(
    async (opts: { data: string }) => {
      const core = openHubCore({ dataDir: opts.data, logToConsole: false });
      try {
        // The same commands a secretariat sends: the demo obeys every rule a real meeting does.
        if (!(await seedDemo(core.deps, core.blobs))) {
          failWith(`the data folder already holds a meeting "${DEMO_MEETING.id}"; nothing was changed.`);
        }
        process.stdout.write(`Demo meeting "${DEMO_MEETING.id}" loaded into ${core.dataDir}.\n`);
        if (core.firstPasscode) process.stdout.write(`Admin passcode (shown only this once): ${core.firstPasscode}\n`);
      } finally {
        await core.close();
      }
    },
  );
}
