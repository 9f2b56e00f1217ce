import type { PaperTexts } from '../types';

export const INTRO_EN: PaperTexts['intro'] = {
  overview: {
    title: 'Overview',
    takeaway:
      'A review of Sora’s background, technology, applications, challenges and future directions, built on public reports and reverse engineering.',
    summary:
      '[[sora|Sora]] is a text-to-video generative AI model that OpenAI released in February 2024. From text instructions it can produce videos of scenes that are both realistic and imaginative, which the authors see as showing great potential for simulating the real world. Working from public technical reports and reverse engineering, the survey examines it as a whole: it traces how Sora was developed and the key technologies behind this “world simulator”, explores its potential uses and impact in fields such as film-making, education and marketing, discusses the main challenges to wide adoption, such as keeping video generation safe and unbiased, and looks ahead to where Sora and video generation models are heading, including how these advances open new forms of human–computer interaction and make video creation more efficient and inventive.\n\nThe authors aim to help developers and researchers understand Sora’s capabilities and related work, and plan to update the paper as its API opens and more details emerge. They hope the review helps the open-source community build an open version of Sora together, democratising automatic video creation in the age of AI-generated content, and they invite discussion, suggestions and collaboration.',
    points: [
      'Sora is a text-to-video model released by OpenAI in February 2024.',
      'The survey relies on public technical reports and reverse engineering of existing literature.',
      'It covers background, key technologies, applications, challenges such as safety and fairness, and future directions, including new forms of human–computer interaction.',
      'The authors plan to update the paper as Sora’s API opens and more details are released.',
      'They hope to help the open-source community develop an open version of Sora and democratise automatic video creation.',
    ],
    slide: {
      headline: 'A review of Sora from public technical reports and reverse engineering',
      points: [
        'Sora: OpenAI’s text-to-video model, February 2024',
        'Traces its development and key technologies',
        'Applications, challenges such as safety and fairness, future trends',
      ],
    },
  },
  strengths: {
    title: 'What Sora does well',
    takeaway:
      'Sora follows complex instructions precisely and sustains detailed, coherent videos of up to one minute, beyond earlier short-clip models.',
    summary:
      'The survey credits [[sora|Sora]] with a precise understanding and execution of complex human instructions, and finds it especially good at detailed videos in which several characters share a carefully arranged scene.\n\nOne of its most striking features is length: Sora can generate videos of up to one minute whose narrative stays consistent and engaging. Earlier attempts mostly concentrated on shorter videos, so the paper counts this as a major advance, since Sora’s videos not only flow as stories but also stay visually coherent from start to finish. Sora can also create long videos depicting complex actions and interactions, going beyond earlier models that could handle only short clips and basic images. The authors call this progress a big leap for AI-driven creative tools, one that lets users turn written stories into vivid videos of unprecedented detail and complexity.',
    points: [
      'Sora understands and executes complex human instructions precisely.',
      'It excels at detailed videos with multiple characters in carefully arranged scenes.',
      'It can generate videos of up to one minute with a consistent, engaging narrative.',
      'Visual coherence holds from start to finish, a major advance over earlier short-video attempts.',
      'It depicts complex actions and interactions, going beyond earlier models limited to short clips and basic images.',
    ],
    slide: {
      headline: 'Sora makes detailed, coherent videos up to one minute long',
      points: [
        'Follows complex human instructions precisely',
        'Multiple characters in carefully arranged, detailed scenes',
        'Complex actions and interactions, beyond earlier models’ short clips',
      ],
    },
  },
};
