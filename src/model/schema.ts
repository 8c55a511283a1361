// The data model of claimgraph: zod schemas for every node kind and edge kind, and the one table of
// which endpoint kinds each edge kind allows. Types, validation, the JSON Schema, the viewer legend
// and the exports all read from this file.
import { z } from 'zod';

/** Node kinds, in the order the viewer's legend and the exports list them. */
export const NODE_KINDS = ['question', 'claim', 'obstacle', 'source', 'work', 'stage', 'figure', 'brief'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** What each node kind is, in one sentence (legend, `--help`, JSON Schema descriptions). */
export const NODE_KIND_INFO: Record<NodeKind, { title: string; description: string }> = {
  question: { title: 'Question', description: 'The research question a brief answers.' },
  claim: { title: 'Claim', description: "One assertion, in the curator's words, grounded in a sentence of the brief." },
  obstacle: {
    title: 'Obstacle',
    description: 'A factor that stops cases becoming prosecutions or convictions, or stops anyone measuring the rate.',
  },
  source: { title: 'Source', description: "A brief's citation: its marker [n], local to that brief, and what the brief says of it." },
  work: { title: 'Work', description: 'A document in the world (a report, an article, a page): one node however many briefs cite it.' },
  stage: { title: 'Stage', description: 'A step of the enforcement pipeline.' },
  figure: {
    title: 'Figure',
    description: 'A published number at a stage of the pipeline, with what it counts, over which population and period.',
  },
  brief: { title: 'Brief', description: 'A research brief: its text, and the question, claims and sources curated from it.' },
};

/** Kinds whose every node belongs to one brief (its `brief` field): nothing of one brief attaches to another's. */
export const BRIEF_SCOPED_KINDS = ['question', 'claim', 'source'] as const satisfies readonly NodeKind[];
/** Kinds that may belong to a brief or, without `brief`, to the library every brief shares. */
export const LIBRARY_KINDS = ['obstacle', 'stage', 'figure'] as const satisfies readonly NodeKind[];

/**
 * A node id is its kind, a colon, and a readable slug: `claim:no-national-rate`, `source:1`. A slug may have segments
 * separated by `/`: the importer names a brief's nodes under the brief, `claim:burglary-arrests/most-go-unsolved`.
 */
const SEGMENT = '[A-Za-z0-9][A-Za-z0-9._~-]*';
export const ID_SLUG = `${SEGMENT}(?:/${SEGMENT})*`;
const ID_PATTERN = new RegExp(`^(${NODE_KINDS.join('|')}):${ID_SLUG}$`);

export function nodeKindOfId(id: string): NodeKind | undefined {
  const match = ID_PATTERN.exec(id);
  return match ? (match[1] as NodeKind) : undefined;
}

const text = (description: string) => z.string().trim().min(1).meta({ description });

function nodeId<K extends NodeKind>(kind: K) {
  return z
    .string()
    .regex(new RegExp(`^${kind}:${ID_SLUG}$`), { message: `id must look like "${kind}:some-slug" (the kind, a colon, letters, digits, . _ ~ -, segments joined by /)` })
    .meta({ description: `Stable, readable id with the kind as prefix, e.g. "${kind}:example".` });
}

const label = text('Short label shown in the viewer and in tables.');

/** The brief a node belongs to (required on questions, claims and sources; optional on library kinds). */
const briefRef = (description: string) =>
  z
    .string()
    .regex(new RegExp(`^brief:${ID_SLUG}$`), { message: 'brief must name a brief node, e.g. "brief:my-brief"' })
    .meta({ description });
const inBrief = briefRef('Id of the brief this node belongs to: nothing of one brief attaches to another brief\'s question, claims or sources.');
const inBriefOrLibrary = briefRef("Id of the brief this node belongs to; without it, the node is in the library every brief shares.");

export const CLAIM_ROLES = ['answer', 'finding', 'caveat'] as const;
export const OBSTACLE_AFFECTS = ['prosecution', 'measurement', 'both'] as const;
export const SOURCE_TYPES = [
  'academic-study',
  'government-report',
  'statute',
  'practitioner-guidance',
  'sentencing-data',
  'press-release',
  'news',
  'other',
  /** The brief does not say what kind of document it is. */
  'unspecified',
] as const;
export const IDENTIFICATIONS = ['stated', 'candidate', 'verified'] as const;
/** How sure the curator is that a candidate document is the one cited. */
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
/**
 * The CSL item types a source may take (https://docs.citationstyles.org/en/stable/specification.html#appendix-iii-types);
 * the BibTeX entry type of each is in src/export (one table).
 */
export const CSL_TYPES = [
  'article-journal',
  'article-magazine',
  'article-newspaper',
  'book',
  'chapter',
  'report',
  'webpage',
  'post-weblog',
  'legal_case',
  'legislation',
  'dataset',
  'document',
] as const;

/** A date as precise as it is known: "2024", "2024-05" or "2024-05-01". */
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const partialDate = (description: string) =>
  z.string().regex(PARTIAL_DATE, { message: 'must be a date "YYYY", "YYYY-MM" or "YYYY-MM-DD"' }).meta({ description });

/** An author: a person (family and given names) or an organisation (`literal`), as CSL-JSON names them. */
export const PersonSchema = z
  .strictObject({
    family: text('Family name.'),
    given: text('Given names or initials.').optional(),
  })
  .meta({ title: 'person' });
export const OrganisationSchema = z.strictObject({ literal: text('Name of the organisation, as printed.') }).meta({ title: 'organisation' });
export const AuthorSchema = z.union([PersonSchema, OrganisationSchema]);
export type Author = z.infer<typeof AuthorSchema>;

/** A document's bibliographic fields, as CSL-JSON and BibTeX name them: what a work is. */
const BIBLIOGRAPHIC_FIELDS = {
  title: text('Title of the document.').optional(),
  authors: z.array(AuthorSchema).min(1).optional().meta({ description: 'Authors in order: persons or organisations.' }),
  authorsTruncated: z
    .literal(true)
    .optional()
    .meta({ description: 'The authors list ends in "et al." where it was read: the document has more authors than are listed.' }),
  container: text('The journal, site or series the document appears in.').optional(),
  volume: text('Volume.').optional(),
  issue: text('Issue or number.').optional(),
  pages: text('Pages, e.g. "22-42" or an article number.').optional(),
  publisher: text('Publisher or agency.').optional(),
  issued: partialDate('Date of publication, as precise as known.').optional(),
  url: text('Address of the document. Only http(s) addresses become links in the viewer.').optional(),
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, { message: 'doi must look like "10.1234/abc"' })
    .optional(),
  cslType: z.enum(CSL_TYPES).optional().meta({ description: 'The CSL item type (maps onto a BibTeX entry type).' }),
};
export const BIBLIOGRAPHIC_FIELD_NAMES = Object.keys(BIBLIOGRAPHIC_FIELDS) as (keyof typeof BIBLIOGRAPHIC_FIELDS)[];

export const BriefNodeSchema = z
  .strictObject({
    kind: z.literal('brief'),
    id: nodeId('brief'),
    label,
    document: text("Path of the brief's text among the dataset's documents (role brief); quotes of its claims and edges are checked against it.").optional(),
    description: text('What the brief covers.').optional(),
  })
  .meta({ title: 'brief', description: NODE_KIND_INFO.brief.description });

export const QuestionNodeSchema = z
  .strictObject({
    kind: z.literal('question'),
    id: nodeId('question'),
    label,
    brief: inBrief,
    text: text('The question, verbatim.'),
  })
  .meta({ title: 'question', description: NODE_KIND_INFO.question.description });

export const ClaimNodeSchema = z
  .strictObject({
    kind: z.literal('claim'),
    id: nodeId('claim'),
    label,
    brief: inBrief,
    text: text("The assertion, in the curator's words."),
    quote: text('The exact sentence of the brief the claim comes from.').optional(),
    section: text("The brief's section number or title.").optional(),
    role: z.enum(CLAIM_ROLES).meta({ description: 'answer: (part of) the answer; finding: a supporting finding; caveat: a limit.' }),
  })
  .meta({ title: 'claim', description: NODE_KIND_INFO.claim.description });

export const ObstacleNodeSchema = z
  .strictObject({
    kind: z.literal('obstacle'),
    id: nodeId('obstacle'),
    label,
    brief: inBriefOrLibrary.optional(),
    description: text('What the obstacle is and how it acts.'),
    affects: z.enum(OBSTACLE_AFFECTS).meta({
      description:
        'prosecution: it stops cases becoming prosecutions or convictions (hinders edges name the pipeline stages); measurement: it stops anyone counting the rate, not the cases, so it has no hinders edge (the audit flags one); both.',
    }),
  })
  .meta({ title: 'obstacle', description: NODE_KIND_INFO.obstacle.description });

export const SourceNodeSchema = z
  .strictObject({
    kind: z.literal('source'),
    id: nodeId('source'),
    label,
    brief: inBrief,
    citation: text('The marker the brief uses for it, e.g. "1": unique within its brief, meaningless outside it.'),
    type: z.enum(SOURCE_TYPES).meta({ description: 'What kind of document the brief says it is ("unspecified" where the brief does not say); the work\'s own type is on the work.' }),
    description: text('What the brief says the source is, or what it is cited for.').optional(),
    identification: z.enum(IDENTIFICATIONS).meta({
      description:
        'stated: only what the brief says (no refers-to edge); candidate: a real document (the work its refers-to edge names) is believed to be the one cited (give evidence); verified: checked.',
    }),
    evidence: text('Why the work is believed to be the cited document; for a stated source, what was looked for and not matched.').optional(),
    confidence: z.enum(CONFIDENCES).optional().meta({ description: 'How sure the identification is.' }),
    evidenceExcerpt: text('An excerpt of a document read while identifying it, verbatim.').optional(),
    evidenceReadAt: text('Where the excerpt was read (an address).').optional(),
  })
  .refine((s) => s.identification !== 'candidate' || s.evidence !== undefined, {
    message: 'a source with identification "candidate" needs "evidence"',
    path: ['evidence'],
  })
  .meta({ title: 'source', description: NODE_KIND_INFO.source.description });

export const WorkNodeSchema = z
  .strictObject({
    kind: z.literal('work'),
    id: nodeId('work'),
    label,
    type: z.enum(SOURCE_TYPES).optional().meta({ description: 'What kind of document it is (e.g. press-release), where known.' }),
    description: text('What the document is.').optional(),
    ...BIBLIOGRAPHIC_FIELDS,
    provenance: text('Where this record of the document comes from: a brief\'s reference list, a reference file, the research notes.').optional(),
    evidenceExcerpt: text('An excerpt of the document, verbatim.').optional(),
    evidenceReadAt: text('Where the excerpt was read (an address).').optional(),
    notSameAs: z
      .array(z.string().regex(new RegExp(`^work:${ID_SLUG}$`), { message: 'notSameAs lists work ids' }))
      .min(1)
      .optional()
      .meta({ description: 'Works a curator judged to be other documents, though they look alike: never proposed as the same work again.' }),
  })
  .refine((w) => w.authorsTruncated === undefined || w.authors !== undefined, {
    message: 'a work with "authorsTruncated" needs the "authors" it lists',
    path: ['authorsTruncated'],
  })
  .meta({ title: 'work', description: NODE_KIND_INFO.work.description });

export const StageNodeSchema = z
  .strictObject({
    kind: z.literal('stage'),
    id: nodeId('stage'),
    label,
    brief: inBriefOrLibrary.optional(),
    order: z.int().min(0).meta({ description: 'Position in the pipeline, smallest first.' }),
    description: text('What happens at this step.').optional(),
  })
  .meta({ title: 'stage', description: NODE_KIND_INFO.stage.description });

/** What a figure counts. A share counts its `unit` out of its `denominatorUnit`. */
export const FIGURE_UNITS = [
  'reports',
  'reports-referred',
  'investigations',
  'arrests',
  'suspects-referred',
  'suspects-in-concluded-matters',
  'suspects-prosecuted',
  'suspects-declined',
  'suspects-disposed-by-magistrates',
  'indictments',
  'defendants-charged',
  'defendants-prosecuted',
  'defendants-convicted',
  'defendants-imprisoned',
  'offenders-sentenced',
  'months-of-prison',
] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

/**
 * Each unit in words, and the thing it counts (`noun`): two counts divide only when they count the same thing, e.g.
 * suspects referred and suspects prosecuted are both suspects; suspects and defendants (people at different steps), or
 * reports and defendants, are not.
 */
export const FIGURE_UNIT_INFO: Record<FigureUnit, { noun: string; words: string }> = {
  reports: { noun: 'reports', words: 'reports' },
  'reports-referred': { noun: 'reports', words: 'reports referred to law enforcement' },
  investigations: { noun: 'investigations', words: 'investigations' },
  arrests: { noun: 'arrests', words: 'arrests' },
  'suspects-referred': { noun: 'suspects', words: 'suspects referred to prosecutors' },
  'suspects-in-concluded-matters': { noun: 'suspects', words: 'suspects in concluded matters' },
  'suspects-prosecuted': { noun: 'suspects', words: 'suspects prosecuted' },
  'suspects-declined': { noun: 'suspects', words: 'suspects declined for prosecution' },
  'suspects-disposed-by-magistrates': { noun: 'suspects', words: 'suspects disposed by magistrates' },
  indictments: { noun: 'indictments', words: 'indictments' },
  'defendants-charged': { noun: 'defendants', words: 'defendants charged' },
  'defendants-prosecuted': { noun: 'defendants', words: 'defendants prosecuted' },
  'defendants-convicted': { noun: 'defendants', words: 'defendants convicted' },
  'defendants-imprisoned': { noun: 'defendants', words: 'defendants imprisoned' },
  'offenders-sentenced': { noun: 'offenders', words: 'offenders sentenced' },
  'months-of-prison': { noun: 'months', words: 'months of prison' },
};

/** Whose cases a figure covers; `unstated` only on a draft figure under review (the text names none). */
export const JURISDICTIONS = ['worldwide', 'national', 'federal', 'state', 'task-forces', 'unstated'] as const;
/** Which offences a figure covers, narrowest first; `unstated` only on a draft figure under review. */
export const OFFENCE_SCOPES = [
  'cp-possession',
  'child-pornography',
  'internet-child-pornography',
  'commercial-sexual-exploitation-of-children',
  'child-sex-exploitation',
  'child-exploitation',
  'technology-facilitated-crimes-against-children',
  'all-report-types',
  'unstated',
] as const;
export const FIGURE_MEASURES = ['count', 'share', 'mean'] as const;
/** The hedge the publisher puts on the number: "about", "more than", "almost", "an estimated". */
export const FIGURE_QUALIFIERS = ['exact', 'about', 'more-than', 'almost', 'estimated'] as const;
export const FIGURE_STATUSES = ['verified', 'secondary'] as const;
/**
 * calendar or fiscal years as the publisher says; `year` a year as published without saying which; a study period;
 * `unstated` only on a draft figure under review.
 */
export const PERIOD_TYPES = ['calendar', 'fiscal', 'year', 'study', 'unstated'] as const;

export const FigureNodeSchema = z
  .strictObject({
    kind: z.literal('figure'),
    id: nodeId('figure'),
    label,
    brief: inBriefOrLibrary.optional(),
    measure: z.enum(FIGURE_MEASURES).meta({ description: 'count: a number of units; share: a fraction of a denominator; mean: an average.' }),
    value: z.number().nonnegative().meta({ description: 'The number: a count, a share as a fraction from 0 to 1, or a mean.' }),
    qualifier: z.enum(FIGURE_QUALIFIERS).meta({ description: "The publisher's hedge on the number." }),
    unit: z.enum(FIGURE_UNITS).meta({ description: 'What is counted (for a share: what the numerator counts).' }),
    denominatorUnit: z.enum(FIGURE_UNITS).optional().meta({ description: 'For a share: what the denominator counts.' }),
    numerator: z.number().nonnegative().optional().meta({ description: 'For a share: the published numerator, if any.' }),
    denominator: z.number().positive().optional().meta({ description: 'For a share: the published denominator, if any.' }),
    jurisdiction: z.enum(JURISDICTIONS).meta({ description: 'Whose cases the figure covers.' }),
    offences: z.enum(OFFENCE_SCOPES).meta({ description: 'Which offences the figure covers.' }),
    numeratorOffences: z
      .enum(OFFENCE_SCOPES)
      .optional()
      .meta({ description: 'For a share of the offences (e.g. possession as a share of all suspects): the offences the numerator counts.' }),
    periodStart: partialDate('First day (or month, or year) the figure covers; may be left out only on a draft under review.').optional(),
    periodEnd: partialDate('Last day (or month, or year) the figure covers; may be left out only on a draft under review.').optional(),
    periodType: z.enum(PERIOD_TYPES).meta({ description: 'calendar or fiscal years as published; year: a year, calendar or fiscal not said; or a study period.' }),
    status: z.enum(FIGURE_STATUSES).meta({ description: "verified: read on the publisher's own page; secondary: read only on a copy, blog or news page." }),
    scope: text('The population in words, as the publisher gives it.'),
    caveat: text('What a reader must know before using the number.').optional(),
    review: text('Set on a draft figure (e.g. imported from a brief): what a curator must check. Remove it once checked.').optional(),
  })
  .refine((f) => f.measure !== 'share' || (f.value <= 1 && f.denominatorUnit !== undefined), {
    message: 'a share needs a value from 0 to 1 and a "denominatorUnit"',
    path: ['value'],
  })
  .refine((f) => f.periodStart === undefined || f.periodEnd === undefined || f.periodStart <= f.periodEnd, {
    message: 'periodStart must not come after periodEnd',
    path: ['periodEnd'],
  })
  .refine((f) => f.review !== undefined || (f.periodStart !== undefined && f.periodEnd !== undefined), {
    message: 'a figure needs "periodStart" and "periodEnd" (only a draft with "review" may leave them out)',
    path: ['periodStart'],
  })
  .refine((f) => f.review !== undefined || (f.jurisdiction !== 'unstated' && f.offences !== 'unstated' && f.periodType !== 'unstated'), {
    message: '"unstated" jurisdiction, offences or periodType is allowed only on a draft figure with "review"',
    path: ['review'],
  })
  .meta({ title: 'figure', description: NODE_KIND_INFO.figure.description });

export const NodeSchema = z.discriminatedUnion('kind', [
  QuestionNodeSchema,
  ClaimNodeSchema,
  ObstacleNodeSchema,
  SourceNodeSchema,
  WorkNodeSchema,
  StageNodeSchema,
  FigureNodeSchema,
  BriefNodeSchema,
]);

export type GraphNode = z.infer<typeof NodeSchema>;
export type NodeOfKind<K extends NodeKind> = Extract<GraphNode, { kind: K }>;
export type QuestionNode = NodeOfKind<'question'>;
export type ClaimNode = NodeOfKind<'claim'>;
export type ObstacleNode = NodeOfKind<'obstacle'>;
export type SourceNode = NodeOfKind<'source'>;
export type WorkNode = NodeOfKind<'work'>;
export type BriefNode = NodeOfKind<'brief'>;
export type StageNode = NodeOfKind<'stage'>;
export type FigureNode = NodeOfKind<'figure'>;

/**
 * The edge-endpoint table: each edge kind, what it means, and the (from, to) node kinds it allows.
 * Validation, the legend and the exports read this table; nothing else lists edge kinds.
 */
export const EDGE_KIND_TABLE = {
  supports: { description: 'The source (or sub-claim) backs the claim.', endpoints: [['source', 'claim'], ['claim', 'claim']] },
  contradicts: { description: 'It cuts against the claim.', endpoints: [['source', 'claim'], ['claim', 'claim']] },
  qualifies: { description: 'Narrows or conditions the claim.', endpoints: [['claim', 'claim']] },
  answers: { description: 'The claim is (part of) the answer to the question.', endpoints: [['claim', 'question']] },
  documents: { description: 'The source shows the obstacle exists.', endpoints: [['source', 'obstacle']] },
  explains: { description: 'The obstacle accounts for what the claim states.', endpoints: [['obstacle', 'claim']] },
  'part-of': { description: 'A sub-obstacle of a larger obstacle.', endpoints: [['obstacle', 'obstacle']], acyclic: true },
  hinders: { description: 'The pipeline step where the obstacle bites (cases, not counting: a measurement-only obstacle has none).', endpoints: [['obstacle', 'stage']] },
  precedes: { description: 'Pipeline order.', endpoints: [['stage', 'stage']], acyclic: true },
  reports: { description: 'The work publishes the figure (or, on a draft, the brief says its source does).', endpoints: [['work', 'figure'], ['source', 'figure']] },
  measures: { description: 'The figure counts cases at this pipeline step.', endpoints: [['figure', 'stage']] },
  'refers-to': { description: "The brief's citation points to this work: the document it is (believed to be).", endpoints: [['source', 'work']] },
  'derives-from': { description: 'The work draws on that one (a press release or news story on a report): not independent of it.', endpoints: [['work', 'work']], acyclic: true },
} as const satisfies Record<string, EdgeKindInfo>;

interface EdgeKindInfo {
  description: string;
  /** The (from, to) node kinds an edge of this kind may join. */
  endpoints: readonly (readonly [NodeKind, NodeKind])[];
  /** Edges of this kind may never form a cycle (checked by the loader). */
  acyclic?: boolean;
}

export type EdgeKind = keyof typeof EDGE_KIND_TABLE;
export const EDGE_KINDS = Object.keys(EDGE_KIND_TABLE) as EdgeKind[];

export function isAcyclicKind(kind: EdgeKind): boolean {
  return (EDGE_KIND_TABLE[kind] as EdgeKindInfo).acyclic === true;
}

export function edgeEndpointsAllowed(kind: EdgeKind, fromKind: NodeKind, toKind: NodeKind): boolean {
  return EDGE_KIND_TABLE[kind].endpoints.some(([f, t]) => f === fromKind && t === toKind);
}

/** On whose word an edge stands: the dataset's document (quoted) or the curator (inferred). */
export const EDGE_BASES = ['quoted', 'inferred'] as const;
export type EdgeBasis = (typeof EDGE_BASES)[number];

export const EdgeSchema = z
  .strictObject({
    id: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'Optional stable key; by default "<from> -<kind>-> <to>". Needed only for two edges of one kind between the same nodes.' }),
    kind: z.enum(EDGE_KINDS as [EdgeKind, ...EdgeKind[]]).meta({
      description: EDGE_KINDS.map((k) => `${k}: ${EDGE_KIND_TABLE[k].description}`).join(' '),
    }),
    from: z.string().min(1).meta({ description: 'Id of the node the edge starts at.' }),
    to: z.string().min(1).meta({ description: 'Id of the node the edge ends at.' }),
    quote: text('The sentence that grounds the edge; required for edges made from a citation marker.').optional(),
    section: text("The brief's section the quote is in.").optional(),
    note: text("A curator's note; for an inferred edge, why the curator draws it.").optional(),
    basis: z.enum(EDGE_BASES).meta({
      description: 'quoted: a document of the dataset states it (needs "quote"); inferred: the curator draws it (needs "note" saying why).',
    }),
    document: text('Path of the dataset document the quote is from; default: the brief.').optional(),
  })
  .refine((e) => e.basis !== 'quoted' || e.quote !== undefined, { message: 'an edge with basis "quoted" needs "quote"', path: ['quote'] })
  .refine((e) => e.basis !== 'inferred' || e.note !== undefined, { message: 'an edge with basis "inferred" needs a "note" saying why', path: ['note'] })
  .meta({ title: 'edge' });

export type GraphEdge = z.infer<typeof EdgeSchema>;

/** The key of an edge in the graph: its explicit id, or one derived from its ends and kind. */
export function edgeKey(edge: Pick<GraphEdge, 'id' | 'kind' | 'from' | 'to'>): string {
  return edge.id ?? `${edge.from} -${edge.kind}-> ${edge.to}`;
}

export const DocumentSchema = z.strictObject({
  path: text('Path of the document, relative to the dataset folder.'),
  title: text('Title of the document.'),
  role: z.enum(['brief', 'reference', 'research']).meta({
    description: 'brief: the primary document the graph is curated from; reference: a cited document; research: the curator\'s notes on the sources.',
  }),
});

export type DocumentEntry = z.infer<typeof DocumentSchema>;

export const DatasetMetaSchema = z
  .strictObject({
    title: text('Title of the dataset.'),
    description: text('What the dataset covers.').optional(),
    documents: z.array(DocumentSchema).optional(),
  })
  .meta({ description: 'About the dataset; at most one file of a dataset folder carries it.' });

export type DatasetMeta = z.infer<typeof DatasetMetaSchema>;

/** One JSON file of a dataset folder. A folder may split its nodes and edges over several files. */
export const DatasetFileSchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'Path or URL of this JSON Schema, for editors.' }),
    dataset: DatasetMetaSchema.optional(),
    documents: z
      .array(DocumentSchema)
      .optional()
      .meta({ description: "More documents of the dataset, listed by a file that does not carry \"dataset\" (e.g. the research notes its figures quote); added to the dataset's documents." }),
    nodes: z.array(NodeSchema).optional(),
    edges: z.array(EdgeSchema).optional(),
  })
  .meta({
    title: 'claimgraph dataset file',
    description: 'Claims, obstacles, sources, questions and pipeline stages, with typed edges between them.',
  });

export type DatasetFile = z.infer<typeof DatasetFileSchema>;

/** A whole dataset: its meta and every node and edge, in file order. */
export interface Dataset {
  dataset: DatasetMeta;
  nodes: GraphNode[];
  edges: GraphEdge[];
}
