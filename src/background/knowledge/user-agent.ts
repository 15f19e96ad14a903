/**
 * Who we are, for Wikimedia's User-Agent policy
 * (https://foundation.wikimedia.org/wiki/Policy:User-Agent_policy): `<client>/<version>
 * (<contact>) <library>/<version>`. The contact is the project's page, where its issue tracker is.
 */

/** The project's home, with its issue tracker: the contact Wikimedia's operators can use. */
export const PROJECT_URL = 'https://github.com/backstory-reader/backstory';

const version = (): string => (typeof __VERSION__ === 'string' ? __VERSION__ : 'dev');

/** The extension's `Api-User-Agent` (browsers keep `User-Agent` for themselves). */
export function extensionUserAgent(): string {
  return `Backstory/${version()} (${PROJECT_URL}; browser extension, sends entity names only)`;
}

/** The CLI's `User-Agent` and `Api-User-Agent`; Node's own is only `node`, which Wikimedia throttles. */
export function cliUserAgent(nodeVersion: string): string {
  return `Backstory-CLI/${version()} (${PROJECT_URL}; command line, sends entity names only) Node.js/${nodeVersion}`;
}
