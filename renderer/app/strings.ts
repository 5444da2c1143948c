import { strings as common } from '../features/common/strings.ts';
import { strings as shell } from '../features/shell/strings.ts';
import { strings as connection } from '../features/connection/strings.ts';
import { strings as agenda } from '../features/agenda/strings.ts';
import { strings as documents } from '../features/documents/strings.ts';
import { strings as meeting } from '../features/meeting/strings.ts';
import { strings as followChair } from '../features/follow-chair/strings.ts';
import { strings as signin } from '../features/signin/strings.ts';
import { strings as home } from '../features/home/strings.ts';
import { strings as console } from '../features/console/strings.ts';
import { strings as tablet } from '../features/tablet/strings.ts';
import { strings as projector } from '../features/projector/strings.ts';
import { strings as secretariat } from '../features/secretariat/strings.ts';
import { strings as checkin } from '../features/checkin/strings.ts';
import { strings as viewer } from '../features/viewer/strings.ts';
import { strings as pairing } from '../features/pairing/strings.ts';
import { strings as desktopSetup } from '../features/desktop-setup/strings.ts';
import { strings as preloadStatus } from '../features/preload-status/strings.ts';
import { strings as staffAccess } from '../features/staff-access/strings.ts';
import { strings as scanner } from '../features/scanner/strings.ts';
import { strings as votes } from '../features/votes/strings.ts';
import { strings as ballot } from '../features/ballot/strings.ts';
import { strings as voteControl } from '../features/vote-control/strings.ts';
import { strings as paperVotes } from '../features/paper-votes/strings.ts';
import { strings as speakers } from '../features/speakers/strings.ts';
import { strings as seatMap } from '../features/seat-map/strings.ts';
import { strings as appShell } from '../features/app-shell/strings.ts';
import { strings as annotations } from '../features/annotations/strings.ts';

/**
 * Every feature's strings, one i18next namespace each. A new feature adds its line here. Registered by the app (like
 * its routes in App.tsx), not by i18n/, which features import: so i18n/ never reaches back into a feature.
 */
export const namespaces = {
  common,
  shell,
  connection,
  agenda,
  documents,
  meeting,
  'follow-chair': followChair,
  signin,
  home,
  console,
  tablet,
  projector,
  secretariat,
  checkin,
  viewer,
  pairing,
  'desktop-setup': desktopSetup,
  'preload-status': preloadStatus,
  'staff-access': staffAccess,
  scanner,
  votes,
  ballot,
  'vote-control': voteControl,
  'paper-votes': paperVotes,
  speakers,
  'seat-map': seatMap,
  'app-shell': appShell,
  annotations,
};

export type Namespace = keyof typeof namespaces;
export type Resources = { [N in Namespace]: (typeof namespaces)[N]['vi'] };

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Resources;
  }
}
