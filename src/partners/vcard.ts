import {
	AdrProperty,
	CategoriesProperty,
	EmailProperty,
	FNProperty,
	KindProperty,
	LabelParameter,
	NoteProperty,
	OrgProperty,
	ParameterValueType,
	ProdidProperty,
	SourceProperty,
	SpecialValueType,
	TelProperty,
	TextType,
	TypeParameter,
	UIDProperty,
	URIType,
	URLProperty,
	ValueParameter,
	VCARD,
} from 'vcard4';
import { formatDate } from '../lib/format';
import { telUri } from '../lib/phone';
import type { Partner } from '../schemas/partner';
import { orderedContacts } from './contacts';
import { categoryOf } from './taxonomy';

export interface PartnerVCardOptions {
	/** Public address of the site, e.g. `https://example.fr` (the card's UID and SOURCE point to it). */
	siteUrl: string;
	/** Name of the site, for PRODID. */
	siteTitle: string;
}

/** Address of a partner's page and of its vCard on the site. */
export function partnerPath(id: string): string {
	return `/partenaires/${id}/`;
}
export function partnerVCardPath(id: string): string {
	return `/partenaires/${id}.vcf`;
}

/**
 * A vCard 4.0 (RFC 6350) of the partner, built with the `vcard4` library: the organisation's
 * name, its category and ONLY its sourced contacts (phone, e-mail, website, postal address), with
 * opening hours, sources and check dates in the note. Returns the text of the `.vcf` file (CRLF).
 */
export function partnerVCard(partner: Partner, { siteUrl, siteTitle }: PartnerVCardOptions): string {
	const pageUrl = new URL(partnerPath(partner.id), siteUrl).href;
	const properties: ConstructorParameters<typeof VCARD>[0] = [
		new FNProperty([], new TextType(partner.name)),
		new KindProperty([], new SpecialValueType('KindProperty', 'org')),
		new OrgProperty([], new SpecialValueType('OrgProperty', [new TextType(partner.name)])),
		new CategoriesProperty([], new TextType(categoryOf(partner.category).label)),
	];
	const notes: string[] = [];
	for (const contact of orderedContacts(partner)) {
		const checked = `vérifié le ${formatDate(contact.checkedOn)} d’après ${contact.source.title}`;
		switch (contact.kind) {
			case 'telephone':
				properties.push(
					new TelProperty(
						[new ValueParameter(new URIType(telUri(contact.value))), new TypeParameter('TelProperty', new ParameterValueType('voice'))],
						new URIType(telUri(contact.value)),
					),
				);
				notes.push(`Téléphone ${contact.value} ${checked}.`);
				break;
			case 'courriel':
				properties.push(new EmailProperty([], new TextType(contact.value)));
				notes.push(`Courriel ${checked}.`);
				break;
			case 'site':
				properties.push(new URLProperty([], new URIType(contact.value)));
				notes.push(`Site web ${checked}.`);
				break;
			case 'adresse': {
				const label = [...contact.lines, `${contact.postalCode} ${contact.city}`].join('\n');
				properties.push(
					new AdrProperty(
						[new LabelParameter(new ParameterValueType(label.replaceAll('\n', ', ')))],
						new SpecialValueType('AdrProperty', [undefined, undefined, new TextType(contact.lines.join(', ')), new TextType(contact.city), undefined, new TextType(contact.postalCode), new TextType('France')]),
					),
				);
				notes.push(`Adresse ${checked}.`);
				break;
			}
			case 'horaires':
				notes.push(`Horaires ${contact.value} (${checked}).`);
				break;
		}
	}
	properties.push(new NoteProperty([], new TextType([`${partner.description}`, ...notes, `Fiche complète ${pageUrl}`].join('\n'))));
	properties.push(new UIDProperty([], new URIType(pageUrl)));
	properties.push(new SourceProperty([], new URIType(new URL(partnerVCardPath(partner.id), siteUrl).href)));
	properties.push(new ProdidProperty([], new TextType(`-//${siteTitle}//annuaire des partenaires//FR`)));
	return withStandardEscapes(new VCARD(properties).repr());
}

/**
 * `vcard4` escapes `:` in text values as `\:`, which RFC 6350 (§ 3.4, ESCAPED-CHAR) does not
 * define, so other readers show the backslash. This unfolds the card, removes that escape, and
 * folds lines again at 75 octets without cutting a UTF-8 character.
 */
export function withStandardEscapes(vcf: string): string {
	const lines = vcf.replace(/\r\n[ \t]/g, '').split('\r\n');
	return lines.map((line) => fold(line.replace(/(?<!\\)((?:\\\\)*)\\:/g, '$1:'))).join('\r\n');
}

function fold(line: string): string {
	const encoder = new TextEncoder();
	const parts: string[] = [];
	let current = '';
	let size = 0;
	for (const character of line) {
		const length = encoder.encode(character).length;
		const limit = parts.length === 0 ? 75 : 74;
		if (size + length > limit) {
			parts.push(current);
			current = '';
			size = 0;
		}
		current += character;
		size += length;
	}
	parts.push(current);
	return parts.join('\r\n ');
}
