import type { PaperTexts } from '../types';

export const APPLICATIONS_EN: PaperTexts['applications'] = {
  film: {
    title: 'Film-making',
    takeaway:
      'Generating video from simple text could democratise film-making, lowering the barrier so that anyone could become a film-maker.',
    summary:
      'The survey portrays traditional film-making as slow and costly, dependent on advanced equipment and large investments. With advanced video generation, the dream of producing films automatically from simple text input is becoming reality, and researchers have begun extending video generation models into this field.\n\nMovieFactory [133] uses diffusion models to turn detailed scripts written by ChatGPT [89] into cinema-style video; MobileVidFactory [134] builds vertical mobile videos from nothing more than a short user text; and Vlogger [135] lets users create a one-minute video blog. The authors argue that [[sora|Sora]]’s ease at producing engaging cinematic content signals a democratisation of film-making: the barrier to entry drops so far that anyone could become a film-maker, and traditional storytelling merges with AI-driven creativity. They expect these tools to simplify production and make the field more open and diverse, better matched to shifting audience tastes and distribution channels.',
    points: [
      'Traditional film-making is described as time-consuming and expensive, requiring advanced equipment and heavy investment.',
      'MovieFactory [133] uses diffusion models to generate cinema-style video from detailed scripts produced by ChatGPT [89].',
      'MobileVidFactory [134] creates vertical mobile videos from simple text, and Vlogger [135] produces minute-long video blogs.',
      'The authors see Sora as democratising film-making, lowering the barrier to entry so that anyone could become a film-maker.',
    ],
  },
  education: {
    title: 'Education',
    takeaway:
      'Video diffusion models could turn static teaching resources into personalised, dynamic video that raises engagement and understanding.',
    summary:
      'According to the survey, education has long relied on static resources that, for all their value, often fail to meet the diverse needs and learning styles of today’s students. Video diffusion models could make learning material customised and dynamic, improving engagement and comprehension.\n\nWorks [136, 137, 138, 139], among them [[animatediff|AnimateDiff]], let educators turn text descriptions or course syllabi into lively videos tailored to each student’s style and interests. Image-to-video editing techniques [140, 141, 142], including [[lfdm|LFDM]], offer a way to convert static educational resources into interactive video that suits different learning preferences. With these models, teachers could produce videos on many subjects that make complex concepts easier to grasp. The authors present the use of [[sora|Sora]] to reshape traditional education as evidence of the game-changing potential of these technologies, and see the shift towards personalised, dynamic content as the start of a new era for education.',
    points: [
      'Static educational resources often fail to serve the diverse needs and learning styles of today’s students.',
      'Text descriptions or syllabi can become engaging videos tailored to each student’s style and interests [136, 137, 138, 139].',
      'Image-to-video editing [140, 141, 142] can turn static teaching materials into interactive videos suited to varied learning preferences.',
      'Teachers could create videos on diverse topics that make complex concepts more accessible.',
      'The paper sees Sora as showing the game-changing potential of these technologies, and the shift to personalised, dynamic content as a new era for education.',
    ],
  },
  gaming: {
    title: 'Gaming',
    takeaway:
      'Real-time generated video and sound could let game worlds change with the player and in-game events, beyond pre-set environments.',
    summary:
      'The survey notes that the gaming industry keeps pushing the limits of realism and immersion, yet traditional game development is often bound by pre-set environments and scripted events. Diffusion models that generate dynamic, high-definition video and realistic sound in real time could lift these limits.\n\nDevelopers could then build game environments that evolve naturally in response to player actions and in-game events [143, 144]: weather that changes on the fly, shifting landscapes, even entirely new scenes, making game worlds more vivid and responsive. Other techniques [145, 146] generate realistic collision sounds from video input, enriching the audio experience. The authors argue that games integrating [[sora|Sora]] could offer unprecedented immersion that strongly draws players in, changing how games are developed and played and opening new chapters in storytelling, interaction and immersive experience.',
    points: [
      'Traditional game development is often limited by pre-set environments and scripted events.',
      'Diffusion models could create environments that change with player actions and game events, such as weather, landscapes and new scenes [143, 144].',
      'Some techniques generate realistic collision sounds from video input, enriching game audio [145, 146].',
      'The authors expect Sora-powered games to deliver unprecedented immersion and new forms of storytelling and interaction.',
    ],
  },
  healthcare: {
    title: 'Healthcare',
    takeaway:
      'Video diffusion models could track dynamic changes in the body and segment medical images, provided privacy and ethics are addressed.',
    summary:
      'The survey suggests that bringing [[sora|Sora]] into clinical practice could streamline diagnosis and, through precise analysis of medical images, support treatment tailored to each patient.\n\nIt also describes what video diffusion models already offer medicine. Though the emphasis is usually on their creativity, they can both interpret and produce complex video, which suits them to tracking how the body changes over time: early cell apoptosis, skin lesions as they develop, body movements that follow no regular pattern [147, 148, 149]. Catching such changes matters greatly for finding disease early and stepping in. Transformer-based models such as MedSegDiff-V2 [150, 151] segment scans with unprecedented precision, so clinicians can locate critical regions more accurately whatever the imaging modality.\n\nThe authors add a caution: this integration brings its own challenges, namely robust protection of patient data and attention to the ethics of medical practice.',
    points: [
      'Video diffusion models can help detect dynamic changes in the body, such as early cell apoptosis and skin lesion progression [147, 148, 149].',
      'Recognising such changes is crucial for early disease detection and intervention.',
      'Transformer-based models like MedSegDiff-V2 [150, 151] segment medical images precisely, helping doctors locate key regions across imaging techniques.',
      'Integrating Sora into clinical practice could streamline diagnosis and personalise treatment based on precise imaging analysis.',
      'This integration demands strong data-privacy protection and careful attention to ethical issues in medical practice.',
    ],
  },
  robotics: {
    title: 'Robotics',
    takeaway:
      'Video diffusion models could sharpen robot perception and decision-making and supply realistic training scenarios where real-world data is scarce.',
    summary:
      'In robotics, the survey describes video diffusion models as able both to create and to understand complex video, which greatly strengthens robot perception [152, 153] and gives them a key role in decision-making [154, 155, 156], letting robots interact and carry out complex tasks as never before. Large-scale diffusion models show great potential for improving robots’ vision and understanding [152]. For example, robots can now use a latent diffusion model to predict the outcomes of actions in video from language instructions, helping them understand and accomplish tasks [157].\n\nHighly realistic video sequences produced by these models also address the limitation of robotics research relying on simulated environments, supplying rich and varied training scenarios and overcoming the scarcity of real-world data [158, 159]. The authors believe that integrating cutting-edge technology such as [[sora|Sora]] into robotics will bring revolutionary progress, letting robots interact with and navigate their surroundings more naturally.',
    points: [
      'By creating and understanding complex video, video diffusion models can greatly enhance robot perception [152, 153].',
      'They can also play a key role in robot decision-making [154, 155, 156].',
      'A latent diffusion model lets robots predict the outcomes of actions in video from language instructions [157].',
      'Realistic generated videos provide diverse training scenarios, addressing the limitation of relying on simulated environments and overcoming the scarcity of real-world data [158, 159].',
      'The authors expect Sora to help robots interact with and navigate their surroundings more naturally.',
    ],
  },
};
