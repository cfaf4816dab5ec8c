import { loadDataFile } from '../content-loading/load-data';
import { TimelineFileSchema, type TimelineFile } from '../schemas/timeline';

/**
 * Loads and validates a timeline file of the content root (e.g. `cadre/frise.yaml`).
 * @param relativePath path inside the content root
 */
export function loadTimeline(relativePath: string): TimelineFile {
	return loadDataFile(relativePath, TimelineFileSchema);
}
