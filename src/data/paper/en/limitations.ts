import type { PaperTexts } from '../types';

export const LIMITATIONS_EN: PaperTexts['limitations'] = {
  'physical-realism': {
    title: 'Physical realism',
    takeaway:
      'As a simulator, Sora applies physical rules unevenly, so cause and effect, motion and object interactions can go wrong.',
    summary:
      'Viewed as a simulation platform, [[sora|Sora]] has trouble reproducing complex situations accurately. The most visible problem is that it applies the rules of physics inconsistently in complex scenes and sometimes fails to simulate specific instances of cause and effect: someone can eat a cookie, yet the cookie may show no bite mark afterwards. The paper reads such cases as the system occasionally drifting away from physical plausibility.\n\nThe same weakness reaches motion. Sora can generate movements that real physics would not allow, such as objects deforming unnaturally or rigid structures like chairs being simulated incorrectly, which leads to unrealistic physical interactions. The trouble grows when a scene calls for complex interplay between objects and characters, where the outcome occasionally leans towards the comic rather than the realistic.',
    points: [
      'In complex scenes Sora applies physical rules inconsistently and can miss specific cause-and-effect links.',
      'Example: a cookie that has been eaten may show no visible bite mark.',
      'Motion can break real physics, with objects deforming unnaturally.',
      'Rigid structures such as chairs may be simulated incorrectly, giving unrealistic physical interactions.',
      'Complex interactions between objects and characters are hardest and occasionally come out comic.',
    ],
  },
  'spatial-temporal': {
    title: 'Spatial and temporal complexity',
    takeaway:
      'Sora can misplace things in space, lose the planned order of events, and add unrelated figures to crowded scenes.',
    summary:
      '[[sora|Sora]] also struggles with where things should be and when things should happen. On the spatial side, it sometimes misreads instructions about how objects and characters are to be placed or arranged in a scene, confusing directions, for instance by swapping left and right. On the temporal side, it can find it hard to keep events in their intended order; especially when asked to follow particular camera movements or a given sequence of scenes, it may wander away from the planned timeline.\n\nCrowded scenes add another failure. When many characters or elements are involved, Sora occasionally inserts animals or people that have nothing to do with the scene, which can substantially change the intended setting and mood and pull the result away from the planned narrative or visual layout. According to the survey, these errors reduce both how accurately the model reproduces a specific scene or story and how reliably its output matches what users expect and stays coherent.',
    points: [
      'Placement instructions can be misread, producing directional mix-ups such as left and right being swapped.',
      'The order of events can slip, especially when following specific camera movements or scene sequences.',
      'In scenes with many characters or elements, unrelated animals or people may appear.',
      'Such additions can change the intended setting and mood and depart from the planned narrative or layout.',
      'Both accuracy and reliable alignment with user expectations suffer as a result.',
    ],
  },
  hci: {
    title: 'Human–computer interaction',
    takeaway:
      'Refining a generated video is hard: fine details are difficult to control, and complex or subtle instructions may be misunderstood.',
    summary:
      'Despite its promise for video generation, [[sora|Sora]] has notable limits in human–computer interaction. The survey locates them mainly in how coherently and efficiently a user can work with the system, above all when trying to make detailed changes to, or refine, content that has already been generated. A user may find it hard to state or adjust precisely how a particular element of the video is shown, for example the fine details of an action or the transition from one scene to the next.\n\nA second problem is language understanding. Sora shows limits in grasping complex verbal instructions and in picking up subtle differences in meaning, so the resulting video may not fully meet what the user wanted or needed. Taken together, these issues hold back Sora’s potential for video editing and enhancement and lower overall user satisfaction.',
    points: [
      'Interaction lacks coherence and efficiency, especially when users try to modify or refine generated content in detail.',
      'Precisely specifying or adjusting particular elements, such as action details or scene transitions, is difficult.',
      'Sora shows limits in understanding complex instructions and subtle semantic differences.',
      'The output may therefore fall short of what users expect or need.',
      'These limits restrict editing and enhancement uses and reduce user satisfaction.',
    ],
  },
  usage: {
    title: 'Usage limits',
    takeaway:
      'OpenAI is cautious about releasing Sora publicly, and its videos run one minute at most, which rules out longer content.',
    summary:
      'Access is the first constraint. OpenAI has been cautious about when [[sora|Sora]] will open to the public, stressing that safety and readiness must be ensured before a wide rollout. The survey takes this to mean that Sora still needs further refinement and testing in areas such as safety, privacy protection and content review.\n\nLength is the second. Generated videos currently last one minute at most, and most of the published examples run only a few tens of seconds. That makes Sora hard to use wherever longer content is needed, such as detailed tutorial videos or in-depth storytelling, and so reduces its flexibility for content creation.',
    points: [
      'OpenAI is cautious about the public release date, stressing safety and readiness before a broad rollout.',
      'Safety, privacy protection and content review still need further refinement and testing.',
      'Videos last at most one minute, and most published examples are only tens of seconds long.',
      'Longer formats such as detailed tutorials or in-depth storytelling are therefore hard to produce.',
    ],
  },
};
