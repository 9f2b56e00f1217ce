import type { Catalogue } from './en';

export const zh: Catalogue = {
  'app.title': 'Sora 综述浏览器',
  'app.tagline': '论文表 1 与综述要点：查阅、筛选、演示。',
  'app.citation':
    'Liu 等，《Sora: A Review on Background, Technology, Limitations, and Opportunities of Large Vision Models》，2024 年。',
  'app.arxivLink': 'arXiv:2402.17177',
  'app.skipToContent': '跳到正文',
  'table.caption': '表 1 · 论文梳理的视频生成模型',
  'table.status': '显示 {shown} / {total} 个模型',
  'col.model': '模型',
  'col.year': '年份',
  'col.backbone': '主干架构',
  'col.task': '任务',
  'col.group': '机构',
  'col.ref': '文献',
  'backbone.notStated': '论文未注明',
  'ref.none': '论文未给出文献',
  'note.groupRestored': '机构一栏为补录：中文转载版缺失此格，论文英文原表写作 Google。',
  'note.refIsVideoCrafter2':
    '论文引用的 [81] 是 VideoCrafter2 的论文（2024 年），而本行年份写作 2023。',
  'note.refTitleSegmentation':
    '所引文献题为“Diffusion action segmentation”（动作分割），而任务一栏写作动作检测。',
  'note.citedTwice': '论文两次引用 Make-A-Video，编号分别为 [28] 和 [164]。',
  'note.alsoCitedInEducation': '论文“教育”一节也引用了它。',
  'note.noReference': '论文未给出本行的参考文献。',
  'note.backboneNotStated': '论文未注明主干架构（表 1 中为“-”）。',
  'scroll.table': '模型表格（可滚动）',
};
