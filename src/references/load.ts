import { loadDataDirectory, type Loaded } from '../content-loading/load-data';
import { ReferenceSchema, type Reference } from '../schemas/reference';

/** Every reference of `bibliographie/` (one YAML file per reference), validated. */
export function loadReferences(root?: string): Loaded<Reference>[] {
	return loadDataDirectory({ directory: 'bibliographie', schema: ReferenceSchema, ...(root ? { root } : {}) });
}
