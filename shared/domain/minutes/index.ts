export * from './source.ts';
export * from './words.ts';
export * from './time.ts';
export * from './held.ts';
export * from './model.ts';
export * from './sheets.ts';
export * from './nfc.ts';
