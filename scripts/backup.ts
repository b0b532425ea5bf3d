/**
 * npm run backup -- FILE [--db DATABASE]      a consistent copy of the (live) ledger in FILE
 * npm run backup -- --restore FILE [--db DATABASE]   puts FILE back (stop the server first)
 */
import { backupDatabase, restoreDatabase } from '../src/lib/server/db/backup';
import { databasePath, openDatabase } from '../src/lib/server/db/index';

function parseArgs(argv: string[]): { db: string; file: string; restore: boolean } {
	let db = databasePath();
	let file = '';
	let restore = false;
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--db') db = argv[++i] ?? '';
		else if (a.startsWith('--db=')) db = a.slice(5);
		else if (a === '--restore') restore = true;
		else if (a === '-h' || a === '--help') file = '';
		else file = a;
	}
	if (!file || !db) {
		console.error('usage: npm run backup -- FILE [--db DATABASE] | --restore FILE [--db DATABASE]');
		process.exit(2);
	}
	return { db, file, restore };
}

const args = parseArgs(process.argv.slice(2));
let info;
if (args.restore) {
	info = await restoreDatabase(args.file, args.db);
	console.log(`restored ${args.file} → ${info.path}`);
} else {
	const db = openDatabase(args.db, { readonly: true });
	try {
		info = await backupDatabase(db, args.file);
	} finally {
		db.close();
	}
	console.log(`backed up ${args.db} → ${info.path}`);
}
console.log(
	`${info.pages} pages (${info.bytes} bytes), integrity ok; ` +
		Object.entries(info.tables)
			.map(([t, n]) => `${t} ${n}`)
			.join(', ')
);
