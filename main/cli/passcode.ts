import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { resetPasscode } from '../hub/passcode.ts';
import { openStore } from '../hub/store/store.ts';
import { withDataOption } from './program.ts';

export function passcodeCommand(): Command {
  const passcode = new Command('passcode').description('Manage the admin passcode the secretariat and the chair sign in with.');
  passcode.addCommand(
    withDataOption(new Command('reset').description('Make a new admin passcode and print it once (sessions already open stay open).')).action(
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
