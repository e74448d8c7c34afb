/** Grading a hotspot question: each region found earns a share of the targets; each decoy picked costs one share; never below 0. */
import type { HotspotQuestion } from '../../content/types.js';
import { type KindGrading, NONE, isStringList } from '../response-shape.js';

export const hotspotGrading: KindGrading<HotspotQuestion> = {
  grade(q, response) {
    const chosen = new Set(isStringList(response) ? response : []);
    const targets = q.regions.filter((r) => r.target);
    if (!targets.length) return NONE;
    const hits = targets.filter((r) => chosen.has(r.id)).length;
    const decoys = q.regions.filter((r) => !r.target && chosen.has(r.id)).length;
    return { score: Math.max(0, (hits - decoys) / targets.length), correct: hits === targets.length && decoys === 0 };
  },
  answerable: (q, r) => isStringList(r) && r.length > 0 && r.every((id) => q.regions.some((x) => x.id === id)),
};
