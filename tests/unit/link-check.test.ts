import { describe, expect, it } from 'vitest';
import { loadBuiltSite } from '../../scripts/lib/built-site';
import { checkLinks, formatLinkProblems } from '../../scripts/lib/link-check';

const fixture = (name: string) => loadBuiltSite(`tests/fixtures/built-sites/${name}`);

describe('link check over a built site', () => {
	it('reads the pages from the sitemap', () => {
		expect(fixture('good').pages).toEqual(['/', '/guide/']);
	});

	it('accepts relative, absolute and encoded links, accented anchors and other hosts', () => {
		expect(checkLinks(fixture('good'))).toEqual([]);
	});

	it('reports a link to a page that is not built, with the closest page', () => {
		const problems = checkLinks(fixture('broken'));
		expect(problems).toContainEqual(expect.objectContaining({ page: '/', href: '/gide/', label: 'Guide mal écrit', suggestion: '/guide/' }));
	});

	it('reports a missing trailing slash', () => {
		expect(checkLinks(fixture('broken'))).toContainEqual(expect.objectContaining({ href: '/guide', suggestion: '/guide/' }));
	});

	it('reports an anchor missing from the target page and from the page itself', () => {
		const problems = checkLinks(fixture('broken'));
		expect(problems).toContainEqual(expect.objectContaining({ href: '/guide/#reperage', reason: 'la page /guide/ n’a pas d’ancre « #reperage »' }));
		expect(problems).toContainEqual(expect.objectContaining({ href: '#introuvable', reason: 'la page / n’a pas d’ancre « #introuvable »' }));
	});

	it('reports a missing image', () => {
		expect(checkLinks(fixture('broken'))).toContainEqual(expect.objectContaining({ href: '/images/absente.png', label: '<img>' }));
	});

	it('reports exactly the broken links, nothing else', () => {
		expect(checkLinks(fixture('broken')).map((problem) => problem.href)).toEqual(['/gide/', '/guide', '/guide/#reperage', '#introuvable', '/images/absente.png']);
	});

	it('prints the page, the link text, the address and the suggestion in French', () => {
		const report = formatLinkProblems(checkLinks(fixture('broken')));
		expect(report).toContain('Page /');
		expect(report).toContain('« Guide mal écrit » → /gide/ : aucune page ni aucun fichier construit à cette adresse (vouliez-vous dire « /guide/ » ?)');
	});
});
