// The data model of claimgraph: zod schemas for every node kind and edge kind, and the one table of
// which endpoint kinds each edge kind allows. Types, validation, the JSON Schema, the viewer legend
// and the exports all read from this file.
import { z } from 'zod';

/** Node kinds, in the order the viewer's legend and the exports list them. */
export const NODE_KINDS = ['question', 'claim', 'obstacle', 'source', 'stage'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** What each node kind is, in one sentence (legend, `--help`, JSON Schema descriptions). */
export const NODE_KIND_INFO: Record<NodeKind, { title: string; description: string }> = {
  question: { title: 'Question', description: 'The research question a brief answers.' },
  claim: { title: 'Claim', description: "One assertion, in the curator's words, grounded in a sentence of the brief." },
  obstacle: {
    title: 'Obstacle',
    description: 'A factor that stops cases becoming prosecutions or convictions, or stops anyone measuring the rate.',
  },
  source: { title: 'Source', description: 'A cited document.' },
  stage: { title: 'Stage', description: 'A step of the enforcement pipeline.' },
};

/** A node id is its kind, a colon, and a readable slug: `claim:no-national-rate`, `source:1`. */
export const ID_SLUG = '[A-Za-z0-9][A-Za-z0-9._~-]*';
const ID_PATTERN = new RegExp(`^(${NODE_KINDS.join('|')}):${ID_SLUG}$`);

export function nodeKindOfId(id: string): NodeKind | undefined {
  const match = ID_PATTERN.exec(id);
  return match ? (match[1] as NodeKind) : undefined;
}

const text = (description: string) => z.string().trim().min(1).meta({ description });

function nodeId<K extends NodeKind>(kind: K) {
  return z
    .string()
    .regex(new RegExp(`^${kind}:${ID_SLUG}$`), { message: `id must look like "${kind}:some-slug" (the kind, a colon, letters, digits, . _ ~ -)` })
    .meta({ description: `Stable, readable id with the kind as prefix, e.g. "${kind}:example".` });
}

const label = text('Short label shown in the viewer and in tables.');

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
] as const;
export const IDENTIFICATIONS = ['stated', 'candidate', 'verified'] as const;

export const QuestionNodeSchema = z
  .strictObject({
    kind: z.literal('question'),
    id: nodeId('question'),
    label,
    text: text('The question, verbatim.'),
  })
  .meta({ title: 'question', description: NODE_KIND_INFO.question.description });

export const ClaimNodeSchema = z
  .strictObject({
    kind: z.literal('claim'),
    id: nodeId('claim'),
    label,
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
    description: text('What the obstacle is and how it acts.'),
    affects: z.enum(OBSTACLE_AFFECTS).meta({ description: 'Whether it stops prosecutions/convictions, measurement of the rate, or both.' }),
  })
  .meta({ title: 'obstacle', description: NODE_KIND_INFO.obstacle.description });

export const SourceNodeSchema = z
  .strictObject({
    kind: z.literal('source'),
    id: nodeId('source'),
    label,
    citation: text('The number or key the brief uses for it, e.g. "1".'),
    type: z.enum(SOURCE_TYPES),
    description: text('What the brief says the source is, or what it is cited for.').optional(),
    title: text('Title of the document.').optional(),
    author: text('Author(s), as printed.').optional(),
    publisher: text('Publisher, journal or agency.').optional(),
    year: z.int().min(1000).max(2999).optional(),
    url: text('Address of the document. Only http(s) addresses become links in the viewer.').optional(),
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, { message: 'doi must look like "10.1234/abc"' })
      .optional(),
    identification: z
      .enum(IDENTIFICATIONS)
      .meta({ description: 'stated: only what the brief says; candidate: a real document believed to be the one cited (give evidence); verified: checked.' }),
    evidence: text('Why a candidate is believed to be the cited document.').optional(),
  })
  .refine((s) => s.identification !== 'candidate' || s.evidence !== undefined, {
    message: 'a source with identification "candidate" needs "evidence"',
    path: ['evidence'],
  })
  .meta({ title: 'source', description: NODE_KIND_INFO.source.description });

export const StageNodeSchema = z
  .strictObject({
    kind: z.literal('stage'),
    id: nodeId('stage'),
    label,
    order: z.int().min(0).meta({ description: 'Position in the pipeline, smallest first.' }),
    description: text('What happens at this step.').optional(),
  })
  .meta({ title: 'stage', description: NODE_KIND_INFO.stage.description });

export const NodeSchema = z.discriminatedUnion('kind', [
  QuestionNodeSchema,
  ClaimNodeSchema,
  ObstacleNodeSchema,
  SourceNodeSchema,
  StageNodeSchema,
]);

export type GraphNode = z.infer<typeof NodeSchema>;
export type NodeOfKind<K extends NodeKind> = Extract<GraphNode, { kind: K }>;
export type QuestionNode = NodeOfKind<'question'>;
export type ClaimNode = NodeOfKind<'claim'>;
export type ObstacleNode = NodeOfKind<'obstacle'>;
export type SourceNode = NodeOfKind<'source'>;
export type StageNode = NodeOfKind<'stage'>;

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
  hinders: { description: 'The pipeline step where the obstacle bites.', endpoints: [['obstacle', 'stage']] },
  precedes: { description: 'Pipeline order.', endpoints: [['stage', 'stage']], acyclic: true },
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
    note: text("A curator's note.").optional(),
  })
  .meta({ title: 'edge' });

export type GraphEdge = z.infer<typeof EdgeSchema>;

/** The key of an edge in the graph: its explicit id, or one derived from its ends and kind. */
export function edgeKey(edge: Pick<GraphEdge, 'id' | 'kind' | 'from' | 'to'>): string {
  return edge.id ?? `${edge.from} -${edge.kind}-> ${edge.to}`;
}

export const DocumentSchema = z.strictObject({
  path: text('Path of the document, relative to the dataset folder.'),
  title: text('Title of the document.'),
  role: z.enum(['brief', 'reference']).meta({ description: 'brief: the primary document the graph is curated from.' }),
});

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
