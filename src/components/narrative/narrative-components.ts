import type { NarrativeComponentName } from '../../data/narratives/narrative-components';
import SourceLink from './SourceLink.astro';
import DecisionLink from './DecisionLink.astro';

/** The components a narrative is rendered with: exactly the names the narrative check allows. */
export const narrativeComponents: Record<NarrativeComponentName, unknown> = { Bron: SourceLink, Besluit: DecisionLink };
