// claimgraph's public API: the model, the loader, the queries, the exports, the corpus tools, the importer and the generator.
export * from './model/schema.js';
export * from './model/graph.js';
export { buildGraph, type DatasetText, type BuildOptions } from './load/build-graph.js';
export { loadGraph, datasetFiles } from './load/load-graph.js';
export { DatasetError, formatProblem, type Problem } from './load/problems.js';
export * from './query/index.js';
export { EXPORT_FORMATS, exportFormat } from './export/registry.js';
export type { ExportFile, ExportFormat } from './export/types.js';
export { writeExport } from './export/write-export.js';
export { importBrief, type ImportResult, type ImportOptions } from './import/import-brief.js';
export { WorkIndex, workKeys, type ProposedMatch, type WorkRecord } from './corpus/work-identity.js';
export { migrateDatasetFolder, type FolderMigration } from './corpus/migrate-folder.js';
export { briefDocuments, documentsOfBrief, type BriefDocumentFacts } from './corpus/brief-documents.js';
export { syntheticDataset, type SyntheticOptions } from './generate/synthetic.js';
export { syntheticCorpus, type CorpusOptions } from './generate/synthetic-corpus.js';
export { writeSyntheticCorpus } from './generate/write-corpus.js';
