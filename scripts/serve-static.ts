/**
 * Serves a built folder on localhost, for end-to-end tests of a second build (another territory)
 * beside `astro preview`, which serves only the main `dist/`.
 *
 * Usage: tsx scripts/serve-static.ts <folder> <port>
 */
import { createServer } from 'node:http';
import sirv from 'sirv';

const [folder = 'dist', port = '4322'] = process.argv.slice(2);
const handler = sirv(folder, { dev: false, extensions: ['html'] });
createServer((request, response) =>
	handler(request, response, () => {
		response.statusCode = 404;
		response.end('Page introuvable');
	}),
).listen(Number(port), '127.0.0.1', () => console.log(`${folder} servi sur http://localhost:${port}/`));
