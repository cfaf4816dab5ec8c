import { describe, expect, it } from 'vitest';
import { clientDefinition, formatVersionDate, statusText } from '../../../src/forms/describe';
import { sample } from './sample-questionnaire';

describe('statusText', () => {
	it('says whether a tool is a working version or adopted, with its version and date in French', () => {
		expect(statusText({ status: { stage: 'version de travail', version: '0.1', date: '2026-11-29' } })).toBe('Version de travail 0.1 du 29 novembre 2026');
		expect(statusText({ status: { stage: 'validé', version: '2023', date: '2023-03' } })).toBe('Version validée 2023 (mars 2023)');
	});

	it('writes a month alone as month and year', () => {
		expect(formatVersionDate('2023-05')).toBe('mai 2023');
	});
});

describe('clientDefinition', () => {
	it('sends the definition to the page without the file path and without anything that could close the script', () => {
		const text = clientDefinition({ ...sample, title: 'Titre </script><script>alert(1)</script>', sourceFile: 'content/outils/exemple.yaml' });
		expect(text).not.toContain('</script>');
		expect(text).not.toContain('content/outils');
		expect(JSON.parse(text).title).toBe('Titre </script><script>alert(1)</script>');
	});
});
