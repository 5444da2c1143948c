import { pairingCode, samePairingCode } from '../../pairing.ts';
import { pairDevice } from '../../devices.ts';
import { admitGuess, guessMissed } from '../../security/guess.ts';
import { CommandError, definePreparedHandler } from '../context.ts';

const WRONG = 'That pairing code is not right; read it again from the chair console or the room QR.';

export default definePreparedHandler('device.pair', {
  // Signs the connection in (or pairs it): its next commands wait for the commit, to be checked as from whom it made it.
  changesConnection: true,
  // Before the transaction, so that the count of wrong codes (and the new code that replaces a guessed-at one) stays.
  prepare(ctx, { code }) {
    const attempt = admitGuess(ctx, 'pairing');
    if (!samePairingCode(code, pairingCode(ctx.store))) {
      guessMissed(ctx, attempt, 'pairing');
      ctx.services.pairingMissed();
      throw new CommandError('bad_passcode', WRONG);
    }
    attempt.succeeded();
  },
  run(ctx, { code }) {
    const { address, deviceId } = ctx.principal;
    // Replaced since it was checked (a command of this connection waited before this one): no longer right.
    if (!samePairingCode(code, pairingCode(ctx.store))) throw new CommandError('bad_passcode', WRONG);
    // The hub makes the device (or gives the one this connection proved a new token): a client never names it.
    const paired = pairDevice(ctx.store, { deviceId, address, offeredName: ctx.connection.offeredDeviceName }, ctx.now.toISOString());
    ctx.logger.info({ deviceId: paired.device.id, address, again: !paired.created }, 'device paired');
    ctx.afterCommit(() => ctx.connection.setDevice(paired.device));
    return { deviceId: paired.device.id, deviceToken: paired.deviceToken };
  },
});
