import type { PaperTexts } from '../types';

export const APPLICATIONS_EN: PaperTexts['applications'] = {
  film: {
    title: 'Film-making',
    takeaway:
      'Sora’s ease at producing cinematic content heralds democratised film-making, in which anyone could become a film-maker.',
    summary:
      'The survey describes traditional film-making as slow, laborious and expensive, often taking decades and needing advanced equipment and large investments. Advanced video generation opens a new era: making a film automatically from simple text is becoming reality, and researchers have extended video generation models into film-making, starting a new chapter of film generation.\n\nMovieFactory [133], a notable technical step forward, uses diffusion models to turn detailed scripts written by ChatGPT [89] into cinema-style video. MobileVidFactory [134] followed, building vertical mobile videos automatically from a short user text, and Vlogger [135] lets users create one-minute video blogs. For the authors, [[sora|Sora]]’s ease at generating compelling cinematic content heralds an era of democratised film-making: anyone could become a film-maker, the barrier to entry falls sharply, and a new dimension opens in which traditional storytelling blends with AI-driven creativity. These technologies simplify production and, the authors hope, could transform the field, making it more open and diverse and better suited to changing audience tastes and distribution channels.',
    points: [
      'Traditional film-making is described as slow and costly, often taking decades and requiring advanced equipment and heavy investment.',
      'MovieFactory [133], a notable technical advance, uses diffusion models to make cinema-style video from detailed scripts written by ChatGPT [89].',
      'MobileVidFactory [134] then created vertical mobile videos from simple text, and Vlogger [135] produces minute-long video blogs.',
      'The authors see Sora as heralding democratised film-making, lowering the barrier so that anyone could become a film-maker.',
      'These tools simplify production and, the authors hope, could make film-making more open and diverse.',
    ],
    slide: {
      headline: 'Sora heralds democratised film-making: anyone could become a film-maker',
      points: [
        'Traditional film-making: slow, costly, investment-heavy',
        'MovieFactory: cinema-style video from ChatGPT-written scripts',
        'MobileVidFactory: vertical mobile videos from short text',
        'Vlogger: one-minute video blogs',
      ],
    },
  },
  education: {
    title: 'Education',
    takeaway:
      'Video diffusion models turn text and static teaching materials into personalised, dynamic video, which the survey says greatly raises engagement and understanding.',
    summary:
      'According to the survey, education has long relied on static resources that, for all their value, often fail to meet the diverse needs and learning styles of today’s students. Video diffusion models stand at the forefront of an educational revolution: they make learning material customised and animated, greatly raising learners’ engagement and comprehension.\n\nWorks [136, 137, 138, 139], among them [[animatediff|AnimateDiff]], let educators turn text descriptions or course syllabi into lively videos tailored to each student’s style and interests. Image-to-video editing techniques [140, 141, 142], including [[lfdm|LFDM]], offer new ways to convert static educational resources into interactive video that suits different learning preferences and may further boost engagement. Built into content creation, these models let teachers produce videos on many subjects that make complex concepts easier to grasp and appealing to students. The authors present the use of [[sora|Sora]] to upend traditional education as evidence of the game-changing potential of these technologies, and see the shift towards personalised, dynamic content as a new era for education.',
    points: [
      'Static educational resources often fail to serve the diverse needs and learning styles of today’s students.',
      'Text descriptions or syllabi can become engaging videos tailored to each student’s style and interests [136, 137, 138, 139].',
      'Image-to-video editing [140, 141, 142] can turn static teaching materials into interactive videos suited to varied learning preferences, possibly raising engagement further.',
      'Teachers can create videos on diverse topics that make complex concepts more accessible and appealing.',
      'The paper sees Sora as showing the game-changing potential of these technologies, and the shift to personalised, dynamic content as a new era for education.',
    ],
    slide: {
      headline:
        'Video diffusion models personalise teaching material, raising engagement and understanding',
      points: [
        'Static materials often fail diverse learners',
        'Syllabi or text become videos tailored to each student',
        'Image-to-video editing: static material becomes interactive video',
      ],
    },
  },
  gaming: {
    title: 'Gaming',
    takeaway:
      'Real-time generated video and sound could let game worlds change with the player and in-game events, beyond pre-set environments.',
    summary:
      'The survey notes that the gaming industry keeps trying to push the limits of realism and immersion, yet traditional game development is often bound by pre-set environments and scripted events. Diffusion models that generate dynamic, high-definition video and realistic sound in real time promise to lift these limits.\n\nThis opens new ground for developers, who can build game environments that evolve naturally in response to player actions and in-game events [143, 144]: weather that changes on the fly, shifting landscapes, even entirely new scenes, making game worlds more vivid and responsive. Some techniques [145, 146] also generate realistic collision sounds from video input, enriching the audio experience. According to the authors, games that integrate [[sora|Sora]] can create unprecedented immersion that strongly draws players in; this will change how games are developed and played, and open new chapters in storytelling, interaction and immersive experience.',
    points: [
      'Traditional game development is often limited by pre-set environments and scripted events.',
      'Developers can build environments that change with player actions and game events, such as weather, landscapes and new scenes [143, 144].',
      'Some techniques generate realistic collision sounds from video input, enriching game audio [145, 146].',
      'The authors expect Sora-powered games to deliver unprecedented immersion and new chapters in storytelling, interaction and immersive experience.',
    ],
    slide: {
      headline: 'Real-time generated video and sound could free games from preset environments',
      points: [
        'Worlds that change with player actions and events',
        'Shifting weather, landscapes, even new scenes',
        'Realistic collision sounds from video input',
      ],
    },
  },
  healthcare: {
    title: 'Healthcare',
    takeaway:
      'Video diffusion models suit spotting dynamic changes in the body, and transformer-based models such as MedSegDiff-V2 segment images precisely; bringing Sora into clinics raises privacy and ethics challenges.',
    summary:
      'In healthcare, the survey notes, the emphasis is mainly on what video diffusion models can create, but their ability to understand and generate complex video sequences makes them particularly suited to identifying dynamic changes inside the body: early cell apoptosis, skin lesions as they develop, irregular human movements [147, 148, 149]. Spotting such changes is crucial for detecting disease early and intervening.\n\nIn addition, models such as MedSegDiff-V2 [150, 151] use transformers to segment medical images with unprecedented precision, so doctors can pick out critical regions more accurately across imaging modalities.\n\nThe survey argues that bringing [[sora|Sora]] into clinical practice could both streamline diagnosis and, through precise analysis of medical images, give patients tailored treatment plans. It then adds that this integration also brings challenges: robust protection of patient data is needed, and the ethics of medical practice must be taken into account.',
    points: [
      'Video diffusion models are particularly suited to identifying dynamic changes in the body, such as early cell apoptosis, skin lesion progression and irregular movements [147, 148, 149].',
      'Recognising such changes is crucial for early disease detection and intervention.',
      'Transformer-based models like MedSegDiff-V2 [150, 151] segment medical images with unprecedented precision, helping doctors locate key regions across imaging techniques.',
      'Integrating Sora into clinical practice could streamline diagnosis and personalise treatment based on precise imaging analysis.',
      'This integration also brings challenges: robust data-privacy protection and ethical considerations in medical practice.',
    ],
    slide: {
      headline: 'Video diffusion models are especially suited to spotting dynamic bodily changes',
      points: [
        'Key to early disease detection and intervention',
        'MedSegDiff-V2: precise transformer-based segmentation',
        'Sora could streamline diagnosis, personalise treatment',
        'Challenges: data privacy, ethics',
      ],
    },
  },
  robotics: {
    title: 'Robotics',
    takeaway:
      'Video diffusion models strengthen robot perception and decision-making and supply realistic training scenarios where real-world data is scarce.',
    summary:
      'In robotics, the survey says, video diffusion models are opening a new chapter. They can both create and understand complex video, which greatly strengthens robot perception [152, 153], and they can play a key role in decision-making [154, 155, 156], giving robots unprecedented ability to interact and carry out complex tasks. Large-scale diffusion models show great potential for improving robots’ vision and understanding [152]. For example, robots can now use a latent diffusion model to predict, from language instructions, the outcomes of actions in video, so they understand and accomplish tasks better [157].\n\nHighly realistic video sequences produced by these models also address robotics research’s reliance on simulated environments, supplying rich and varied training scenarios and overcoming the scarcity of real-world data [158, 159]. The authors believe that integrating cutting-edge technology such as [[sora|Sora]] into robotics will bring revolutionary progress: drawing on Sora’s capabilities, robotics will make unprecedented leaps, with robots interacting with and navigating their surroundings more naturally.',
    points: [
      'By creating and understanding complex video, video diffusion models can greatly enhance robot perception [152, 153].',
      'They can also play a key role in robot decision-making [154, 155, 156].',
      'A latent diffusion model lets robots predict the outcomes of actions in video from language instructions [157].',
      'Realistic generated videos provide diverse training scenarios, addressing the reliance on simulated environments and the scarcity of real-world data [158, 159].',
      'The authors expect Sora to bring revolutionary progress, letting robots interact with and navigate their surroundings more naturally.',
    ],
    slide: {
      headline: 'Video diffusion models enhance robot perception and aid decision-making',
      points: [
        'Latent diffusion: predicting action outcomes from language instructions',
        'Realistic video eases reliance on simulated environments',
        'Diverse training scenarios where real-world data is scarce',
      ],
    },
  },
};
