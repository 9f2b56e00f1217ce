// The English catalogue defines the keys; every other language must supply each one (see zh.ts).
export const en = {
  'app.title': 'Sora survey explorer',
  'app.tagline': 'Table 1 and the arguments of the survey, for reading, filtering and presenting.',
  'app.citation':
    'Liu et al., “Sora: A Review on Background, Technology, Limitations, and Opportunities of Large Vision Models”, 2024.',
  'app.arxivLink': 'arXiv:2402.17177',
  'app.skipToContent': 'Skip to content',
  'table.caption': 'Table 1 · Video-generation models surveyed in the paper',
  'table.status': '{shown} of {total} models',
  'col.model': 'Model',
  'col.year': 'Year',
  'col.backbone': 'Backbone',
  'col.task': 'Task',
  'col.group': 'Group',
  'col.ref': 'Ref',
  'backbone.notStated': 'not stated in the paper',
  'ref.none': 'no reference in the paper',
  'note.groupRestored':
    'Group cell restored: the Chinese copy lost it; the published English table reads Google.',
  'note.refIsVideoCrafter2':
    'The paper cites [81], the VideoCrafter2 paper (2024), while this row gives 2023.',
  'note.refTitleSegmentation':
    'The cited work is titled “Diffusion action segmentation”, while the Task cell says Action Detection.',
  'note.citedTwice': 'The paper cites Make-A-Video twice, as [28] and as [164].',
  'note.alsoCitedInEducation': 'Also cited in the Education section of the paper.',
  'note.noReference': 'The paper gives no reference for this row.',
  'note.backboneNotStated': 'The paper does not state a backbone (“-” in Table 1).',
  'scroll.table': 'Model table, scrollable',
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;
