import { parse, type Entry } from '@retorquere/bibtex-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAPER_MODELS } from '../data/models';
import type { CitedWork, Model } from '../data/schema';
import { arxivUrl } from '../data/survey';
import { bibtexFile, citedWorks, modelBibtex, SURVEY_KEY, surveyBibtex } from './bibtex';

/** Parsed back by an independent parser, as written (no sentence-casing of titles). */
function parseBib(text: string): Entry[] {
  const library = parse(text, { english: false });
  expect(library.errors).toEqual([]);
  return library.entries;
}

const byId = (id: string) => PAPER_MODELS.find((m) => m.id === id)!;

const imported = (id: string, name: string, work: CitedWork | null, link: string | null = null) =>
  ({
    ...byId('imagen-video'),
    id,
    name,
    ref: 7,
    work,
    notes: [],
    source: 'imported',
    link,
    note: null,
  }) satisfies Model;

describe('the survey entry', () => {
  it('names the survey, its twelve authors and its arXiv id', () => {
    const [entry] = parseBib(surveyBibtex());
    expect(entry!.key).toBe(SURVEY_KEY);
    expect(surveyBibtex()).toContain('title = {{Sora}: A Review');
    expect(entry!.fields).toMatchObject({
      title:
        'Sora: A Review on Background, Technology, Limitations, and Opportunities of Large Vision Models',
      year: '2024',
      eprint: '2402.17177',
      archiveprefix: 'arXiv',
      url: 'https://arxiv.org/abs/2402.17177',
    });
    // All twelve, in the paper's order.
    const authors = entry!.fields.author as { lastName: string; firstName: string }[];
    expect(authors).toHaveLength(12);
    expect(authors[0]).toEqual({ lastName: 'Liu', firstName: 'Yixin' });
    expect(authors[2]).toEqual({ lastName: 'Li', firstName: 'Yuan' });
    expect(authors.at(-1)).toEqual({ lastName: 'Sun', firstName: 'Lichao' });
  });
});

describe('a model entry', () => {
  it('gives an arXiv work its eprint, year, link and where the survey cites it', () => {
    const text = modelBibtex(byId('make-a-video'))!;
    expect(text).toContain('archivePrefix = {arXiv}');
    const [entry] = parseBib(text);
    expect(entry).toMatchObject({
      type: 'misc',
      key: 'make-a-video',
      fields: {
        year: '2022',
        eprint: '2209.14792',
        url: 'https://arxiv.org/abs/2209.14792',
        note: 'Cited as [164] in Liu et al. 2024, Table 1: Make-a-video',
      },
    });
  });

  it('braces the names in a title so styles keep their capitals', () => {
    expect(modelBibtex(byId('magvit'))).toContain(
      'title = {{MAGVIT:} masked generative video transformer}',
    );
    expect(modelBibtex(byId('lvd'))).toContain('title = {{LLM-grounded} video diffusion models}');
    const [entry] = parseBib(modelBibtex(byId('tats'))!);
    expect(entry!.fields).toMatchObject({
      title: 'Long video generation with time-agnostic VQGAN and time-sensitive transformer',
      howpublished: 'ECCV 2022',
      year: '2022',
    });
  });

  it('writes a web page as such, with its address', () => {
    const [entry] = parseBib(modelBibtex(byId('sora'))!);
    expect(entry!.fields).toEqual({
      title: 'OpenAI, Sora',
      howpublished: 'Web page',
      url: 'https://openai.com/sora',
      note: 'Cited as [3] in Liu et al. 2024, Table 1: Sora',
    });
  });

  it('leaves out a venue that is only a year', () => {
    const [entry] = parseBib(modelBibtex(byId('tune-a-video'))!);
    expect(entry!.fields.year).toBe('2023');
    expect(entry!.fields.howpublished).toBeUndefined();
  });

  it('has no entry for a model that cites no work', () => {
    expect(modelBibtex(byId('modelscope'))).toBeNull();
  });

  it('parses back for every paper row, fields equal to the data', () => {
    for (const model of PAPER_MODELS) {
      const text = modelBibtex(model);
      if (!model.work) continue;
      const [entry] = parseBib(text!);
      const w = model.work;
      expect(entry!.key).toBe(model.id);
      expect(entry!.fields.title).toBe(w.title ?? w.webPage ?? undefined);
      expect(entry!.fields.eprint).toBe(w.arxiv ?? undefined);
      expect(entry!.fields.url).toBe(w.arxiv ? arxivUrl(w.arxiv) : (w.url ?? undefined));
      expect(entry!.fields.note).toContain(`[${model.ref}]`);
    }
  });
});

describe('the .bib file', () => {
  it('has one entry per distinct work the 45 paper rows cite', () => {
    const entries = parseBib(bibtexFile(PAPER_MODELS));
    const withWork = PAPER_MODELS.filter((m) => m.work);
    expect(entries.map((e) => e.key)).toEqual(withWork.map((m) => m.id));
    expect(new Set(entries.map((e) => e.key)).size).toBe(entries.length);
    expect(entries).toHaveLength(44);
  });

  it('writes a work two rows cite once, with a key that does not depend on the order', () => {
    const twin = imported('aaa-twin', 'Twin', byId('animatediff').work);
    const rows = [twin, byId('animatediff'), byId('sora')];
    for (const order of [rows, [...rows].reverse()]) {
      const entries = parseBib(bibtexFile(order));
      expect(entries.map((e) => e.key).sort()).toEqual(['animatediff', 'sora']);
      const animatediff = entries.find((e) => e.key === 'animatediff')!;
      expect(animatediff.fields.note).toBe(
        'Cited as [138] in Liu et al. 2024, Table 1: AnimateDiff. Imported row: Twin',
      );
    }
    expect(citedWorks(rows)).toHaveLength(2);
  });

  it('is empty when no row cites a work', () => {
    expect(bibtexFile([byId('modelscope')])).toBe('');
  });
});

describe('imported text', () => {
  it('keeps nasty titles, venues and names valid and equal after parsing', () => {
    const nasty = [
      '50% of {braces} & #tags_with $dollars$ \\textbf{not a command}',
      'Unbalanced }} {{{ and a trailing backslash \\',
      '@misc{evil, title={x}} },\n\n note = {injected}',
      '“Curly” "straight" ~tilde^caret <angle> | 中文标题 — dashes -- --- `` \'\' ?` !`',
    ];
    const rows = nasty.map((title, i) =>
      imported(`row-${i}`, title, { title, venue: title, arxiv: null, webPage: null, url: null }),
    );
    const entries = parseBib(bibtexFile(rows));
    expect(entries).toHaveLength(nasty.length);
    entries.forEach((entry, i) => {
      const expected = nasty[i]!.replace(/\s+/g, ' ').trim();
      expect(entry.fields.title).toBe(expected);
      expect(entry.fields.howpublished).toBe(expected);
      expect(entry.fields.note).toBe(`Imported row: ${expected}`);
    });
  });

  it('escapes any text so the file parses back to it (property)', () => {
    // Any text, and text made of what BibTeX and TeX treat specially.
    const special = fc.constantFrom(...'\\{}%&#_$~^<>-`\'?!"@,= \n\tAa中'.split(''));
    const text = fc
      .oneof(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
        fc.string({ unit: special, minLength: 1, maxLength: 40 }),
      )
      .filter((s) => s.trim().length > 0);
    fc.assert(
      fc.property(text, text, fc.webUrl(), (title, name, link) => {
        const row = imported(
          'row',
          name,
          { title, venue: null, arxiv: null, webPage: null, url: null },
          link,
        );
        const [entry, ...rest] = parseBib(bibtexFile([row]));
        const flat = (s: string) => s.replace(/[\p{Cc}\s]+/gu, ' ').trim();
        // The characters the writer percent-encodes in a URL, decoded on both sides.
        const decoded = (url: string) =>
          url.replace(/%(7B|7D|5C|24|20)/gi, (_, hex: string) =>
            String.fromCharCode(parseInt(hex, 16)),
          );
        expect(rest).toEqual([]);
        expect(entry!.fields.title).toBe(flat(title));
        expect(entry!.fields.note).toBe(`Imported row: ${flat(name)}`);
        expect(decoded(entry!.fields.url!)).toBe(decoded(link));
      }),
      { numRuns: 500 },
    );
  });
});
