import type { ApplicationId, IntroId, LimitationId, OpportunityId } from '../sections';

/** A work the survey cites outside Table 1 (../shared/seed/references.md). */
export interface CitedRef {
  /** Short name or description as references.md gives it. */
  label: string;
  venue: string | null;
  arxiv: string | null;
  /** Set when the work is a Table 1 model: the citation links to its detail. */
  modelId: string | null;
}

const ref = (
  label: string,
  arxiv: string | null,
  venue: string | null = null,
  modelId: string | null = null,
): CitedRef => ({
  label,
  venue,
  arxiv,
  modelId,
});

export const REFERENCES: Readonly<Record<number, CitedRef>> = {
  89: ref('ChatGPT', null, 'OpenAI'),
  133: ref('MovieFactory', '2306.07257'),
  134: ref('MobileVidFactory', null, 'ACM MM 2023'),
  135: ref('Vlogger', '2401.09414'),
  136: ref('CCEdit', '2309.16496'),
  137: ref('Make-Your-Video', '2306.00943'),
  138: ref('AnimateDiff', '2307.04725', null, 'animatediff'),
  139: ref('Animate-a-Story', '2307.06940'),
  140: ref(
    'LFDM: conditional image-to-video generation with latent flow diffusion models',
    null,
    'CVPR 2023',
    'lfdm',
  ),
  141: ref('Animate Anyone', '2311.17117'),
  142: ref('Make It Move', null, 'CVPR 2022'),
  143: ref('VIDM', null, 'AAAI 2023'),
  144: ref('PVDM', null, 'CVPR 2023'),
  145: ref('Physics-driven diffusion models for impact sound synthesis', null, 'CVPR 2023'),
  146: ref('Dance-to-music generation', '2401.17800'),
  147: ref('Forecasting cell apoptosis', null, 'bioRxiv 2023'),
  148: ref('DermoSegDiff', null, 'PRIME 2023'),
  149: ref('Skeleton-based anomaly detection with diffusion', null, 'ICCV 2023'),
  150: ref('MedSegDiff-V2', '2301.11798'),
  151: ref('Diffusion transformer U-Net for medical image segmentation', null, 'MICCAI 2023'),
  152: ref('DALL-E-Bot', null, 'RA-L 2023'),
  153: ref('StructDiffusion', null, 'CoRL 2022 workshop'),
  154: ref('Diffuser: planning with diffusion', '2205.09991'),
  155: ref('Decision Diffuser', '2211.15657'),
  156: ref('Motion planning diffusion', null, 'IROS 2023'),
  157: ref('Seer', '2303.14897'),
  158: ref('GenAug', '2302.06671'),
  159: ref('CACTI', '2212.05711'),
};

/** The reference numbers each part cites, in the order the paper cites them. */
export const ITEM_CITATIONS: Readonly<
  Record<ApplicationId | LimitationId | OpportunityId | IntroId, readonly number[]>
> = {
  film: [133, 89, 134, 135],
  education: [136, 137, 138, 139, 140, 141, 142],
  gaming: [143, 144, 145, 146],
  healthcare: [147, 148, 149, 150, 151],
  robotics: [152, 153, 154, 155, 156, 157, 158, 159],
  'physical-realism': [],
  'spatial-temporal': [],
  hci: [],
  usage: [],
  academia: [],
  industry: [],
  society: [],
  overview: [],
  strengths: [],
};
