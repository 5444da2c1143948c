import type { BlobInfo } from '../../store/store.ts';
import { CommandError, type CommandContext } from '../context.ts';

/**
 * The stored file a document will point at. A blob row exists only for bytes the hub has opened with pdf.js and
 * accepted (an upload, a pack import), so finding one means the PDF was checked.
 */
export function requireCheckedPdf(ctx: CommandContext, sha256: string): BlobInfo {
  const blob = ctx.store.getBlob(sha256);
  if (!blob) {
    throw new CommandError('not_found', `The hub holds no file with sha256 ${sha256}; upload it with POST /api/documents first.`, {
      reason: 'file_not_found',
      params: { sha256 },
    });
  }
  if (blob.mediaType !== 'application/pdf') {
    throw new CommandError('bad_document', `The file with sha256 ${sha256} is not a PDF (${blob.mediaType}); documents must be PDFs.`, { reason: 'not_pdf' });
  }
  return blob;
}
