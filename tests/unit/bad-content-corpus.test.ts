import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { maxImageBytes } from '../../src/content-loading/check-pages';
import { validateAllContent } from '../../src/content-loading/validate-all';
import { ContentError } from '../../src/schemas/friendly-errors';

/**
 * The bad-content corpus: each file (or folder) of tests/fixtures/bad-content/<folder>/ is dropped
 * into a copy of the real content/ and must be refused, with a message naming that file and the
 * field given in expected.yaml. The same copy without the bad file must pass.
 */
const corpus = resolve('tests/fixtures/bad-content');
const expected = parse(readFileSync(join(corpus, 'expected.yaml'), 'utf8')) as Record<string, string>;
const workspace = mkdtempSync(join(tmpdir(), 'bad-content-'));
// Some forty copies of content/ to delete: allow for a busy machine.
afterAll(() => rmSync(workspace, { recursive: true, force: true }), 60_000);

/** Single-file settings are replaced rather than added. */
const replacedFiles: Record<string, string> = {
	territoire: 'territoire/territoire.yaml',
	urgences: 'urgences.yaml',
	frise: 'cadre/frise.yaml',
	retroplanning: 'dispositif/retroplanning.yaml',
	budget: 'dispositif/budget.yaml',
	charte: 'charte/versions.yaml',
	signataires: 'charte/signataires.yaml',
};

/** Cases whose bad input is too large to commit: made here. */
const prepare: Record<string, (root: string) => void> = {
	'pages/oversized-image': (root) => writeFileSync(join(root, 'pages/oversized-image/trop-lourde.png'), Buffer.alloc(maxImageBytes + 1024)),
	// The event names a video, poster and transcript that exist, and captions that do not parse.
	'evenements/unparsable-vtt.yaml': (root) => cpSync(resolve('tests/fixtures/bad-event-files/supports'), join(root, 'supports'), { recursive: true }),
};

function freshCopy(name: string): string {
	const root = join(workspace, name.replace(/[^a-z0-9]+/gi, '-'));
	cpSync(resolve('content'), root, { recursive: true });
	return root;
}

const cases = readdirSync(corpus, { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.flatMap((folder) => readdirSync(join(corpus, folder.name)).map((item) => `${folder.name}/${item}`));

describe('bad-content corpus', () => {
	it('lists an expected field for every case, and a case for every expectation', () => {
		expect(cases.sort()).toEqual(Object.keys(expected).sort());
	});

	it('the real content passes every check', () => {
		expect(() => validateAllContent(freshCopy('valid'))).not.toThrow();
	});

	it.each(cases)('%s is refused with a message naming the file and the field', (name) => {
		const [folder = '', item = ''] = name.split('/');
		const root = freshCopy(name);
		const target = replacedFiles[folder] ? join(root, replacedFiles[folder]) : join(root, folder, item);
		cpSync(join(corpus, name), target, { recursive: true });
		prepare[name]?.(root);
		let error: unknown;
		try {
			validateAllContent(root);
		} catch (caught) {
			error = caught;
		}
		expect(error, `${name} was accepted`).toBeInstanceOf(ContentError);
		const problems = (error as ContentError).problems;
		const fileName = replacedFiles[folder]?.split('/').pop() ?? item.replace(/\.[a-z]+$/, '');
		const matching = problems.filter((problem) => problem.file.includes(fileName) && `${problem.field} ${problem.received}`.includes(expected[name]!));
		expect(matching, (error as ContentError).message).not.toEqual([]);
		// The message a coordinator reads names the file and the field too.
		expect((error as ContentError).message).toContain(matching[0]!.file);
		// Removing the bad file gives back a valid site.
		rmSync(target, { recursive: true, force: true });
		if (replacedFiles[folder]) cpSync(resolve('content', replacedFiles[folder]), target);
		expect(() => validateAllContent(root)).not.toThrow();
	});
});
