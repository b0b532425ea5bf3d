import { MAX_UPLOAD_BYTES, MAX_UPLOAD_FILES } from '$lib/server/upload';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url, locals }) => ({
	origin: url.origin,
	editor: locals.editor,
	maxMb: MAX_UPLOAD_BYTES / 1048576,
	maxFiles: MAX_UPLOAD_FILES
});
