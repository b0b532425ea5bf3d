/**
 * Editors' accounts on the command line:
 *   npm run user -- add NAME        (asks for the password twice; from stdin when not a terminal)
 *   npm run user -- passwd NAME     (sets a new password, re-enabling the user)
 *   npm run user -- list
 *   npm run user -- disable NAME    (also ends the user's sessions)
 * Options: --db PATH (default: DATABASE_PATH or data/ledger.sqlite).
 */
import { openDatabase, databasePath } from '../src/lib/server/db/index';
import { createUser, hashPassword, validatePassword } from '../src/lib/server/auth';
import { disableUser, listUsers, setPassword } from '../src/lib/server/db/users';

function usage(): never {
	console.error('usage: npm run user -- [--db PATH] add NAME | passwd NAME | list | disable NAME');
	process.exit(2);
}

/** Reads one line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
	return new Promise((resolve, reject) => {
		const stdin = process.stdin;
		process.stderr.write(question);
		stdin.setRawMode(true);
		stdin.resume();
		stdin.setEncoding('utf8');
		let value = '';
		const done = (err?: Error) => {
			stdin.setRawMode(false);
			stdin.pause();
			stdin.off('data', onData);
			process.stderr.write('\n');
			if (err) reject(err);
			else resolve(value);
		};
		const onData = (chunk: string) => {
			for (const ch of chunk) {
				if (ch === '\r' || ch === '\n') return done();
				if (ch === '\u0003') return done(new Error('cancelled'));
				if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
				else value += ch;
			}
		};
		stdin.on('data', onData);
	});
}

async function readStdinLines(): Promise<string[]> {
	let text = '';
	process.stdin.setEncoding('utf8');
	for await (const chunk of process.stdin) text += chunk;
	return text.split(/\r?\n/);
}

async function askPassword(): Promise<string> {
	let first: string;
	let second: string;
	if (process.stdin.isTTY) {
		first = await promptHidden('Password: ');
		second = await promptHidden('Repeat password: ');
	} else {
		// Scripted use: the first line is the password; a second non-empty line must repeat it.
		const lines = await readStdinLines();
		first = lines[0] ?? '';
		second = lines[1] ? lines[1] : first;
	}
	if (first !== second) throw new Error('the passwords do not match');
	const bad = validatePassword(first);
	if (bad) throw new Error(bad);
	return first;
}

async function main() {
	const args = process.argv.slice(2);
	let path = databasePath();
	const dbAt = args.indexOf('--db');
	if (dbAt >= 0) {
		if (!args[dbAt + 1]) usage();
		path = args[dbAt + 1];
		args.splice(dbAt, 2);
	}
	const [command, name] = args;
	const db = openDatabase(path);
	try {
		if (command === 'list') {
			for (const u of listUsers(db))
				console.log(`${u.name}\t${u.disabled ? 'disabled' : 'active'}\t${u.createdAt}`);
		} else if (command === 'add' && name) {
			const password = await askPassword();
			createUser(db, name, password, new Date().toISOString());
			console.error(`added ${name}`);
		} else if (command === 'passwd' && name) {
			const password = await askPassword();
			if (!setPassword(db, name, hashPassword(password))) throw new Error(`no user ${name}`);
			console.error(`password set for ${name}`);
		} else if (command === 'disable' && name) {
			if (!disableUser(db, name)) throw new Error(`no user ${name}`);
			console.error(`disabled ${name}`);
		} else usage();
	} finally {
		db.close();
	}
}

main().catch((err: unknown) => {
	console.error(err instanceof Error ? err.message : String(err));
	process.exit(1);
});
