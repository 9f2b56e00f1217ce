import type { PaperTexts } from '../types';

export const OPPORTUNITIES_EN: PaperTexts['opportunities'] = {
  academia: {
    title: 'Academia',
    takeaway:
      'Sora pushes research towards text-to-video with diffusion and transformers, and shows the value of training on unmodified, native-size data.',
    summary:
      'For researchers, the survey sees OpenAI’s launch of [[sora|Sora]] as a major step in a strategic shift that encourages the AI community to explore text-to-video models more deeply, drawing on diffusion and transformer techniques. The move turns attention to the possibility of creating complex, finely detailed video directly from text descriptions, an area whose exploration the paper links to a revolution in how content is created, stories are told and information is shared.\n\nThe way Sora is trained offers a second lesson. Instead of the conventional practice of resizing or cropping training data, Sora trains on data at its native size. The survey argues that this gives academia a new insight, highlighting the advantages of unmodified datasets and paving the way for more advanced models.',
    points: [
      'Sora marks a strategic push for the AI community to explore text-to-video models in greater depth.',
      'It encourages building on diffusion and transformer techniques.',
      'Attention shifts to generating complex, detailed video directly from text descriptions.',
      'Training on native-size data, rather than resized or cropped data, shows the value of unmodified datasets.',
    ],
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
  },
  society: {
    title: 'Society',
    takeaway:
      'Sora could empower social-media creators, screenwriters and journalists by putting high-quality video production within easy reach.',
    summary:
      'For social-media creators, the paper admits that replacing traditional film-making with text-to-video is still a distant idea, yet [[sora|Sora]] and similar platforms could transform content creation on social media. The current length limit does not undercut their potential to make high-quality video production widely accessible: anyone can make engaging content without expensive equipment, which gives creators on platforms such as TikTok and Reels more power.\n\nFor screenwriters and creatives, written scripts could become videos, short films and animations, helping them show and share ideas more vividly. The survey expects this to change pre-production in film and animation, and how storytellers pitch, develop and refine their stories, with ideas visualised and assessed on the spot.\n\nFor journalists and news organisations, Sora could quickly produce news reports or explainer videos, widening reach and audience engagement. By simulating real environments and scenes, it would help them tell complex stories in video forms that were previously hard or costly to make.',
    points: [
      'Social-media creators: despite the length limit, Sora could bring high-quality video to TikTok and Reels without costly equipment.',
      'The paper acknowledges that replacing traditional film-making with text-to-video is still far off.',
      'Screenwriters and creatives: scripts could become videos, short films and animations, changing how stories are pitched and refined in pre-production.',
      'Journalists and news organisations: fast news reports and explainer videos could widen reach, and simulated real settings could help tell complex stories.',
    ],
  },
};
