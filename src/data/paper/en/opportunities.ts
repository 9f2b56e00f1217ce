import type { PaperTexts } from '../types';

export const OPPORTUNITIES_EN: PaperTexts['opportunities'] = {
  academia: {
    title: 'Academia',
    takeaway:
      'Sora pushes research towards text-to-video with diffusion and transformers, and shows the value of training on unmodified, native-size data.',
    summary:
      'For researchers, the survey sees OpenAI’s launch of [[sora|Sora]] as a big step towards a strategic shift that encourages the AI community to explore text-to-video models more deeply, drawing on diffusion and transformer techniques. The move is meant to turn attention to the potential of creating complex, finely detailed video directly from text descriptions, an area whose exploration, the paper says, heralds a revolution in how content is created, stories are told and information is shared.\n\nThe way Sora is trained offers a second lesson. Instead of the conventional practice of resizing or cropping training data, Sora trains on data at its native size. The survey argues that this gives academia a new insight, highlighting the advantages of unmodified datasets and paving the way for more advanced models.',
    points: [
      'Sora’s launch is a big step towards encouraging the AI community to explore text-to-video models in greater depth.',
      'It encourages building on diffusion and transformer techniques.',
      'It aims to turn attention to generating complex, detailed video directly from text, which the paper links to a revolution in content creation, storytelling and information sharing.',
      'Training on native-size data, rather than resized or cropped data, gives academia a new insight into the value of unmodified datasets.',
    ],
    slide: {
      headline: 'Sora encourages deeper text-to-video research using diffusion and transformers',
      points: [
        'Focus: complex, detailed video straight from text',
        'Native-size training, not resizing or cropping',
        'Shows the value of unmodified datasets',
      ],
    },
  },
  industry: {
    title: 'Industry',
    takeaway:
      'Sora’s abilities point to broad prospects for video simulation, from building immersive game worlds out of text to letting firms make tailored marketing videos quickly and at lower cost.',
    summary:
      'For industry, the survey reads [[sora|Sora]]’s current abilities as a sign of broad prospects for video simulation, especially for raising realism in both physical and digital domains. Being able to create highly realistic environments from text descriptions opens a promising future for content creation; in game development in particular, it points to building immersive worlds with unprecedented ease and precision.\n\nMarketing is the other strand. Companies could use Sora to respond quickly to market changes by producing customised marketing videos, which would lower production costs and make advertising more appealing and effective. Because Sora can generate highly realistic video from text alone, the paper expects it could transform how brands engage with their audiences, through compelling videos that present the core value of a product or service in new ways.',
    points: [
      'Sora’s abilities suggest broad prospects for video simulation and realism in physical and digital domains.',
      'Game developers could create immersive worlds from text with unprecedented ease and precision.',
      'Companies could quickly produce tailored marketing videos as markets change.',
      'This would cut production costs and make advertising more appealing and effective.',
      'Generating realistic video from text alone could transform how brands engage their audiences.',
    ],
    slide: {
      headline: 'Sora points to broad prospects for video simulation in industry',
      points: [
        'Games: text could build immersive worlds with unprecedented ease',
        'Quick, tailored marketing videos as markets change',
        'Lower production costs, more effective advertising',
      ],
    },
  },
  society: {
    title: 'Society',
    takeaway:
      'Sora has great potential to revolutionise content creation in marketing, news and entertainment, empowering social-media creators, screenwriters and journalists.',
    summary:
      'For social-media creators, the paper grants that replacing traditional film-making with text-to-video is still a distant idea, but holds that [[sora|Sora]] and similar platforms have a revolutionary effect on social-media content. Despite the current length limit, they have the potential to put high-quality video production within everyone’s reach without expensive equipment, empowering creators on TikTok and Reels and opening a new era of creativity and engagement.\n\nScreenwriters and creatives could turn written scripts into videos, short films and animations, showing and sharing ideas more vividly. The survey expects this to transform pre-production in film and animation and how storytellers pitch, develop and refine stories; script development becomes more dynamic and interactive, with ideas visualised and assessed on the spot, a strong tool for innovation and collaboration.\n\nJournalists and news organisations could quickly produce vivid, engaging news reports or explainer videos, greatly widening reach and audience engagement. As a powerful visual storytelling tool that simulates real environments and scenes, Sora helps them tell complex stories in video forms once hard or costly to make. In sum, the authors see great potential in Sora to revolutionise marketing, news and entertainment content creation.',
    points: [
      'Replacing traditional film-making with text-to-video is still far off, but Sora and similar platforms have a revolutionary effect on social-media content creation.',
      'Despite the length limit, these tools could let TikTok and Reels creators make high-quality video without costly equipment.',
      'Screenwriters and creatives: scripts could become videos, short films and animations, changing how stories are pitched, developed and refined in pre-production.',
      'Journalists and news organisations: fast news reports and explainer videos could widen reach, and simulated real settings could help tell complex stories.',
      'Overall, the authors see great potential in Sora to revolutionise marketing, news and entertainment content creation.',
    ],
    slide: {
      headline: 'Sora could reshape marketing, news, entertainment content',
      points: [
        'Replacing traditional film-making: distant',
        'Social-media creators: potentially quality video, no costly equipment',
        'Screenwriters: scripts could become videos, short films, animations',
        'Journalists: quick news and explainers',
      ],
    },
  },
};
