import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { ContentError, parseWithFriendlyErrors } from '../../src/schemas/friendly-errors';

const Schema = z.strictObject({
	id: z.string(),
	count: z.number(),
	kind: z.enum(['a', 'b']),
});

describe('parseWithFriendlyErrors', () => {
	it('returns the parsed data when the input is valid', () => {
		expect(parseWithFriendlyErrors(Schema, { id: 'x', count: 2, kind: 'a' }, 'f.yaml')).toEqual({ id: 'x', count: 2, kind: 'a' });
	});

	it('names the file, the field, the value received and what is expected, in French', () => {
		let error: unknown;
		try {
			parseWithFriendlyErrors(Schema, { id: 'x', count: 'deux', kind: 'c', extra: 1 }, 'content/x.yaml');
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(ContentError);
		const message = (error as ContentError).message;
		expect(message).toContain('Fichier content/x.yaml');
		expect(message).toContain('champ « count » : valeur reçue « deux » ; attendu : un nombre');
		expect(message).toContain('champ « kind » : valeur reçue « c » ; attendu : une de ces valeurs : « a », « b »');
		expect(message).toContain('retirez « extra »');
		expect(message).not.toMatch(/Invalid input|expected number/);
	});

	it('says a required field is missing', () => {
		expect(() => parseWithFriendlyErrors(Schema, { count: 1, kind: 'a' }, 'f.yaml')).toThrow(/champ « id » : valeur reçue \(rien : le champ est absent\)/);
	});
});
