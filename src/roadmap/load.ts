import { loadDataFile } from '../content-loading/load-data';
import { RoadmapFileSchema, type RoadmapFile } from '../schemas/roadmap';

/** The network's timeline, `dispositif/retroplanning.yaml` of the content root, validated. */
export function loadRoadmap(root?: string, relativePath = 'dispositif/retroplanning.yaml'): RoadmapFile {
	return loadDataFile(relativePath, RoadmapFileSchema, root);
}
