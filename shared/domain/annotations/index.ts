// Annotations' anchoring: a page's text indexed, a quote found again, an annotation carried to a new version. Pure.
export * from './text.ts';
export * from './quote.ts';
export * from './carry.ts';
export * from './runs.ts';
export * from './rules.ts';
export * from './shown.ts';
