import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { select, selectAll } from 'hast-util-select';
import type { Element, Root } from 'hast';
import { listQuestions } from '../../../src/forms/answers';
import { renderQuestion, renderQuestionnaire } from '../../../src/forms/render/index';
import { conditionSentence } from '../../../src/forms/answers';
import { sample } from './sample-questionnaire';

function render(id: string): Root {
	const entry = listQuestions(sample).find(({ question }) => question.id === id)!;
	const condition = conditionSentence(entry.question, sample);
	return { type: 'root', children: [renderQuestion(entry.question, { number: entry.number, ...(condition ? { condition } : {}) })] };
}

function attr(element: Element | undefined, name: string): unknown {
	return element?.properties[name];
}

/** Ids named by aria-describedby / aria-labelledby must exist in the tree. */
function expectReferencesExist(tree: Root, ids: string): void {
	for (const id of ids.split(' ')) expect(select(`[id="${id}"]`, tree), `#${id}`).toBeDefined();
}

describe('form renderers, one per question type', () => {
	it('renders a short text as a labelled input tied to its hint and error message', () => {
		const tree = render('nom-court');
		const input = select('input', tree)!;
		expect(attr(input, 'type')).toBe('text');
		expect(attr(input, 'name')).toBe('nom-court');
		expect(attr(input, 'required')).toBe(true);
		expect(attr(input, 'autoComplete')).toEqual(['off']);
		expect(select(`label[for="${attr(input, 'id')}"]`, tree)).toBeDefined();
		const describedBy = (attr(input, 'ariaDescribedBy') as string[]).join(' ');
		expect(describedBy).toBe('champ-nom-court-aide champ-nom-court-erreur');
		expectReferencesExist(tree, describedBy);
		expect(toHtml(tree)).toContain('(obligatoire)');
	});

	it('escapes markup written in a label instead of rendering it', () => {
		const html = toHtml(render('nom-court'));
		expect(html).toContain('Fonction &#x3C;b>exacte&#x3C;/b>');
		expect(html).not.toContain('<b>');
	});

	it('gives an e-mail short text the e-mail input type', () => {
		expect(attr(select('input', render('courriel')), 'type')).toBe('email');
	});

	it('renders a long text as a textarea with its number of rows', () => {
		const textarea = select('textarea', render('recit'))!;
		expect(attr(textarea, 'rows')).toBe(4);
		expect(attr(textarea, 'name')).toBe('recit');
	});

	it('renders a single choice as radio buttons sharing one name in a fieldset with a legend', () => {
		const tree = render('duree');
		expect(select('fieldset > legend', tree)).toBeDefined();
		const radios = selectAll('input[type="radio"]', tree);
		expect(radios.map((radio) => attr(radio, 'value'))).toEqual(['moins-d-un-jour', 'longue', 'autre']);
		expect(new Set(radios.map((radio) => attr(radio, 'name')))).toEqual(new Set(['duree']));
		for (const radio of radios) expect(select(`label[for="${attr(radio, 'id')}"]`, tree)).toBeDefined();
		const fieldset = select('fieldset', tree)!;
		expectReferencesExist(tree, (attr(fieldset, 'ariaDescribedBy') as string[]).join(' '));
	});

	it('adds « Autre » and a text field to specify it', () => {
		const tree = render('besoins');
		expect(selectAll('input[type="checkbox"]', tree).map((box) => attr(box, 'value'))).toEqual(['manger', 'dormir', 'autre']);
		const other = select('input[name="besoins.autre"]', tree)!;
		expect(attr(other, 'type')).toBe('text');
		expect(toHtml(select(`label[for="${attr(other, 'id')}"]`, tree)!)).toContain('Lequel\u202f?');
		expect(toHtml(tree)).toContain('Autre besoin');
	});

	it('renders a number as a text field with a numeric keyboard and its unit described', () => {
		const tree = render('fugues');
		const input = select('input', tree)!;
		expect(attr(input, 'type')).toBe('text');
		expect(attr(input, 'inputMode')).toBe('numeric');
		expect(attr(input, 'ariaDescribedBy')).toContain('champ-fugues-unite');
		expect(select('#champ-fugues-unite', tree)?.children).toEqual([{ type: 'text', value: 'fugues' }]);
	});

	it('renders a date with the browser’s date field', () => {
		expect(attr(select('input', render('date-retour')), 'type')).toBe('date');
	});

	it('renders a scale as radio buttons from min to max, the ends saying what they mean', () => {
		const tree = render('inquietude');
		expect(selectAll('input[type="radio"]', tree).map((radio) => attr(radio, 'value'))).toEqual(['1', '2', '3', '4', '5']);
		const labels = selectAll('label', tree).map((label) => toHtml(label.children));
		expect(labels).toEqual(['1 (faible)', '2', '3', '4', '5 (très forte)']);
	});

	it('renders yes / no / ne sait pas as three radio buttons', () => {
		const labels = selectAll('label', render('danger')).map((label) => toHtml(label.children));
		expect(labels).toEqual(['Oui', 'Non', 'Ne sait pas']);
	});

	it('renders a grid as a table whose controls are named by their line and column headers', () => {
		const tree = render('dispo');
		const boxes = selectAll('table input[type="checkbox"]', tree);
		expect(boxes.map((box) => `${attr(box, 'name')}=${attr(box, 'value')}`)).toEqual(['dispo.lundi=matin', 'dispo.lundi=apres-midi', 'dispo.mardi=matin', 'dispo.mardi=apres-midi']);
		for (const box of boxes) {
			const ids = (attr(box, 'ariaLabelledBy') as string[]).join(' ');
			expectReferencesExist(tree, ids);
		}
		expect(selectAll('th[scope="col"]', tree)).toHaveLength(2);
		expect(selectAll('th[scope="row"]', tree)).toHaveLength(2);
	});

	it('marks a conditional question with its condition, in words and for the script', () => {
		const tree = render('mesures');
		const wrapper = select('[data-question="mesures"]', tree)!;
		expect(JSON.parse(attr(wrapper, 'dataShowIf') as string)).toEqual({ question: 'danger', answer: ['oui', 'ne-sait-pas'] });
		expect(toHtml(select('.form-condition', tree)!)).toContain('Si vous avez répondu «\u00a0Oui\u00a0» ou «\u00a0Ne sait pas\u00a0» à la question 9.');
		expect(attr(select('textarea', tree), 'ariaDescribedBy')).toContain('champ-mesures-condition');
	});
});

describe('renderQuestionnaire', () => {
	const tree = renderQuestionnaire(sample);

	it('renders a form that cannot send anything and that the browser does not remember', () => {
		const form = select('form', tree)!;
		expect(attr(form, 'method')).toBe('dialog');
		expect(attr(form, 'action')).toBeUndefined();
		expect(attr(form, 'autoComplete')).toEqual(['off']);
	});

	it('renders one section per part with its heading, questions numbered across parts', () => {
		expect(selectAll('section > h2', tree).map((heading) => toHtml(heading.children))).toEqual(['1. Première partie', '2. Seconde partie']);
		const numbers = selectAll('.form-number', tree).map((number) => toHtml(number.children));
		expect(numbers).toEqual(Array.from({ length: 13 }, (_, index) => `${index + 1}.`));
	});

	it('gives every control a unique id', () => {
		const ids = selectAll('[id]', tree).map((element) => attr(element, 'id'));
		expect(new Set(ids).size).toBe(ids.length);
	});
});
