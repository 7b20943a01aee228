// Debian's Chromium as the product and its tests launch it (never a downloaded browser). The flags
// keep it off the network it does not need: without them it keeps calling home and being refused.
export const CHROMIUM = {
  /** Debian's Chromium; CHROMIUM_PATH points elsewhere. */
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
} as const;
