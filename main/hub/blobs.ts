import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { FILE_MODE, privateDir } from './private-files.ts';

export class BlobTooLargeError extends Error {
  readonly limit: number;
  constructor(limit: number) {
    super(`The file is larger than the hub accepts (${Math.round(limit / 1024 / 1024)} MB).`);
    this.limit = limit;
  }
}

export interface StagedBlob {
  sha256: string;
  bytes: number;
  /** The staged file; `commit` moves it into the store, `discard` removes it. */
  path: string;
  commit(): Promise<string>;
  discard(): Promise<void>;
}

/**
 * Documents stored by content: `<root>/<sha256>`. A file is written to a temporary name, fsynced,
 * then renamed, so the store never holds a half-written or mislabelled blob.
 */
export class BlobStore {
  readonly root: string;
  private readonly tmp: string;

  constructor(root: string) {
    this.root = root;
    this.tmp = join(root, '.incoming');
    // 0700 folders, 0600 files: restricted documents are readable by the hub's user only.
    privateDir(root);
    privateDir(this.tmp);
  }

  pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
    return join(this.root, sha256);
  }

  has(sha256: string): boolean {
    return existsSync(this.pathOf(sha256));
  }

  /** Streams `source` to a staging file while hashing it; refuses more than `maxBytes`. */
  async stage(source: Readable, maxBytes: number): Promise<StagedBlob> {
    const path = join(this.tmp, randomUUID());
    const hash = createHash('sha256');
    let bytes = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        if (bytes > maxBytes) return done(new BlobTooLargeError(maxBytes));
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(source, meter, createWriteStream(path, { mode: FILE_MODE }));
      const handle = await open(path, 'r+');
      await handle.sync();
      await handle.close();
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
    const sha256 = hash.digest('hex');
    return {
      sha256,
      bytes,
      path,
      commit: async () => {
        const target = this.pathOf(sha256);
        if (existsSync(target)) await rm(path, { force: true });
        else await rename(path, target);
        await this.syncRoot();
        return target;
      },
      discard: () => rm(path, { force: true }),
    };
  }

  /** Stores bytes already in memory (demo documents, tests). */
  async putBytes(data: Uint8Array): Promise<string> {
    const { Readable } = await import('node:stream');
    const staged = await this.stage(Readable.from([Buffer.from(data)]), Number.MAX_SAFE_INTEGER);
    await staged.commit();
    return staged.sha256;
  }

  async size(sha256: string): Promise<number | null> {
    try {
      return (await stat(this.pathOf(sha256))).size;
    } catch {
      return null;
    }
  }

  /** The rename must reach the disk too before a write is acknowledged. */
  private async syncRoot(): Promise<void> {
    if (process.platform === 'win32') return;
    const dir = await open(this.root, 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  }
}
