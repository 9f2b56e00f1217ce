import type { CitedWork, Model } from '../data/schema';
import {
  arxivUrl,
  SURVEY_ARXIV_ID,
  SURVEY_AUTHORS,
  SURVEY_TITLE,
  SURVEY_URL,
  SURVEY_YEAR,
} from '../data/survey';

export const SURVEY_KEY = 'liu2024sora';

// Braces and backslashes as commands, not `\{`: BibTeX counts every brace, escaped or not, so an
// escaped one would unbalance the field.
const LATEX: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  $: '\\$',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

/** Text as LaTeX reads it literally; line breaks and control characters become one space. */
function escapeBibtex(text: string): string {
  return (
    text
      .replace(/[\p{Cc}\s]+/gu, ' ')
      .trim()
      .replace(/[\\{}%&#_$~^<>]/g, (c) => LATEX[c]!)
      // TeX ligatures (-- ``  '' ?` !`) would print other characters than the ones written.
      .replace(/([-`'?!])(?=[-`'])/g, '$1{}')
  );
}

/**
 * A title with its acronyms and product names braced (MAGVIT, VideoFusion, Tune-A-Video): styles
 * lower-case titles, and any word with a capital after its first letter is a name to keep.
 */
function titleField(title: string): string {
  return escapeBibtex(title)
    .split(' ')
    .map((word) => (/^.+\p{Lu}/u.test(word.replace(/\\[a-z]+\{\}|\\./g, '')) ? `{${word}}` : word))
    .join(' ');
}

/**
 * A URL as a verbatim field takes it: only what would break its braces encoded, and `$`, which
 * some readers (Zotero's parser) take for the start of mathematics even there.
 */
function urlField(url: string): string {
  return url
    .trim()
    .replace(
      /[{}\\\s$]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
    );
}

/** A field left out when its value is empty. */
type Field = [name: string, value: string | false | null | undefined];

function entry(key: string, fields: Field[]): string {
  const lines = fields
    .filter((f): f is [string, string] => Boolean(f[1]))
    .map(([name, value]) => `  ${name} = {${value}},`);
  return [`@misc{${key},`, ...lines, '}'].join('\n') + '\n';
}

const yearIn = (text: string | null) => text?.match(/\b(?:19|20)\d{2}\b/)?.[0];

/** The survey itself. */
export function surveyBibtex(): string {
  return entry(SURVEY_KEY, [
    // Sora is a name: braced, so a style that lower-cases titles keeps its capital.
    ['title', titleField(SURVEY_TITLE).replace(/^Sora\b/, '{Sora}')],
    ['author', SURVEY_AUTHORS.join(' and ')],
    ['year', String(SURVEY_YEAR)],
    ['eprint', SURVEY_ARXIV_ID],
    ['archivePrefix', 'arXiv'],
    ['url', SURVEY_URL],
  ]);
}

/** One work and the rows that cite it. */
interface CitedBy {
  work: CitedWork;
  models: Model[];
}

/** The same arXiv id, or the same title, venue and page whatever the spacing and case: one work. */
function workIdentity(work: CitedWork): string {
  if (work.arxiv) return `arxiv:${work.arxiv}`;
  const norm = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  return JSON.stringify([norm(work.title), norm(work.venue), norm(work.webPage)]);
}

/** The distinct works the rows cite, in the rows' order, each with the rows citing it. */
export function citedWorks(models: readonly Model[]): CitedBy[] {
  const byWork = new Map<string, CitedBy>();
  for (const model of models) {
    if (!model.work) continue;
    const id = workIdentity(model.work);
    const found = byWork.get(id);
    if (found) found.models.push(model);
    else byWork.set(id, { work: model.work, models: [model] });
  }
  return [...byWork.values()];
}

/** A key that does not depend on the rows' order: a paper row's id before an imported one's. */
function keyOf(models: Model[]): string {
  const rank = (m: Model) => `${m.source === 'paper' ? 0 : 1}${m.id}`;
  return models.reduce((a, b) => (rank(b) < rank(a) ? b : a)).id;
}

/** Where the survey cites the work (Table 1, bracket numbers), and which imported rows name it. */
function citedNote(models: Model[]): string {
  const paper = models.filter((m) => m.source === 'paper');
  const imported = models.filter((m) => m.source === 'imported');
  const refs = [...new Set(paper.flatMap((m) => (m.ref === null ? [] : [m.ref])))]
    .sort((a, b) => a - b)
    .map((r) => `[${r}]`);
  const names = (rows: Model[]) => rows.map((m) => m.name).join('; ');
  const citedAs = refs.length ? ` as ${refs.join(', ')}` : '';
  return [
    paper.length > 0 && `Cited${citedAs} in Liu et al. ${SURVEY_YEAR}, Table 1: ${names(paper)}`,
    imported.length > 0 && `Imported row: ${names(imported)}`,
  ]
    .filter(Boolean)
    .join('. ');
}

function workBibtex({ work, models }: CitedBy): string {
  const venueYear = yearIn(work.venue);
  const url = work.arxiv
    ? arxivUrl(work.arxiv)
    : (work.url ?? models.find((m) => m.link)?.link ?? null);
  // A web page is named by its owner and product (OpenAI, Sora): names, kept as written.
  const pageTitle = work.webPage && escapeBibtex(work.webPage).replace(/.+/, '{$&}');
  return entry(keyOf(models), [
    ['title', work.title ? titleField(work.title) : pageTitle],
    ['year', venueYear ?? (work.arxiv && `20${work.arxiv.slice(0, 2)}`)],
    // A venue that is only a year says nothing more than `year`.
    [
      'howpublished',
      work.venue && work.venue.trim() !== venueYear
        ? escapeBibtex(work.venue)
        : work.webPage && 'Web page',
    ],
    ['eprint', work.arxiv],
    ['archivePrefix', work.arxiv && 'arXiv'],
    ['url', url && urlField(url)],
    ['note', escapeBibtex(citedNote(models))],
  ]);
}

/** The BibTeX of a model's cited work; null when it cites none. */
export function modelBibtex(model: Model): string | null {
  return model.work ? workBibtex({ work: model.work, models: [model] }) : null;
}

/** One entry per distinct work the rows cite, in the rows' order, as a `.bib` file. */
export function bibtexFile(models: readonly Model[]): string {
  return citedWorks(models).map(workBibtex).join('\n');
}
