import { describe, expect, it } from 'vitest';
import { loadBuiltSite } from '../../scripts/lib/built-site';
import { checkBuiltPages } from '../../scripts/lib/page-check';

const fixture = (name: string) => loadBuiltSite(`tests/fixtures/built-sites/${name}`);

describe('page check over a built site', () => {
	it('accepts pages with a unique title, a description, one h1, a search body and sharing meta', () => {
		expect(checkBuiltPages(fixture('good'))).toEqual([]);
	});

	it('reports a duplicated title, a missing description and two h1', () => {
		const reasons = checkBuiltPages(fixture('broken')).filter((problem) => problem.page === '/guide/').map((problem) => problem.reason);
		expect(reasons).toEqual([
			'pas de meta description (ajoutez « description » dans l’en-tête de la page)',
			'2 titres <h1> au lieu d’un seul (le titre de la page est le seul h1 : utilisez « ## » pour les sections)',
			'pas de meta « og:description » (image et résumé de partage)',
			'même titre que la page / (« Accueil | Hub ») : chaque page doit avoir un titre unique',
		]);
	});

	it('reports a built page missing from the sitemap', () => {
		expect(checkBuiltPages(fixture('broken'))).toContainEqual({ page: '/seule/', reason: expect.stringContaining('absente du plan du site') });
	});
});
