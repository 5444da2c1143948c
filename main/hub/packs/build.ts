import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { readFile, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, join, sep } from 'node:path';
import { PACK_FORMAT, PACK_VERSION, type PackAgendaItem, type PackDocument, PackManifest } from '../../../shared/protocol/pack.ts';
import { newId } from '../kernel/ids.ts';
import { DEFAULT_INSPECT_LIMITS, inspectPdf, type InspectLimits } from '../pdf/inspect.ts';
import { readDelegateList } from './delegate-list.ts';
import type { HubSigner } from './keys.ts';
import { accessOf, type FolderDocument, type FolderItem, MeetingFolder } from './meeting-folder.ts';
import { PackError, type PackProblem } from './problems.ts';
import { writePack } from './write-pack.ts';

export const MEETING_FILE = 'meeting.json';
const DELEGATE_FILES = ['delegates.csv', 'delegates.xlsx'];

export interface BuildOptions {
  signer: HubSigner;
  inspectLimits?: InspectLimits;
  now?: Date;
}

interface CheckedFile {
  path: string;
  sha256: string;
  bytes: number;
  pages: number;
}

async function hashFile(path: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    bytes += (chunk as Buffer).length;
    hash.update(chunk as Buffer);
  }
  return { sha256: hash.digest('hex'), bytes };
}

async function readMeetingFile(folder: string): Promise<MeetingFolder> {
  let text: string;
  try {
    text = await readFile(join(folder, MEETING_FILE), 'utf8');
  } catch {
    throw new PackError('bad_folder', [{ entry: MEETING_FILE, message: `missing: the folder ${folder} has no ${MEETING_FILE} (see docs/packs.md)` }]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new PackError('bad_folder', [{ entry: MEETING_FILE, message: `not valid JSON (${error instanceof Error ? error.message : String(error)})` }]);
  }
  const parsed = MeetingFolder.safeParse(json);
  if (!parsed.success) {
    throw new PackError(
      'bad_folder',
      parsed.error.issues.map((i) => ({ entry: MEETING_FILE, message: `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}` })),
    );
  }
  return parsed.data;
}

/** Opens one PDF of the folder the way an upload is opened; a refusal names the file and the reason. */
async function checkFile(root: string, file: string, limits: InspectLimits): Promise<CheckedFile | PackProblem> {
  let path: string;
  try {
    path = await realpath(join(root, file));
  } catch {
    return { entry: file, message: 'missing: meeting.json names this file but the folder does not have it' };
  }
  if (!path.startsWith(root + sep)) return { entry: file, message: 'the file lies outside the meeting folder (a link?)' };
  if (!(await stat(path)).isFile()) return { entry: file, message: 'not a file' };
  const outcome = await inspectPdf(path, limits);
  if (!outcome.ok) return { entry: file, message: `refused: ${outcome.message}` };
  return { path, ...(await hashFile(path)), pages: outcome.pages };
}

async function delegatesOf(root: string, named: string | undefined) {
  const candidates = named ? [named] : DELEGATE_FILES.filter((f) => existsSync(join(root, f)));
  if (candidates.length > 1) {
    throw new PackError('bad_folder', [{ entry: null, message: `the folder has both ${candidates.join(' and ')}; keep one, or name it in meeting.json ("delegates")` }]);
  }
  const file = candidates[0];
  if (!file) return [];
  let bytes: Buffer;
  try {
    bytes = await readFile(join(root, file));
  } catch {
    throw new PackError('bad_folder', [{ entry: file, message: 'missing: meeting.json names this delegate list but the folder does not have it' }]);
  }
  return (await readDelegateList(new Uint8Array(bytes), basename(file))).map((d) => ({ id: newId(), ...d }));
}

/**
 * Builds a signed pack from a meeting folder (meeting.json, the PDFs it names, a delegate list).
 * Every PDF is opened with pdf.js first; any refusal stops the build with the file and the reason.
 * The pack is written beside `out` under a temporary name and renamed at the end: no half-written pack.
 */
export async function buildPack(folder: string, out: string, options: BuildOptions): Promise<PackManifest> {
  const root = await realpath(folder).catch(() => {
    throw new PackError('bad_folder', [{ entry: null, message: `no such folder: ${folder}` }]);
  });
  const meeting = await readMeetingFile(root);
  const limits = options.inspectLimits ?? DEFAULT_INSPECT_LIMITS;

  // Every document named, in agenda order; the same file may be named twice (it is stored once).
  const refs: { itemId: string | null; doc: FolderDocument }[] = meeting.documents.map((doc) => ({ itemId: null, doc }));
  const toPack = (items: FolderItem[]): PackAgendaItem[] =>
    items.map((item) => {
      const id = item.id ?? newId();
      for (const doc of item.documents) refs.push({ itemId: id, doc });
      return { id, title: item.title, description: item.description, durationMinutes: item.durationMinutes, children: toPack(item.children) };
    });
  const agenda = toPack(meeting.agenda);

  const checked = new Map<string, CheckedFile>();
  const problems: PackProblem[] = [];
  for (const { doc } of refs) {
    if (checked.has(doc.file) || problems.some((p) => p.entry === doc.file)) continue;
    const result = await checkFile(root, doc.file, limits);
    if ('message' in result) problems.push(result);
    else checked.set(doc.file, result);
  }
  if (problems.length > 0) throw new PackError(problems.some((p) => p.message.startsWith('refused')) ? 'bad_document' : 'bad_folder', problems);

  const documents: PackDocument[] = refs.map(({ itemId, doc }) => {
    const file = checked.get(doc.file)!;
    return {
      id: doc.id ?? newId(),
      itemId,
      title: doc.title ?? basename(doc.file).replace(/\.pdf$/i, ''),
      sha256: file.sha256,
      bytes: file.bytes,
      pages: file.pages,
      access: accessOf(doc.access),
    };
  });
  const candidate = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    meeting: { id: meeting.id ?? newId(), title: meeting.title, date: meeting.date, place: meeting.place, quorumRule: meeting.quorumRule },
    agenda,
    documents,
    delegates: await delegatesOf(root, meeting.delegates),
    createdAt: (options.now ?? new Date()).toISOString(),
    hub: { id: options.signer.hubId, publicKey: options.signer.publicKey },
  };
  const manifest = PackManifest.safeParse(candidate);
  if (!manifest.success) {
    throw new PackError('bad_folder', manifest.error.issues.map((i) => ({ entry: MEETING_FILE, message: `${i.path.join('.')}: ${i.message}` })));
  }

  const paths = new Map([...checked.values()].map((f) => [f.sha256, f.path]));
  const partial = `${out}.${randomBytes(4).toString('hex')}.partial`;
  try {
    await writePack(manifest.data, options.signer, (sha256) => paths.get(sha256)!, createWriteStream(partial));
    await rename(partial, out);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return manifest.data;
}
