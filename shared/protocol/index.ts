export * from './version.ts';
export * from './roles.ts';
export * from './errors.ts';
export * from './model.ts';
export * from './commands.ts';
export * from './events.ts';
export * from './transport.ts';
export * from './staff.ts';
