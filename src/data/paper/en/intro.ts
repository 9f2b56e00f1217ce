import type { PaperTexts } from '../types';

export const INTRO_EN: PaperTexts['intro'] = {
  overview: {
    title: 'Overview',
    takeaway:
      'A review of Sora’s background, technology, applications, challenges and future directions, built on public reports and reverse engineering.',
    summary:
      '[[sora|Sora]] is a text-to-video generative AI model that OpenAI released in February 2024. From a text description it can produce videos of scenes that are both realistic and imaginative, which the authors see as showing great potential for simulating the real world. Working from public technical reports and reverse engineering of the existing literature, the survey examines the model as a whole: it traces how Sora was developed and the key technologies behind it, explores its applications in fields such as film-making, education and marketing, discusses the main challenges to wide adoption, such as keeping video generation safe and fair, and looks ahead to where Sora and video generation models are heading, including new forms of human–computer interaction.\n\nThe authors aim to help developers and researchers understand Sora, plan to update the paper as its API opens and more details are released, and hope the review helps the open-source community build an open version of Sora together.',
    points: [
      'Sora is a text-to-video model released by OpenAI in February 2024.',
      'The survey relies on public technical reports and reverse engineering of existing literature.',
      'It covers background, key technologies, applications, challenges such as safety and fairness, and future directions.',
      'The authors plan to update the paper as more details about Sora are released.',
      'They hope to help the open-source community develop an open version of Sora.',
    ],
  },
  strengths: {
    title: 'What Sora does well',
    takeaway:
      'Sora follows complex instructions precisely and sustains detailed, coherent videos of up to one minute, beyond earlier short-clip models.',
    summary:
      'Length is one of the strengths the survey finds most striking in [[sora|Sora]]. It can generate videos of up to one minute in which the narrative stays engaging and consistent and the visuals remain coherent from start to finish, and these long videos can depict complex actions and interactions. Earlier attempts mostly concentrated on shorter videos, and earlier models could handle only short clips and basic images, so the paper counts this as a major advance.\n\nThe survey also credits Sora with precise instruction-following: it understands and executes complex human instructions, and it does particularly well with detailed videos in which several characters share a carefully arranged scene. The authors call the result a big leap for AI-driven creative tools, one that lets users turn written stories into vivid videos of unprecedented detail and complexity.',
    points: [
      'Sora understands and executes complex human instructions precisely.',
      'It excels at detailed videos with multiple characters in carefully arranged scenes.',
      'It can generate videos of up to one minute with a consistent, engaging narrative.',
      'Visual coherence holds from start to finish, a major advance over earlier short-video attempts.',
      'It depicts complex actions and interactions, going beyond earlier models limited to short clips and basic images.',
    ],
  },
};
