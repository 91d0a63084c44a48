import { AIMS } from '../../data/schemas/vocab';
import type { GemeenteProfile } from '../profile/gemeente-profile';

type Aim = (typeof AIMS)[number];

/** Per aim, the gemeenten (names, sorted) whose current lines the source assigns to it, and those only the editors assigned. */
export interface AimCount {
  aim: Aim;
  bySource: string[];
  byEditors: string[];
}

/** How many gemeenten of 2024 have current plans or spending lines per aim, counted once per build. */
export interface AimsAcross {
  /** Gemeenten of 2024 (the base of the coverage counts). */
  all: number;
  /** Gemeenten of 2024 with at least one current plan or spending line: the base of these counts. */
  base: number;
  perAim: AimCount[];
  /** Gemeenten with a line whose aim is not clear. */
  none: string[];
  /** The sources of the lines counted. */
  bronIds: string[];
  /** Gemeenten of 2024 outside the base of which something else is known: the chart says so, never "geen plan bekend". */
  otherFacts: number;
}

const names = (list: GemeenteProfile[]) => list.map((p) => p.gemeente.naam).sort((a, b) => a.localeCompare(b, 'nl'));

/**
 * Gemeenten per aim of their current lines. An aim the source names (doel_door = bron) and an aim
 * the editors assigned (redactie) are counted apart, never as one; a gemeente counted by its source
 * for an aim is not counted again for the editors' assignment.
 */
export function aimsAcross(profiles: Iterable<GemeenteProfile>): AimsAcross {
  const current = [...profiles].filter((p) => p.gemeente.geldig_tot === null);
  const withLines = current.filter((p) => p.current.length > 0);
  const having = (test: (b: GemeenteProfile['current'][number]) => boolean) =>
    withLines.filter((p) => p.current.some(test));
  const perAim = AIMS.map((aim) => {
    const bySource = having((b) => b.doel === aim && b.doel_door === 'bron');
    const byEditors = having((b) => b.doel === aim && b.doel_door === 'redactie').filter((p) => !bySource.includes(p));
    return { aim, bySource: names(bySource), byEditors: names(byEditors) };
  });
  return {
    all: current.length,
    base: withLines.length,
    perAim,
    none: names(having((b) => b.doel === null)),
    bronIds: withLines.flatMap((p) => p.current.map((b) => b.bron)),
    otherFacts: current.filter(
      (p) => p.current.length === 0 && ['bedragen', 'besluiten', 'genoemd'].includes(p.coverage),
    ).length,
  };
}
