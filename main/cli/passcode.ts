import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { resetPasscode } from '../hub/passcode.ts';
import { openStore } from '../hub/store/store.ts';
import { withDataOption } from './program.ts';

export function passcodeCommand(): Command {
  const passcode = new Command('passcode').description('Manage the admin passcode: the secretariat signs in with it (the others with the credentials it issues).');
  passcode.addCommand(
    withDataOption(new Command('reset').description('Make a new admin passcode and print it once; the sessions signed in with the old one (the secretariat\'s) end.')).action(
      (opts: { data: string }) => {
        mkdirSync(opts.data, { recursive: true });
        const store = openStore(join(opts.data, 'roundtable.db'));
        try {
          const code = resetPasscode(store);
          process.stdout.write(`New admin passcode (shown only this once): ${code}\n`);
        } finally {
          store.close();
        }
      },
    ),
  );
  return passcode;
}
