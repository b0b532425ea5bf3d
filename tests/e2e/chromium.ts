import { existsSync } from 'node:fs';

/** Debian's Chromium (apt-get install chromium), or the one named by CHROMIUM_PATH. */
export function chromiumPath(): string {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	const found = candidates.find((p): p is string => !!p && existsSync(p));
	if (!found) {
		throw new Error(
			'No Chromium found for the end-to-end tests. Install it with ' +
				'`sudo apt-get install -y chromium fonts-wqy-microhei` or set CHROMIUM_PATH to a Chromium binary.'
		);
	}
	return found;
}

export const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
