import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteEvents, type SiteFile } from '~/events/load';

/**
 * `/supports/<path>`: the files named by events (materials, videos, posters, captions,
 * transcripts), copied from the content root's `supports/` folder. Only files an event names are
 * published, so a file left in the folder by mistake stays private.
 */
export const getStaticPaths = (() => siteEvents().files.map((file) => ({ params: { path: file.path }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: SiteFile }> = ({ props }) => new Response(readFileSync(props.file.absolutePath));
