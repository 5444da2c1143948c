import { rotatePairingCode } from '../../pairing.ts';
import { defineHandler } from '../context.ts';

export default defineHandler('pairing.rotate', (ctx) => {
  const code = rotatePairingCode(ctx.store);
  ctx.logger.info({ deviceId: ctx.principal.deviceId }, 'pairing code rotated');
  ctx.afterCommit(() => ctx.services.pairingRotated(code));
  return { code };
});
