import { Route, Routes } from 'react-router';
import { ProtocolMismatch } from '../features/connection/ProtocolMismatch.tsx';
import { InsecureBanner } from '../features/connection/InsecureBanner.tsx';
import { HomePage } from '../features/home/HomePage.tsx';
import { TabletPage } from '../features/tablet/TabletPage.tsx';
import { ConsolePage } from '../features/console/ConsolePage.tsx';
import { ConsoleSeatsPage } from '../features/console/ConsoleSeatsPage.tsx';
import { SecretariatListPage } from '../features/secretariat/SecretariatListPage.tsx';
import { SecretariatMeetingPage } from '../features/secretariat/SecretariatMeetingPage.tsx';
import { CheckinPage } from '../features/checkin/CheckinPage.tsx';
import { ProjectorPage } from '../features/projector/ProjectorPage.tsx';
import { NotFoundPage } from '../features/shell/NotFoundPage.tsx';
import { ConsoleDocumentPage, SecretariatDocumentPage, TabletDocumentPage } from '../features/viewer/DocumentPage.tsx';
import { PairPage } from '../features/pairing/PairPage.tsx';
import { KioskExitPage } from '../features/desktop-setup/KioskExitPage.tsx';
import { SetupPage } from '../features/desktop-setup/SetupPage.tsx';
import { KioskCornerTaps } from '../features/desktop-setup/KioskCornerTaps.tsx';
import { UpdateBanner } from '../features/app-shell/UpdateBanner.tsx';

/** The screens of the product, one route each; the hub answers every non-API path with this app. */
export function App() {
  return (
    <>
      <InsecureBanner />
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route path="/pair" element={<PairPage />} />
        <Route path="/setup" element={<SetupPage />} />
        <Route path="/kiosk-exit" element={<KioskExitPage />} />
        <Route path="/tablet/:meetingId" element={<TabletPage />} />
        <Route path="/tablet/:meetingId/documents/:documentId" element={<TabletDocumentPage />} />
        <Route path="/console/:meetingId" element={<ConsolePage />} />
        <Route path="/console/:meetingId/seats" element={<ConsoleSeatsPage />} />
        <Route path="/console/:meetingId/documents/:documentId" element={<ConsoleDocumentPage />} />
        <Route path="/secretariat" element={<SecretariatListPage />} />
        <Route path="/secretariat/:meetingId" element={<SecretariatMeetingPage />} />
        <Route path="/secretariat/:meetingId/documents/:documentId" element={<SecretariatDocumentPage />} />
        <Route path="/checkin/:meetingId" element={<CheckinPage />} />
        <Route path="/projector/:meetingId" element={<ProjectorPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
      <ProtocolMismatch />
      <UpdateBanner />
      <KioskCornerTaps />
    </>
  );
}
