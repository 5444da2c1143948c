import { SHEET_NAMES, isSheetName } from '../../../shared/domain/minutes/sheets.ts';
import { STAFF_ROLES } from '../../../shared/protocol/index.ts';
import { route, type Route } from './context.ts';
import { DOCUMENT_NAME, downloadDocument, uploadDocument } from './documents.ts';
import { anyone, documentReader, secretariat, staff } from './gates.ts';
import { onFirstUse } from './on-first-use.ts';
import { json } from './reply.ts';
import { issueTicket } from './ticket-route.ts';
import { webClient } from './web.ts';

/**
 * Every HTTP route of the hub, in the order they are tried: what it answers, who may call it, its handler. A new
 * route is a row here and a row in docs/protocol.md's HTTP table (a unit test holds the two together).
 */
export const ROUTES: readonly Route[] = [
  route({
    methods: ['GET', 'HEAD'],
    path: '/api/health',
    who: anyone,
    handle: ({ res, deps }) =>
      json(res, 200, {
        ok: true,
        version: deps.version,
        uptimeSeconds: Math.round((Date.now() - deps.startedAt) / 1000),
        meetings: deps.store.countMeetings(),
      }),
  }),
  route({ methods: ['POST'], path: '/api/tickets', who: staff(STAFF_ROLES, 'A download link'), handle: issueTicket }),
  route({
    methods: ['POST'],
    path: '/api/documents',
    who: secretariat({ needs: 'Uploading documents needs', act: 'upload documents' }),
    handle: uploadDocument,
  }),
  route({
    methods: ['GET', 'HEAD'],
    path: '/api/documents/<sha256>',
    // One URL per document, one access check: any other spelling of the name names nothing.
    checkPath: ({ sha256 }) =>
      DOCUMENT_NAME.test(sha256 ?? '') ? null : { code: 'not_found', message: 'No such document: a document is named by its sha256, 64 lowercase hex characters.' },
    who: documentReader,
    handle: downloadDocument,
  }),
  route({
    methods: ['GET'],
    path: '/api/meetings/<id>/badges.pdf',
    who: staff(['secretariat'], 'Printing badges'),
    handle: onFirstUse(async () => (await import('./badges.ts')).badgeSheet),
  }),
  route({
    methods: ['GET'],
    path: '/api/meetings/<id>/delegates/<delegateId>/badge.png',
    who: staff(['secretariat', 'checkin'], 'Printing a badge'),
    handle: onFirstUse(async () => (await import('./badges.ts')).badgePng),
  }),
  route({
    methods: ['GET'],
    path: '/api/meetings/<id>/minutes.pdf',
    who: staff(['secretariat', 'chair'], 'Making the minutes'),
    handle: onFirstUse(async () => (await import('../minutes/http-route.ts')).minutesPdfRoute),
  }),
  route({
    methods: ['GET'],
    path: '/api/meetings/<id>/minutes/<sheet>.csv',
    checkPath: ({ sheet }) => (isSheetName(sheet) ? null : { code: 'not_found', message: `No such sheet: the minutes have ${SHEET_NAMES.join(', ')}.` }),
    who: staff(['secretariat', 'chair'], 'Making the minutes'),
    handle: onFirstUse(async () => (await import('../minutes/http-route.ts')).minutesCsvRoute),
  }),
  route({
    methods: ['POST'],
    path: '/api/packs',
    who: secretariat({ needs: 'Meeting packs need', act: 'import or export meeting packs' }),
    handle: onFirstUse(async () => (await import('../packs/http-route.ts')).importPackRoute),
  }),
  route({
    methods: ['GET'],
    path: '/api/meetings/<id>/pack',
    who: secretariat({ needs: 'Meeting packs need', act: 'import or export meeting packs' }),
    handle: onFirstUse(async () => (await import('../packs/http-route.ts')).exportPackRoute),
  }),
  route({
    methods: ['POST'],
    path: '/api/meetings/<id>/delegates/preview',
    who: secretariat({ needs: 'Previewing a delegate list needs', act: 'import delegates' }),
    handle: onFirstUse(async () => (await import('../delegate-import/http-route.ts')).previewDelegates),
  }),
  route({ methods: ['GET', 'HEAD'], path: '/', outsideApi: true, who: anyone, handle: webClient }),
];
