import { Command, InvalidArgumentError } from 'commander';
import { ISSUED_ROLES } from '../../shared/protocol/roles.ts';
import type { IssuedRole } from '../../shared/protocol/index.ts';
import { secretariatConnection } from '../hub/kernel/local-connection.ts';
import { openHubCore } from '../hub/core.ts';
import { dispatchCommand } from '../hub/pipeline.ts';
import { failWith, withDataOption } from './program.ts';

const role = (value: string): IssuedRole => {
  if (!(ISSUED_ROLES as readonly string[]).includes(value)) throw new InvalidArgumentError(`one of ${ISSUED_ROLES.join(', ')}.`);
  return value as IssuedRole;
};

/** Runs one staff command through the pipeline, as the secretariat's screen does: the same rules, the same log. */
async function asSecretariat<T>(dataDir: string, name: 'staff.issue' | 'staff.list' | 'staff.revoke', input: object, print: (data: T) => string) {
  const core = openHubCore({ dataDir, logToConsole: false });
  try {
    const ack = await dispatchCommand(core.deps, secretariatConnection('cli'), name, input);
    if (!ack.ok) failWith(ack.message);
    process.stdout.write(print(ack.data as T));
  } finally {
    await core.close();
  }
}

export function staffCommand(): Command {
  const staff = new Command('staff').description('Staff credentials: the chair, the check-in desks and the projector each sign in with their own.');
  staff.addCommand(
    withDataOption(
      new Command('issue')
        .description('Issue a credential and print its secret once (the hub keeps only its hash).')
        .requiredOption('--role <role>', `who it is for: ${ISSUED_ROLES.join(', ')}`, role)
        .requiredOption('--label <text>', 'who or where, e.g. "Check-in desk, gate A"'),
    ).action((opts: { data: string; role: IssuedRole; label: string }) =>
      asSecretariat<{ credential: { id: string; role: string; label: string }; secret: string }>(opts.data, 'staff.issue', { role: opts.role, label: opts.label }, (d) =>
        `Credential ${d.credential.id} for the ${d.credential.role} (${d.credential.label}); its secret, shown only this once: ${d.secret}\n`,
      ),
    ),
  );
  staff.addCommand(
    withDataOption(new Command('list').description('List the credentials issued, revoked ones too (never their secrets).')).action((opts: { data: string }) =>
      asSecretariat<{ credentials: { id: string; role: string; label: string; revokedAt: string | null; liveSessions: number }[] }>(opts.data, 'staff.list', {}, (d) =>
        d.credentials.length === 0
          ? 'No staff credential issued.\n'
          : d.credentials.map((c) => `${c.id}\t${c.role}\t${c.revokedAt ? `revoked ${c.revokedAt}` : `${c.liveSessions} open sessions`}\t${c.label}\n`).join(''),
      ),
    ),
  );
  staff.addCommand(
    withDataOption(new Command('revoke').description('Revoke a credential: it no longer signs in, and its sessions end.').argument('<id>', 'the credential id (staff list)')).action(
      (id: string, opts: { data: string }) =>
        asSecretariat<{ endedSessions: number }>(opts.data, 'staff.revoke', { credentialId: id }, (d) => `Revoked ${id}; ${d.endedSessions} sessions ended.\n`),
    ),
  );
  return staff;
}
