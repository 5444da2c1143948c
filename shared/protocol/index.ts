export * from './version.ts';
export * from './roles.ts';
export * from './errors.ts';
export * from './error-reasons.ts';
export * from './model.ts';
export * from './commands/index.ts';
export * from './events.ts';
export * from './transport.ts';
