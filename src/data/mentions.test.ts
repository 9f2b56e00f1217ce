import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import { mentionsOf } from './mentions';
import { PAPER_MODELS } from './models';

const byId = (id: string) => PAPER_MODELS.find((m) => m.id === id)!;
const say = (id: string) => mentionsOf(byId(id)).map((m) => translator('en')(m.text, m.vars));

describe('where else the paper cites a model', () => {
  it('says something known for every paper row', () => {
    for (const model of PAPER_MODELS) expect(mentionsOf(model), model.id).toHaveLength(1);
  });

  it('sends references numbered before section 4 to the background sections', () => {
    expect(say('imagen-video')).toEqual([expect.stringContaining('First cited as [29]')]);
    expect(say('video-ldm')).toEqual([expect.stringContaining('[36]')]);
    expect(say('make-a-video')).toEqual([
      expect.stringMatching(/\[28\].*Table 1 cites it again as \[164\]/),
    ]);
  });

  it('says Table 1 alone cites the works numbered after section 6', () => {
    expect(say('pix2seq-d')).toEqual([expect.stringContaining('Cited only in Table 1 ([160])')]);
    expect(say('lumiere')).toEqual([expect.stringContaining('[191]')]);
  });

  it('tells AnimateDiff and LFDM apart in Education', () => {
    expect(say('animatediff')).toEqual([expect.stringContaining('text descriptions or syllabi')]);
    expect(say('lfdm')).toEqual([expect.stringContaining('image-to-video editing')]);
    expect(mentionsOf(byId('lfdm'))[0]).toMatchObject({ view: 'applications', tab: 'education' });
  });

  it('claims nothing for a row without a reference beyond what the covered sections show', () => {
    expect(say('modelscope')).toEqual([expect.stringContaining('no reference')]);
  });

  it('has nothing to say of imported rows', () => {
    expect(mentionsOf({ ...byId('sora'), id: 'x', source: 'imported' })).toEqual([]);
  });
});
