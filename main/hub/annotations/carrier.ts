import type { BlobStore } from '../blobs.ts';
import type { Logger } from '../logger.ts';
import { readPageTexts } from '../pdf/text.ts';
import type { AnnotationCarryJob, AnnotationPush, AnnotationRecord, Store } from '../store/store.ts';
import { carriedRecord, indexPages } from './carry.ts';

interface CarrierDeps {
  store: Store;
  blobs: Pick<BlobStore, 'pathOf'>;
  logger: Logger;
  push(meetingId: string, rows: AnnotationPush[]): void;
  now?: () => Date;
}

/**
 * Carries a replaced document's annotations to its new version, once, at the hub, so every tablet agrees. The job is
 * written in the replacement's transaction (annotation_carries); this reads the two versions' texts in the sandbox
 * (kept in document_texts), then carries every annotation still on the old version in one transaction and pushes
 * them. Jobs left by a stopped hub run at the next start. One job at a time, in the order they were written.
 */
export class AnnotationCarrier {
  private running: Promise<void> | null = null;
  private again = false;

  private readonly deps: CarrierDeps;

  constructor(deps: CarrierDeps) {
    this.deps = deps;
  }

  /** Runs the pending jobs (now, or after the current run). Resolves when none is left. */
  kick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.drain()
      .catch((error: unknown) => this.deps.logger.error({ err: error }, 'the annotations carry stopped; it goes on at the next replacement or start'))
      .finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async drain(): Promise<void> {
    do {
      this.again = false;
      for (const job of this.deps.store.pendingAnnotationCarries()) await this.run(job);
    } while (this.again);
  }

  /** The text of a version, read once and kept. */
  async textOf(sha256: string) {
    const kept = this.deps.store.getDocumentText(sha256);
    if (kept) return kept;
    const outcome = await readPageTexts(this.deps.blobs.pathOf(sha256));
    if (!outcome.ok) throw new Error(outcome.message);
    this.deps.store.putDocumentText(sha256, outcome.pages, this.now().toISOString());
    return outcome.pages;
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  private async run(job: AnnotationCarryJob): Promise<void> {
    const { store, logger } = this.deps;
    let pages;
    try {
      pages = indexPages(await this.textOf(job.toSha256));
    } catch (error) {
      // A file whose text cannot be read: its annotations stay on the earlier version, where they are still shown.
      logger.error({ err: error, ...job }, 'annotations could not be carried to the new version');
      store.transaction(() => store.finishAnnotationCarry(job, this.now().toISOString(), String(error)));
      return;
    }
    const at = this.now().toISOString();
    const pushed = store.transaction(() => {
      const doc = store.getDocument(job.meetingId, job.documentId);
      const moved: AnnotationRecord[] = [];
      if (doc) {
        let seq = store.nextAnnotationSeq(job.meetingId);
        for (const record of store.annotationsOnVersion(job.meetingId, job.documentId, job.fromSha256)) {
          const next = carriedRecord(record, { sha256: job.toSha256, pages }, { version: job.fromVersion }, at, seq++);
          store.putAnnotation(next);
          moved.push(next);
        }
      }
      store.finishAnnotationCarry(job, at, null);
      return { moved, access: doc?.access ?? null };
    });
    logger.info({ ...job, carried: pushed.moved.length }, 'annotations carried to the new version');
    if (pushed.moved.length > 0) this.deps.push(job.meetingId, pushed.moved.map((record) => ({ record, access: pushed.access, before: record.visibility })));
  }
}
