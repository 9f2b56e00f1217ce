import { NOT_STATED } from './backbones';
import type { CitedWork, Model } from './schema';

// Table 1 of arXiv 2402.17177 ("Summary of Video Generation"), in published order.
// Cited works follow ../shared/seed/references.md. Seven Group cells were lost in the Chinese copy;
// the published English table reads Google for each, recorded here with the note `groupRestored`.

const arxiv = (id: string, title: string | null = null): CitedWork => ({
  title,
  venue: null,
  arxiv: id,
  webPage: null,
  url: null,
});
const paper = (title: string, venue: string | null): CitedWork => ({
  title,
  venue,
  arxiv: null,
  webPage: null,
  url: null,
});
// The address each web page has in the paper's list of references (v2).
const web = (page: string, url: string): CitedWork => ({
  title: null,
  venue: null,
  arxiv: null,
  webPage: page,
  url,
});

const G = 'Generation';
const E = 'Editing';
const D = 'Diffusion';
const AR = 'Auto-regressive';
const MVM = 'Masked Vision Models';
const NS = NOT_STATED;

type PaperRow = Omit<Model, 'source' | 'link' | 'note'>;

const rows: PaperRow[] = [
  { id: 'imagen-video', name: 'Imagen Video', ref: 29, year: 2022, backbone: D, tasks: [G], groups: ['Google'], work: arxiv('2210.02303', 'Imagen video: high definition video generation with diffusion models'), notes: ['groupRestored'] },
  { id: 'pix2seq-d', name: 'Pix2Seq-D', ref: 160, year: 2022, backbone: D, tasks: ['Segmentation'], groups: ['Google Deepmind'], work: paper('A generalist framework for panoptic segmentation of images and videos', 'ICCV 2023'), notes: [] },
  { id: 'fdm', name: 'FDM', ref: 161, year: 2022, backbone: D, tasks: ['Prediction'], groups: ['UBC'], work: paper('Flexible diffusion modeling of long videos', 'NeurIPS 2022'), notes: [] },
  { id: 'maskvit', name: 'MaskViT', ref: 162, year: 2022, backbone: MVM, tasks: ['Prediction'], groups: ['Stanford', 'Salesforce'], work: arxiv('2206.11894', 'MaskViT: masked visual pre-training for video prediction'), notes: [] },
  { id: 'cogvideo', name: 'CogVideo', ref: 163, year: 2022, backbone: AR, tasks: [G], groups: ['THU'], work: arxiv('2205.15868', 'CogVideo: large-scale pretraining for text-to-video generation via transformers'), notes: [] },
  { id: 'make-a-video', name: 'Make-a-video', ref: 164, year: 2022, backbone: D, tasks: [G], groups: ['Meta'], work: arxiv('2209.14792', 'Make-a-video: text-to-video generation without text-video data'), notes: ['citedTwice'] },
  { id: 'magicvideo', name: 'MagicVideo', ref: 165, year: 2022, backbone: D, tasks: [G], groups: ['ByteDance'], work: arxiv('2211.11018', 'MagicVideo: efficient video generation with latent diffusion models'), notes: [] },
  { id: 'tats', name: 'TATS', ref: 166, year: 2022, backbone: AR, tasks: [G], groups: ['University of Maryland', 'Meta'], work: paper('Long video generation with time-agnostic VQGAN and time-sensitive transformer', 'ECCV 2022'), notes: [] },
  { id: 'phenaki', name: 'Phenaki', ref: 167, year: 2022, backbone: MVM, tasks: [G], groups: ['Google Brain'], work: arxiv('2210.02399', 'Phenaki: variable length video generation from open domain textual description'), notes: [] },
  { id: 'gen-1', name: 'Gen-1', ref: 168, year: 2023, backbone: D, tasks: [G, E], groups: ['RunwayML'], work: paper('Structure and content-guided video synthesis with diffusion models', 'ICCV 2023'), notes: [] },
  { id: 'lfdm', name: 'LFDM', ref: 140, year: 2023, backbone: D, tasks: [G], groups: ['PSU', 'UCSD'], work: paper('Conditional image-to-video generation with latent flow diffusion models', 'CVPR 2023'), notes: ['alsoCitedInEducation'] },
  { id: 'text2video-zero', name: 'Text2video-Zero', ref: 169, year: 2023, backbone: D, tasks: [G], groups: ['Picsart'], work: arxiv('2303.13439', 'Text2video-Zero: text-to-image diffusion models are zero-shot video generators'), notes: [] },
  { id: 'video-fusion', name: 'Video Fusion', ref: 170, year: 2023, backbone: D, tasks: [G], groups: ['USAC', 'Alibaba'], work: paper('VideoFusion: decomposed diffusion models for high-quality video generation', 'CVPR 2023'), notes: [] },
  { id: 'pyoco', name: 'PYoCo', ref: 34, year: 2023, backbone: D, tasks: [G], groups: ['Nvidia'], work: paper('Preserve your own correlation: a noise prior for video diffusion models', 'ICCV 2023'), notes: [] },
  { id: 'video-ldm', name: 'Video LDM', ref: 36, year: 2023, backbone: D, tasks: [G], groups: ['University of Maryland', 'Nvidia'], work: paper('Align your latents: high-resolution video synthesis with latent diffusion models', 'CVPR 2023'), notes: [] },
  { id: 'rin', name: 'RIN', ref: 171, year: 2023, backbone: D, tasks: [G], groups: ['Google Brain'], work: arxiv('2212.11972', 'Scalable adaptive computation for iterative generation'), notes: [] },
  { id: 'lvd', name: 'LVD', ref: 172, year: 2023, backbone: D, tasks: [G], groups: ['UCB'], work: arxiv('2309.17444', 'LLM-grounded video diffusion models'), notes: [] },
  { id: 'dreamix', name: 'Dreamix', ref: 173, year: 2023, backbone: D, tasks: [E], groups: ['Google'], work: arxiv('2302.01329', 'Dreamix: video diffusion models are general video editors'), notes: ['groupRestored'] },
  { id: 'magicedit', name: 'MagicEdit', ref: 174, year: 2023, backbone: D, tasks: [E], groups: ['ByteDance'], work: arxiv('2308.14749', 'MagicEdit: high-fidelity and temporally coherent video editing'), notes: [] },
  { id: 'control-a-video', name: 'Control-A-Video', ref: 175, year: 2023, backbone: D, tasks: [E], groups: ['Sun Yat-Sen University'], work: arxiv('2305.13840', 'Control-A-Video: controllable text-to-video generation with diffusion models'), notes: [] },
  { id: 'stablevideo', name: 'StableVideo', ref: 176, year: 2023, backbone: D, tasks: [E], groups: ['ZJU', 'MSRA'], work: paper('StableVideo: text-driven consistency-aware diffusion video editing', 'ICCV 2023'), notes: [] },
  { id: 'tune-a-video', name: 'Tune-A-Video', ref: 78, year: 2023, backbone: D, tasks: [E], groups: ['NUS'], work: paper('Tune-A-Video: one-shot tuning of image diffusion models for text-to-video generation', '2023'), notes: [] },
  { id: 'rerender-a-video', name: 'Rerender-A-Video', ref: 177, year: 2023, backbone: D, tasks: [E], groups: ['NTU'], work: arxiv('2306.07954', 'Rerender a video: zero-shot text-guided video-to-video translation'), notes: [] },
  { id: 'pix2video', name: 'Pix2Video', ref: 178, year: 2023, backbone: D, tasks: [E], groups: ['Adobe', 'UCL'], work: paper('Pix2Video: video editing using image diffusion', 'ICCV 2023'), notes: [] },
  { id: 'instructvid2vid', name: 'InstructVid2Vid', ref: 179, year: 2023, backbone: D, tasks: [E], groups: ['ZJU'], work: arxiv('2305.12328', 'InstructVid2Vid: controllable video editing with natural language instructions'), notes: [] },
  { id: 'diffact', name: 'DiffAct', ref: 180, year: 2023, backbone: D, tasks: ['Action Detection'], groups: ['University of Sydney'], work: paper('Diffusion action segmentation', 'ICCV 2023'), notes: ['refTitleSegmentation'] },
  { id: 'diffpose', name: 'DiffPose', ref: 181, year: 2023, backbone: D, tasks: ['Pose Estimation'], groups: ['Jilin University'], work: paper('DiffPose: spatiotemporal diffusion model for video-based human pose estimation', 'ICCV 2023'), notes: [] },
  { id: 'magvit', name: 'MAGVIT', ref: 182, year: 2023, backbone: MVM, tasks: [G], groups: ['Google'], work: paper('MAGVIT: masked generative video transformer', 'CVPR 2023'), notes: ['groupRestored'] },
  { id: 'animatediff', name: 'AnimateDiff', ref: 138, year: 2023, backbone: D, tasks: [G], groups: ['CUHK'], work: arxiv('2307.04725', 'AnimateDiff: animate your personalized text-to-image diffusion models without specific tuning'), notes: ['alsoCitedInEducation'] },
  { id: 'magvit-v2', name: 'MAGVIT V2', ref: 47, year: 2023, backbone: MVM, tasks: [G], groups: ['Google'], work: arxiv('2310.05737', 'Language model beats diffusion: tokenizer is key to visual generation'), notes: ['groupRestored'] },
  { id: 'generative-dynamics', name: 'Generative Dynamics', ref: 183, year: 2023, backbone: D, tasks: [G], groups: ['Google'], work: arxiv('2309.07906', 'Generative image dynamics'), notes: ['groupRestored'] },
  { id: 'videocrafter', name: 'VideoCrafter', ref: 81, year: 2023, backbone: D, tasks: [G], groups: ['Tencent'], work: paper('VideoCrafter2: overcoming data limitations for high-quality video diffusion models', '2024'), notes: ['refIsVideoCrafter2'] },
  { id: 'zeroscope', name: 'Zeroscope', ref: 184, year: 2023, backbone: NS, tasks: [G], groups: ['EasyWithAI'], work: web('EasyWithAI, Zeroscope', 'https://easywithai.com/ai-video-generators/zeroscope/'), notes: ['backboneNotStated'] },
  { id: 'modelscope', name: 'ModelScope', ref: null, year: 2023, backbone: NS, tasks: [G], groups: ['Damo'], work: null, notes: ['noReference', 'backboneNotStated'] },
  { id: 'gen-2', name: 'Gen-2', ref: 23, year: 2023, backbone: NS, tasks: [G], groups: ['RunwayML'], work: web('Runway research, Gen-2', 'https://research.runwayml.com/gen2'), notes: ['backboneNotStated'] },
  { id: 'pika', name: 'Pika', ref: 22, year: 2023, backbone: NS, tasks: [G], groups: ['Pika Labs'], work: web('Pika Labs', 'https://pika.art/home'), notes: ['backboneNotStated'] },
  { id: 'emu-video', name: 'Emu Video', ref: 185, year: 2023, backbone: D, tasks: [G], groups: ['Meta'], work: arxiv('2311.10709', 'Emu video: factorizing text-to-video generation by explicit image conditioning'), notes: [] },
  { id: 'pixeldance', name: 'PixelDance', ref: 186, year: 2023, backbone: D, tasks: [G], groups: ['ByteDance'], work: arxiv('2311.10982', 'Make pixels dance: high-dynamic video generation'), notes: [] },
  { id: 'stable-video-diffusion', name: 'Stable Video Diffusion', ref: 27, year: 2023, backbone: D, tasks: [G], groups: ['Stability AI'], work: arxiv('2311.15127', 'Stable video diffusion: scaling latent video diffusion models to large datasets'), notes: [] },
  { id: 'walt', name: 'W.A.L.T', ref: 187, year: 2023, backbone: D, tasks: [G], groups: ['Stanford', 'Google'], work: arxiv('2312.06662', 'Photorealistic video generation with diffusion models'), notes: [] },
  { id: 'fairy', name: 'Fairy', ref: 188, year: 2023, backbone: D, tasks: [G, E], groups: ['Meta'], work: arxiv('2312.13834', 'Fairy: fast parallelized instruction-guided video-to-video synthesis'), notes: [] },
  { id: 'videopoet', name: 'VideoPoet', ref: 189, year: 2023, backbone: AR, tasks: [G, E], groups: ['Google'], work: arxiv('2312.14125', 'VideoPoet: a large language model for zero-shot video generation'), notes: ['groupRestored'] },
  { id: 'lgvi', name: 'LGVI', ref: 190, year: 2024, backbone: D, tasks: [E], groups: ['PKU', 'NTU'], work: arxiv('2401.10226', 'Towards language-driven video inpainting via multimodal large language models'), notes: [] },
  { id: 'lumiere', name: 'Lumiere', ref: 191, year: 2024, backbone: D, tasks: [G], groups: ['Google'], work: arxiv('2401.12945', 'Lumiere: a space-time diffusion model for video generation'), notes: ['groupRestored'] },
  { id: 'sora', name: 'Sora', ref: 3, year: 2024, backbone: D, tasks: [G, E], groups: ['OpenAI'], work: web('OpenAI, Sora', 'https://openai.com/sora'), notes: [] },
];

/**
 * The 45 rows of Table 1. The zod schema checks them when the page has loaded (validate-paper.ts,
 * kept out of the first download) and in the unit tests, so a typo fails loudly.
 */
export const PAPER_MODELS: readonly Model[] = Object.freeze(
  rows.map((row): Model => ({ ...row, source: 'paper', link: null, note: null })),
);
