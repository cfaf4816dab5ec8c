import { describe, expect, it } from 'vitest';
import { auditCss, auditHtml, findUnsourcedContacts } from '../../src/security/dist-audit';

const allowed = { phones: new Set(['119', '0473000000']), emails: new Set(['contact@example.fr']) };

describe('privacy audit of the built site', () => {
	it('reports phone numbers and e-mails that no sourced entry contains', () => {
		const text = 'Appelez le 04 73 00 00 00 ou le 06.12.34.56.78, +33 4 73 00 00 00, écrivez à contact@example.fr ou à Jean.Dupont@gmail.com. logo@2x.png';
		expect(findUnsourcedContacts('p.html', text, allowed).map((p) => [p.rule, p.detail])).toEqual([
			['unsourced-phone', '06.12.34.56.78'],
			['unsourced-email', 'Jean.Dupont@gmail.com'],
		]);
	});

	it('does not mistake long numbers or dates for phone numbers', () => {
		expect(findUnsourcedContacts('p.html', 'Budget 40962,12 € ; identifiant 123406123456789 ; 2023-05-01', allowed)).toEqual([]);
	});

	it('reports scripts, styles, fonts, images and frames from another host', () => {
		const html = `<html><head><script src="https://cdn.example/a.js"></script><link rel="stylesheet" href="//fonts.example/x.css"><link rel="canonical" href="https://site.example/"><style>@font-face{src:url(https://fonts.example/f.woff)}</style></head>
			<body><img src="https://img.example/i.png"><img src="/local.png"><iframe src="https://video.example/embed"></iframe><img srcset="/a.png 1x, https://img.example/b.png 2x"></body></html>`;
		expect(auditHtml('p.html', html).map((p) => p.detail)).toEqual([
			'<script src="https://cdn.example/a.js">',
			'<link href="//fonts.example/x.css">',
			'<img src="https://img.example/i.png">',
			'<iframe src="https://video.example/embed">',
			'srcset="/a.png 1x, https://img.example/b.png 2x"',
			'url(https://fonts.example/f.woff)',
		]);
	});

	it('accepts links to other sites, which load nothing until clicked', () => {
		expect(auditHtml('p.html', '<a href="https://www.allo119.gouv.fr/">119</a>')).toEqual([]);
	});

	it('requires noopener on links that open a new tab', () => {
		const html = '<a href="/a" target="_blank">a</a><a href="/b" target="_blank" rel="noopener">b</a><a href="/c" target="_blank" rel="noreferrer">c</a>';
		expect(auditHtml('p.html', html).map((p) => p.rule)).toEqual(['blank-without-noopener']);
	});

	it('finds external imports in stylesheets', () => {
		expect(auditCss('s.css', '@import "https://x.example/a.css"; a{background:url("/ok.png")}').map((p) => p.detail)).toEqual(['@import https://x.example/a.css']);
	});
});
