// Worker-thread entry: analyzes the slice of the corpus it is given and posts the results back.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeArticle } from './analyzeArticle.js';
import type { SourceText } from './types.js';

parentPort?.postMessage((workerData as SourceText[]).map(analyzeArticle));
