import type { PaperTexts } from '../types';

export const INTRO_EN: PaperTexts['intro'] = {
  overview: {
    title: 'Overview',
    takeaway:
      'A review of Sora’s background, technology, applications, challenges and future directions, built on public reports and reverse engineering.',
    summary:
      '[[sora|Sora]] is a text-to-video generative AI model that OpenAI released in February 2024. From a text description it can produce videos of realistic or imaginative scenes, which the authors see as showing great potential for simulating the real world. Working from public technical reports and reverse engineering of the existing literature, the survey examines the model as a whole: it traces how Sora was developed and the key technologies behind it, explores its applications in fields such as film-making, education and marketing, discusses the main challenges to wide adoption, such as keeping video generation safe and fair, and looks ahead to where Sora and video generation models are heading, including new forms of human–computer interaction.\n\nThe authors aim to help developers and researchers understand Sora, plan to update the paper as its API opens and more details are released, and hope the review helps the open-source community build an open version of Sora together.',
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
      'Before turning to its limitations, the survey sets out what [[sora|Sora]] does well. It understands and carries out complex human instructions with precision, and it is especially good at detailed videos that feature several characters within carefully arranged scenes.\n\nOne of its most striking traits is length: Sora can produce videos of up to one minute that keep an engaging, consistent narrative throughout. The paper calls this a major advance over earlier attempts, which mostly produced shorter videos, because Sora’s output not only tells a smooth story but also stays visually coherent from start to finish. It can also create long videos showing complex actions and interactions, moving past earlier models that could handle only short clips and basic images. The survey presents this as a big leap for AI-driven creative tools, letting users turn written stories into vivid videos with unprecedented detail and complexity.',
    points: [
      'Sora understands and executes complex human instructions precisely.',
      'It excels at detailed videos with multiple characters in carefully arranged scenes.',
      'It can generate videos of up to one minute with a consistent, engaging narrative.',
      'Visual coherence holds from start to finish, a major advance over earlier short-video attempts.',
      'It depicts complex actions and interactions, going beyond earlier models limited to short clips and basic images.',
    ],
  },
};
