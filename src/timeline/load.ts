import { loadDataFile } from '../content-loading/load-data';
import { TimelineFileSchema, type TimelineFile } from '../schemas/timeline';

/**
 * Loads and validates a timeline file of the content root (e.g. `cadre/frise.yaml`).
 * @param relativePath path inside the content root
 * @param root content root (default: `contentRoot()`)
 */
export function loadTimeline(relativePath: string, root?: string): TimelineFile {
	return loadDataFile(relativePath, TimelineFileSchema, root);
}
