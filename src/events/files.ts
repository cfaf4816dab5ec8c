import { formatNumber } from '../lib/format';

/**
 * What the site tells about a file before one downloads it: its format in words and its size in
 * French units (« PDF, 240 Ko »), plus the media type a `<video>` or `<track>` needs.
 */

const formats: Record<string, string> = {
	pdf: 'PDF',
	odp: 'Présentation OpenDocument (ODP)',
	pptx: 'Présentation PowerPoint (PPTX)',
	odt: 'Texte OpenDocument (ODT)',
	docx: 'Document Word (DOCX)',
	ods: 'Tableur OpenDocument (ODS)',
	xlsx: 'Tableur Excel (XLSX)',
	txt: 'Texte brut',
	md: 'Texte brut',
	vtt: 'Sous-titres WebVTT',
	webm: 'Vidéo WebM',
	mp4: 'Vidéo MP4',
	mp3: 'Audio MP3',
	jpg: 'Image JPEG',
	jpeg: 'Image JPEG',
	png: 'Image PNG',
	webp: 'Image WebP',
	zip: 'Archive ZIP',
};

const mediaTypes: Record<string, string> = {
	webm: 'video/webm',
	mp4: 'video/mp4',
	vtt: 'text/vtt',
	pdf: 'application/pdf',
};

/** Lower-case extension of a path or URL, without the dot (« pdf »); empty when there is none. */
export function extensionOf(path: string): string {
	const name = path.split(/[?#]/)[0]!.split('/').pop() ?? '';
	const dot = name.lastIndexOf('.');
	return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** « PDF », « Présentation OpenDocument (ODP) »...; the upper-case extension for an unlisted one. */
export function formatOfFile(path: string): string {
	const extension = extensionOf(path);
	return formats[extension] ?? (extension ? extension.toUpperCase() : 'Fichier');
}

/** Media type for `<source type>` (« video/webm »), when known. */
export function mediaTypeOf(path: string): string | undefined {
	return mediaTypes[extensionOf(path)];
}

/** « 820 octets », « 24 Ko », « 1,2 Mo » (powers of 1 024, as file managers show them). */
export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${formatNumber(bytes)} octets`;
	const units = ['Ko', 'Mo', 'Go'];
	let value = bytes / 1024;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit += 1;
	}
	return `${formatNumber(value, value < 10 ? 1 : 0)} ${units[unit]}`;
}
