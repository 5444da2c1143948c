import { pairingCode } from '../../pairing.ts';
import { defineHandler } from '../context.ts';

export default defineHandler('pairing.get', (ctx) => ({ code: pairingCode(ctx.store), urls: ctx.services.roomUrls(), fingerprint: ctx.services.roomFingerprint() }));
