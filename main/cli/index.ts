// `npm run cli -- <command>`: the secretariat's and the technician's batch work. Later issues add commands here.
import { Command } from 'commander';
import { failWith } from './program.ts';
import { serveCommand } from './serve.ts';
import { badgesCommand } from './badges.ts';
import { demoCommand } from './demo.ts';
import { pdfCommand } from './pdf-check.ts';
import { packCommand } from './pack.ts';
import { passcodeCommand } from './passcode.ts';
import { staffCommand } from './staff.ts';
import { auditCommand } from './audit.ts';
import { minutesCommand } from './minutes.ts';
import { appVersion } from '../hub/paths.ts';

export function program(): Command {
  const root = new Command('roundtable')
    .description('Roundtable, the paperless meeting room: hub and batch tools.')
    .version(appVersion())
    .showHelpAfterError('(run with --help for usage)');
  root.addCommand(serveCommand());
  root.addCommand(passcodeCommand());
  root.addCommand(staffCommand());
  root.addCommand(demoCommand());
  root.addCommand(badgesCommand());
  root.addCommand(pdfCommand());
  root.addCommand(packCommand());
  root.addCommand(auditCommand());
  root.addCommand(minutesCommand());
  return root;
}

if (import.meta.main) {
  // Commander exits by itself on usage errors (1) and --help (0); a failing action ends here with one line.
  await program()
    .parseAsync(process.argv)
    .catch((error: unknown) => failWith(error instanceof Error ? error.message : String(error)));
}
