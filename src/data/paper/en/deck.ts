import type { DeckTexts } from '../types';

export const DECK_EN: DeckTexts = {
  conclusion: {
    headline: 'A review to help developers and researchers understand Sora',
    points: [
      'Built on published reports and reverse engineering',
      'Will be updated as Sora’s API opens',
      'Hope: a community-built open-source Sora, democratising automatic video creation',
    ],
    notes:
      'The authors end by restating what the survey is for: a broad look at Sora that should give developers and researchers a deeper grasp of its capabilities and of the work around it. Because it rests on a study of the published technical reports and on reverse engineering from the existing literature, they intend to keep revising it as Sora’s API opens up and more details come out. They hope it proves useful to the open-source research community and helps that community build an open-source version of Sora together, bringing automatic video creation within everyone’s reach in the era of AI-generated content (AIGC). They close by welcoming discussion, suggestions and collaboration.',
  },
};
