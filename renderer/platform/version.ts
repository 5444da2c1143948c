import pkg from '../../package.json' with { type: 'json' };

/** The web build's version: the package's (the hub serves the client it was built with). */
export const version: string = pkg.version;
