import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkPagesFolder, type SourcedContacts } from '../lib/page-wording';
import { sourcedContactValues } from '../lib/sourced-contacts';
import { ContentError, describeValue, type ContentProblem } from '../schemas/friendly-errors';
import { displayPath } from './content-root';

/**
 * The wording rules of `src/lib/page-wording.ts` as content problems, so that a page with a
 * blaming word or an unsourced phone number or e-mail stops the build like any other bad file.
 * When the emergency numbers cannot be read (their own check reports why), contacts are not
 * checked, rather than reporting every number as unsourced.
 */
export function checkPageWording(pagesFolder: string, sourced: SourcedContacts | undefined = readSourcedContacts()): ContentProblem[] {
	if (!existsSync(pagesFolder)) return [];
	const problems = checkPagesFolder(pagesFolder, sourced ?? { phones: new Set(), emails: new Set() });
	return problems
		.filter((problem) => sourced || problem.rule === 'vocabulaire')
		.map((problem) => ({ file: displayPath(resolve(problem.file)), field: `ligne ${problem.line}`, received: describeValue(problem.found), expected: problem.message }));
}

function readSourcedContacts(): SourcedContacts | undefined {
	try {
		return sourcedContactValues();
	} catch (error) {
		if (error instanceof ContentError) return undefined;
		throw error;
	}
}
