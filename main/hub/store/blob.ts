import type { StoreSql } from './sql.ts';

/** What the hub knows of each stored file, by its sha256 (the bytes themselves are in the blob folder: blobs.ts). */
export interface BlobInfo {
  sha256: string;
  bytes: number;
  pages: number;
  mediaType: string;
  createdAt: string;
}

export interface BlobStatements {
  getBlob(sha256: string): BlobInfo | null;
  putBlob(blob: BlobInfo): void;
}

export function blobStatements({ get, run }: StoreSql): BlobStatements {
  return {
    getBlob: (sha256) => {
      const row = get<{ sha256: string; bytes: number; pages: number; media_type: string; created_at: string }>(
        'SELECT * FROM blobs WHERE sha256 = ?',
        sha256,
      );
      return row ? { sha256: row.sha256, bytes: row.bytes, pages: row.pages, mediaType: row.media_type, createdAt: row.created_at } : null;
    },
    putBlob: (b) =>
      void run(
        'INSERT INTO blobs (sha256, bytes, pages, media_type, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(sha256) DO NOTHING',
        b.sha256, b.bytes, b.pages, b.mediaType, b.createdAt,
      ),
  };
}
