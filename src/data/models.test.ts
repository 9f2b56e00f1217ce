import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PAPER_MODELS } from './models';
import { modelListSchema } from './schema';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const fixture = readFileSync(here('./table1.seed.txt'), 'utf8');
const seedFile = here('../../../shared/seed/000_53f5c5cffc3b908f.txt');
const sharedReferences = here('../../../shared/seed/references.md');

/** The seven Group cells the Chinese copy lost; the published English table reads Google. */
const RESTORED = [
  'Imagen Video',
  'Dreamix',
  'MAGVIT',
  'MAGVIT V2',
  'Generative Dynamics',
  'VideoPoet',
  'Lumiere',
];
const DEBRIS = / ?Sora Generated Videos?$/;

interface SeedRow {
  name: string;
  ref: number | null;
  year: number;
  backbone: string;
  tasks: string[];
  groups: string[];
}

const list = (cell: string) =>
  cell
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** Reads the table lines of the seed (`Name[ref] | Year | Backbone | Task | Group |`). */
function parseSeedTable(text: string): SeedRow[] {
  return text
    .split('\n')
    .filter((line) => /^\S.*\| (19|20)\d\d \|/.test(line))
    .map((line) => {
      const [nameCell = '', year = '', backbone = '', task = '', group = ''] = line
        .split('|')
        .map((c) => c.trim());
      const match = /^(.*?)(?:\[(\d+)\])?$/.exec(nameCell);
      return {
        name: match?.[1] ?? nameCell,
        ref: match?.[2] ? Number(match[2]) : null,
        year: Number(year),
        backbone,
        tasks: list(task),
        groups: list(group.replace(DEBRIS, '')),
      };
    });
}

describe('Table 1 dataset', () => {
  const seed = parseSeedTable(fixture);

  it('has the 45 published rows and passes its schema', () => {
    expect(seed).toHaveLength(45);
    expect(PAPER_MODELS).toHaveLength(45);
    expect(modelListSchema.safeParse(PAPER_MODELS).success).toBe(true);
  });

  it('matches the seed cell by cell, in published order', () => {
    PAPER_MODELS.forEach((model, i) => {
      const row = seed[i]!;
      const groups = RESTORED.includes(row.name) ? ['Google'] : row.groups;
      expect({ ...row, groups }).toEqual({
        name: model.name,
        ref: model.ref,
        year: model.year,
        backbone: model.backbone,
        tasks: model.tasks,
        groups: model.groups,
      });
    });
  });

  it('restores exactly the seven lost Group cells and notes them', () => {
    const empty = seed.filter((r) => r.groups.length === 0).map((r) => r.name);
    expect(empty).toEqual(RESTORED);
    const noted = PAPER_MODELS.filter((m) => m.notes.includes('groupRestored')).map((m) => m.name);
    expect(noted).toEqual(RESTORED);
  });

  it('keeps the published facts the seed README calls out', () => {
    const byName = new Map(PAPER_MODELS.map((m) => [m.name, m]));
    expect(byName.get('ModelScope')?.ref).toBeNull();
    expect(PAPER_MODELS.filter((m) => m.backbone === '-').map((m) => m.name)).toEqual([
      'Zeroscope',
      'ModelScope',
      'Gen-2',
      'Pika',
    ]);
    expect(byName.get('Sora')?.groups).toEqual(['OpenAI']);
    expect(byName.get('MaskViT')?.groups).toEqual(['Stanford', 'Salesforce']);
    expect(byName.get('VideoCrafter')).toMatchObject({
      ref: 81,
      year: 2023,
      notes: ['refIsVideoCrafter2'],
    });
    expect(byName.get('DiffAct')).toMatchObject({
      tasks: ['Action Detection'],
      notes: ['refTitleSegmentation'],
    });
    expect(byName.get('Make-a-video')?.notes).toContain('citedTwice');
    expect(byName.get('LFDM')?.notes).toContain('alsoCitedInEducation');
    expect(byName.get('AnimateDiff')?.notes).toContain('alsoCitedInEducation');
  });

  it('links cited works to arXiv where references.md gives an id', () => {
    const withArxiv = PAPER_MODELS.filter((m) => m.work?.arxiv).map(
      (m) => `${m.name} ${m.work?.arxiv}`,
    );
    expect(withArxiv).toContain('Imagen Video 2210.02303');
    expect(withArxiv).toContain('Lumiere 2401.12945');
    expect(withArxiv).toHaveLength(25);
  });

  // A fresh clone elsewhere has no ../shared: the test then says it was skipped, never passes unread.
  // CI and developers have it, and then the copy must not drift.
  it.skipIf(!existsSync(seedFile))('copies the seed table verbatim from ../shared', () => {
    const lines = readFileSync(seedFile, 'utf8').split('\n');
    const start = lines.findIndex((l) => l.startsWith('Model name |'));
    expect(lines.slice(start, start + 46).join('\n') + '\n').toBe(fixture);
  });
});

describe('cited works', () => {
  const refs = readFileSync(here('./references.seed.md'), 'utf8');

  it.skipIf(!existsSync(sharedReferences))('copy references.md verbatim from ../shared', () => {
    expect(refs).toBe(readFileSync(sharedReferences, 'utf8'));
  });

  const table = refs.slice(refs.indexOf('## Table 1'), refs.indexOf('## Works cited'));
  const rows = table
    .split('\n')
    .filter((l) => /^\| [^-]/.test(l) && !l.startsWith('| model'))
    .map((l) => l.split('|').map((c) => c.trim()));

  it('follows references.md row by row: ref number and arXiv id', () => {
    expect(rows).toHaveLength(45);
    rows.forEach(([, name, ref, work = ''], i) => {
      const model = PAPER_MODELS[i]!;
      expect(model.name.toLowerCase()).toBe(name?.toLowerCase());
      expect(model.ref === null ? 'none' : String(model.ref)).toBe(ref);
      expect(model.work?.arxiv ?? null).toBe(/arXiv (\d{4}\.\d{4,5})/.exec(work)?.[1] ?? null);
    });
  });
});
