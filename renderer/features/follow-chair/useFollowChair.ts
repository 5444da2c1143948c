import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import type { MeetingSnapshot } from '../../../shared/protocol/index.ts';
import { presentationKey, useFollowMode } from './followMode.ts';

/** The viewer's address for a document at a page (the viewer reads `?page=`). */
export function chairPagePath(meetingId: string, documentId: string, page: number): string {
  return `/tablet/${encodeURIComponent(meetingId)}/documents/${encodeURIComponent(documentId)}?page=${page}`;
}

/**
 * On a tablet screen other than the viewer (the agenda): while the tablet follows the chair, a page the chair shows
 * that this tablet has not opened yet opens at once. The viewer follows by itself (useViewerFollow).
 */
export function useOpenChairPage(snapshot: MeetingSnapshot): void {
  const [mode, setMode] = useFollowMode();
  const navigate = useNavigate();
  const { presentation } = snapshot;
  const key = presentationKey(presentation);
  const meetingId = snapshot.meeting.id;
  useEffect(() => {
    if (!mode.following || key === null || key === mode.opened || presentation.documentId === null) return;
    if (!snapshot.documents.some((d) => d.id === presentation.documentId)) return;
    setMode({ opened: key });
    void navigate(chairPagePath(meetingId, presentation.documentId, presentation.page ?? 1));
  }, [mode.following, mode.opened, key, presentation, snapshot.documents, meetingId, navigate, setMode]);
}
