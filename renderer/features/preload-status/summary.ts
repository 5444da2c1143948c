import type { TFunction } from 'i18next';
import { PreloadFailureKind, type PreloadDevice } from '../../../shared/protocol/index.ts';

const KINDS: ReadonlySet<string> = new Set(PreloadFailureKind.options);

/**
 * Why a document is not on a tablet, in the reader's language: the sentence for the kind the tablet reported,
 * else the tablet's own words (it gave no kind, or one this screen does not know).
 */
export function failureReason(failure: PreloadDevice['failed'][number], t: TFunction<'preload-status'>): string {
  const kind: string | null = failure.kind;
  return kind !== null && KINDS.has(kind) ? t(`reason.${kind as PreloadFailureKind}`) : failure.error;
}

/** A tablet holds every document its delegate may read (and has at least one to hold). */
export function isComplete(device: PreloadDevice): boolean {
  return device.documentsTotal > 0 && device.documentsDone === device.documentsTotal;
}

/** Who a tablet is, for one line of text: its delegate's name, else the device's. */
export function deviceLabel(device: PreloadDevice): string {
  return device.delegateName ?? (device.deviceName || device.deviceId);
}

export interface PreloadSummary {
  total: number;
  complete: number;
  bytesDone: number;
  bytesTotal: number;
  /** Percent of all bytes, rounded down so 100 means every byte is there. */
  percent: number;
  /** Devices with documents that failed, in the order given (sortPreload puts them first). */
  failed: PreloadDevice[];
  offline: PreloadDevice[];
  /** After closing: devices that must still delete the restricted documents. */
  unpurged: PreloadDevice[];
  purged: number;
}

/** The figures the chair's card shows, from each device's row. */
export function summarisePreload(devices: readonly PreloadDevice[]): PreloadSummary {
  const bytesDone = devices.reduce((sum, d) => sum + d.bytesDone, 0);
  const bytesTotal = devices.reduce((sum, d) => sum + d.bytesTotal, 0);
  return {
    total: devices.length,
    complete: devices.filter(isComplete).length,
    bytesDone,
    bytesTotal,
    percent: bytesTotal > 0 ? Math.floor((Math.min(bytesDone, bytesTotal) / bytesTotal) * 100) : 0,
    failed: devices.filter((d) => d.failed.length > 0),
    offline: devices.filter((d) => !d.online),
    unpurged: devices.filter((d) => d.mustPurge),
    purged: devices.filter((d) => d.purgedAt !== null).length,
  };
}
