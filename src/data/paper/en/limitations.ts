import type { PaperTexts } from '../types';

export const LIMITATIONS_EN: PaperTexts['limitations'] = {
  'physical-realism': {
    title: 'Physical realism',
    takeaway:
      'As a simulator, Sora applies physical rules inconsistently in complex scenes, so cause and effect, motion and object interactions can go wrong.',
    summary:
      'Viewed as a simulation platform, [[sora|Sora]] has some limitations in physical realism when it comes to reproducing complex situations accurately, the survey finds. The most notable is that in complex scenes it applies physical rules inconsistently and sometimes fails to simulate a specific instance of cause and effect. A cookie, for example, may be bitten and still show no clear bite mark, a sign that the system now and then departs from what is physically plausible.\n\nThe same problem reaches motion. Sora sometimes produces movement that real physics would not allow, such as objects bending out of shape unnaturally or rigid structures like chairs being simulated incorrectly, so the physical interactions on screen come out unrealistic. The problems are more evident when complex interactions between objects and characters are simulated, where the result occasionally tilts towards the humorous.',
    points: [
      'In complex scenes Sora applies physical rules inconsistently and can miss specific cause-and-effect links.',
      'Example: a cookie that has been eaten may show no visible bite mark.',
      'Motion can break real physics, with objects deforming unnaturally.',
      'Rigid structures such as chairs may be simulated incorrectly, giving unrealistic physical interactions.',
      'The problems are more evident in complex interactions between objects and characters, which occasionally come out comic.',
    ],
    slide: {
      headline: 'Sora applies physical rules inconsistently in complex scenes',
      points: [
        'Cause and effect: an eaten cookie may lack bite marks',
        'Motion: objects sometimes deform unnaturally; chairs simulated wrongly',
        'Complex object–character interactions occasionally turn comical',
      ],
    },
  },
  'spatial-temporal': {
    title: 'Spatial and temporal complexity',
    takeaway:
      'Sora can misplace things in space, lose the planned order of events, and occasionally add unrelated animals or people to complex scenes.',
    summary:
      '[[sora|Sora]] also struggles with where things should be and when things should happen. On the spatial side, it sometimes misreads instructions about how objects and characters are to be placed or arranged in a scene, confusing directions, for instance by swapping left and right. On the temporal side, it can find it hard to keep events in their intended order; especially when asked to follow particular camera movements or a given sequence of scenes, it may wander away from the planned timeline.\n\nCrowded scenes add another failure. When many characters or elements are involved, Sora occasionally inserts animals or people that have nothing to do with the scene, which can substantially change the intended setting and mood and pull the result away from the planned narrative or visual layout. According to the survey, these errors reduce both how accurately the model reproduces a specific scene or story and how reliably its output matches what users expect and stays coherent.',
    points: [
      'Placement instructions can be misread, producing directional mix-ups such as left and right being swapped.',
      'The order of events can slip, especially when following specific camera movements or scene sequences.',
      'In scenes with many characters or elements, unrelated animals or people may appear.',
      'Such additions can change the intended setting and mood and depart from the planned narrative or layout.',
      'Both accuracy and the reliability of matching user expectations and staying coherent suffer as a result.',
    ],
    slide: {
      headline: 'Sora sometimes confuses where things are and when things happen',
      points: [
        'Left and right can be swapped',
        'Timeline may drift with specified camera moves, scene order',
        'Busy scenes occasionally gain unrelated animals, people',
      ],
    },
  },
  hci: {
    title: 'Human–computer interaction',
    takeaway:
      'Refining a generated video is hard: fine details are difficult to control, and complex or subtle instructions may be misunderstood.',
    summary:
      'For all the promise [[sora|Sora]] shows in video generation, the survey finds notable limitations in human–computer interaction. They lie mainly in the coherence and efficiency of working with the system, and are sharpest when a user wants to rework or polish generated content in detail: the fine points of an action, or how one scene gives way to the next, can be difficult to pin down or adjust exactly.\n\nIts grasp of language is limited as well. Complex verbal instructions and subtle shades of meaning are not always understood, so the video may not fully deliver what the user expected or needed. Together, these shortcomings narrow what Sora can offer for editing and enhancing video and leave users less satisfied overall.',
    points: [
      'Interaction lacks coherence and efficiency, especially when users try to modify or refine generated content in detail.',
      'Users may find it hard to specify or adjust particular elements precisely, such as action details or scene transitions.',
      'Sora shows limits in understanding complex instructions and subtle semantic differences.',
      'The output may therefore fall short of what users expect or need.',
      'These limits restrict editing and enhancement uses and reduce user satisfaction.',
    ],
    slide: {
      headline: 'Sora’s videos are hard to refine in detail',
      points: [
        'Action details, scene transitions may be hard to set',
        'Limited grasp of complex instructions and subtle semantics',
        'Limits editing and enhancement; lowers user satisfaction',
      ],
    },
  },
  usage: {
    title: 'Usage limits',
    takeaway:
      'OpenAI is cautious about releasing Sora publicly, and its videos run one minute at most, which makes longer content hard to produce.',
    summary:
      'Access is the first constraint. OpenAI has been cautious about when [[sora|Sora]] will open to the public, stressing that safety and readiness must be ensured before a wide rollout. The survey takes this to mean that Sora still needs further refinement and testing in areas such as safety, privacy protection and content review.\n\nLength is the second. Generated videos currently last one minute at most, and most of the published examples run only a few tens of seconds. That makes Sora hard to use wherever longer content is needed, such as detailed tutorial videos or in-depth storytelling, and so reduces its flexibility for content creation.',
    points: [
      'OpenAI is cautious about the public release date, stressing safety and readiness before a broad rollout.',
      'Safety, privacy protection and content review still need further refinement and testing.',
      'Videos last at most one minute, and most published examples are only tens of seconds long.',
      'Longer formats such as detailed tutorials or in-depth storytelling are therefore hard to produce.',
    ],
    slide: {
      headline: 'Cautious release and one-minute cap limit Sora’s use',
      points: [
        'Safety, privacy and content review need further testing',
        'Most published videos last only tens of seconds',
        'Long tutorials or in-depth stories hard to produce',
      ],
    },
  },
};
