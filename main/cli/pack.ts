import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Command, InvalidArgumentError } from 'commander';
import { PackPublicKey } from '../../shared/protocol/pack.ts';
import { openHubCore, type HubCore } from '../hub/core.ts';
import { buildPack } from '../hub/packs/build.ts';
import { exportPack } from '../hub/packs/export.ts';
import { importPack } from '../hub/packs/import.ts';
import { fingerprint, hubSigner, trustKey } from '../hub/packs/keys.ts';
import { DEFAULT_PACK_LIMITS, MAX_PACK_MB, describeMb, hubPackLimits, setMaxPackMb } from '../hub/packs/limits.ts';
import { openPack } from '../hub/packs/open-pack.ts';
import { PackError, problemLine } from '../hub/packs/problems.ts';
import { summarise, summaryText } from '../hub/packs/summary.ts';
import { verifyPack } from '../hub/packs/verify.ts';
import { defaultDataDir } from '../hub/paths.ts';
import { failWith, withDataOption } from './program.ts';

const megabytes = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_PACK_MB) throw new InvalidArgumentError(`a whole number of MB from 1 to ${MAX_PACK_MB}, e.g. 2048.`);
  return n * 1024 * 1024;
};

/** Opens the hub's data folder for the length of `work`, closing it however `work` ends. */
async function withCore<T>(dataDir: string, work: (core: HubCore) => Promise<T>): Promise<T> {
  const core = openHubCore({ dataDir, logToConsole: false });
  try {
    return await work(core);
  } finally {
    await core.close();
  }
}

/** A refused pack: the first problem on the `roundtable:` line, each further one on its own line, exit 1. */
function refuse(error: unknown): never {
  if (!(error instanceof PackError)) throw error;
  const [first, ...rest] = error.problems;
  process.stderr.write(`roundtable: ${first ? problemLine(first) : error.message}\n`);
  for (const p of rest) process.stderr.write(`  ${problemLine(p)}\n`);
  process.exit(1);
}

function buildCommand(): Command {
  return withDataOption(
    new Command('build')
      .description('Build a signed pack from a meeting folder (meeting.json, its PDFs, delegates.csv or .xlsx); see docs/packs.md.')
      .argument('<folder>', 'the meeting folder')
      .requiredOption('--out <file>', 'the .rtpack to write'),
  ).action(async (folder: string, opts: { out: string; data: string }) =>
    withCore(opts.data, async (core) => {
      const manifest = await buildPack(folder, opts.out, { signer: hubSigner(core.store) }).catch(refuse);
      process.stdout.write(
        `${opts.out}: meeting "${manifest.meeting.title}" (id ${manifest.meeting.id}), ${manifest.documents.length} documents, ${manifest.delegates.length} delegates, signed by hub ${manifest.hub.id}.\n`,
      );
    }),
  );
}

function verifyCommand(): Command {
  return new Command('verify')
    .description("Check a pack with the import's own checks (zip layout and names, manifest, signature, every document's sha256, size and PDF check) without importing it. One line per problem; exit 1 if any.")
    .argument('<file>', 'the .rtpack')
    .option('--data <dir>', "also check that this hub knows the signer (and use its size limit)")
    .option('--max-size <mb>', `the largest pack accepted, in MB (default: the hub's limit with --data, else ${describeMb(DEFAULT_PACK_LIMITS.maxPackBytes)})`, megabytes)
    .option('--json', 'the report as JSON', false)
    .action(async (file: string, opts: { data?: string; maxSize?: number; json: boolean }) => {
      const limitsOf = (base: typeof DEFAULT_PACK_LIMITS) => (opts.maxSize ? { ...base, maxPackBytes: opts.maxSize } : base);
      const report = opts.data
        ? await withCore(opts.data, (core) => verifyPack(file, { limits: limitsOf(hubPackLimits(core.store)), store: core.store }))
        : await verifyPack(file, { limits: limitsOf(DEFAULT_PACK_LIMITS) });
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ ok: report.problems.length === 0, signer: report.signer, problems: report.problems.map(problemLine) })}\n`);
      } else if (report.problems.length === 0) {
        const m = report.manifest!;
        process.stdout.write(`${file}: ok: meeting "${m.meeting.title}", ${m.documents.length} documents checked, signed by hub ${report.signer?.hubId} (key ${report.signer?.fingerprint}).\n`);
      } else {
        for (const p of report.problems) process.stdout.write(`${problemLine(p)}\n`);
      }
      process.exitCode = report.problems.length === 0 ? 0 : 1;
    });
}

function inspectCommand(): Command {
  return new Command('inspect')
    .description('Say what a pack holds: meeting, agenda, documents with pages and access, delegates, signer, size (documents are not re-hashed: use verify).')
    .argument('<file>', 'the .rtpack')
    .option('--json', 'the summary as JSON', false)
    .action(async (file: string, opts: { json: boolean }) => {
      const pack = await openPack(file);
      pack.close();
      if (!pack.manifest) failWith(pack.problems[0] ? problemLine(pack.problems[0]) : `${file}: not a pack`);
      const summary = summarise(pack.manifest, pack.fileBytes, pack.signatureValid);
      process.stdout.write(opts.json ? `${JSON.stringify({ ...summary, problems: pack.problems.map(problemLine) }, null, 2)}\n` : summaryText(summary));
      for (const p of pack.problems) process.stderr.write(`${problemLine(p)}\n`);
      process.exitCode = pack.problems.length === 0 ? 0 : 1;
    });
}

function importCommand(): Command {
  return withDataOption(
    new Command('import')
      .description('Import a pack into a hub, all or nothing: every check passes first, then one transaction.')
      .argument('<file>', 'the .rtpack')
      .option('--replace', 'replace a meeting with the same id', false)
      .option('--trust', 'import a pack signed by a hub this one does not know', false)
      .option('--max-size <mb>', "the largest pack accepted, in MB (default: the hub's limit, see `pack limit`)", megabytes),
  ).action(async (file: string, opts: { data: string; replace: boolean; trust: boolean; maxSize?: number }) =>
    withCore(opts.data, async (core) => {
      const limits = hubPackLimits(core.store);
      const result = await importPack(core, file, {
        replace: opts.replace,
        trust: opts.trust,
        limits: opts.maxSize ? { ...limits, maxPackBytes: opts.maxSize } : limits,
        actor: 'cli',
      }).catch(refuse);
      process.stdout.write(
        `Meeting "${result.title}" (id ${result.meetingId}) ${result.replaced ? 'replaced' : 'imported'}: ${result.agendaItems} agenda items, ${result.documents} documents, ${result.delegates} delegates.\n`,
      );
    }),
  );
}

function exportCommand(): Command {
  return withDataOption(
    new Command('export')
      .description('Write a meeting of this hub as a signed pack (to carry to an offline room).')
      .requiredOption('--meeting <id>', 'the meeting id')
      .requiredOption('--out <file>', 'the .rtpack to write'),
  ).action(async (opts: { data: string; meeting: string; out: string }) =>
    withCore(opts.data, async (core) => {
      const partial = `${opts.out}.partial`;
      try {
        const manifest = await exportPack(core.store, core.blobs, opts.meeting, createWriteStream(partial));
        await rename(partial, opts.out);
        process.stdout.write(`${opts.out}: meeting "${manifest.meeting.title}", ${manifest.documents.length} documents, ${manifest.delegates.length} delegates.\n`);
      } catch (error) {
        await rm(partial, { force: true });
        refuse(error);
      }
    }),
  );
}

function keyCommand(): Command {
  return withDataOption(new Command('key').description("Print this hub's id and pack-signing public key (for another hub's `pack trust`).")).action(
    async (opts: { data: string }) =>
      withCore(opts.data, async (core) => {
        const signer = hubSigner(core.store);
        process.stdout.write(
          `hub ${signer.hubId}\nkey ${signer.publicKey}\nfingerprint ${fingerprint(signer.publicKey)}\n` +
            `On the hub that imports this hub's packs: npm run cli -- pack trust --hub ${signer.hubId} --key ${signer.publicKey} --data <its data folder>\n`,
        );
      }),
  );
}

function trustCommand(): Command {
  return withDataOption(
    new Command('trust')
      .description("Trust packs signed by another hub from now on (its key from that hub's `pack key`).")
      // An option, not an argument: a base64url key may start with "-".
      .requiredOption('--key <publicKey>', "the other hub's public key (43 characters)")
      .requiredOption('--hub <id>', "the other hub's id"),
  ).action(async (opts: { data: string; hub: string; key: string }) => {
    const publicKey = opts.key;
    if (!PackPublicKey.safeParse(publicKey).success) failWith('that is not a pack public key (43 characters of base64url, from `pack key`).');
    await withCore(opts.data, async (core) => {
      trustKey(core.store, opts.hub, publicKey);
      process.stdout.write(`Packs signed by hub ${opts.hub} (key ${fingerprint(publicKey)}) are trusted in ${core.dataDir}.\n`);
    });
  });
}

function limitCommand(): Command {
  return withDataOption(
    new Command('limit')
      .description(`Show or set the largest pack this hub imports (over HTTP too), in MB (1 to ${MAX_PACK_MB}; default ${describeMb(DEFAULT_PACK_LIMITS.maxPackBytes)}).`)
      .argument('[mb]', 'the new limit in MB, or "default"'),
  ).action(async (mb: string | undefined, opts: { data: string }) =>
    withCore(opts.data, async (core) => {
      if (mb !== undefined) {
        const value = mb === 'default' ? null : Number(mb);
        if (value !== null && !(Number.isInteger(value) && value >= 1 && value <= MAX_PACK_MB)) {
          failWith(`"${mb}" is not a pack size limit: a whole number of MB from 1 to ${MAX_PACK_MB}, or "default".`);
        }
        setMaxPackMb(core.store, value);
      }
      process.stdout.write(`Packs up to ${describeMb(hubPackLimits(core.store).maxPackBytes)} are accepted by the hub in ${core.dataDir}.\n`);
    }),
  );
}

/** `npm run cli -- pack <build|verify|inspect|import|export|key|trust|limit>`: meeting packs (docs/packs.md). */
export function packCommand(): Command {
  const pack = new Command('pack').description(`Meeting packs (.rtpack): build, verify, inspect, import, export. Data folder default: ${defaultDataDir()}.`);
  for (const sub of [buildCommand(), verifyCommand(), inspectCommand(), importCommand(), exportCommand(), keyCommand(), trustCommand(), limitCommand()]) pack.addCommand(sub);
  return pack;
}
