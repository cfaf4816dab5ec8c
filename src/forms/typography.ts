/**
 * French spacing for text shown in a form: a no-break space inside « » and before « : », and a
 * narrow no-break space before « ? », « ! » and « ; », so that a line never starts with « » » or
 * « ? ». Applied when rendering; the questionnaire files and the exports keep ordinary spaces.
 */
export function frenchSpacing(text: string): string {
	return text
		.replace(/«\s+/g, '«\u00a0')
		.replace(/\s+»/g, '\u00a0»')
		.replace(/\s+:(?=\s|$)/g, '\u00a0:')
		.replace(/\s+([?!;])/g, '\u202f$1');
}
