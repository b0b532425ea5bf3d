/** Stress fuzz, shard 1 of 2: with the other shard, 10,000 extractor inputs and 800 loader files. */
import { fuzzShard } from './fuzz-shard';

fuzzShard(1, 4000, 1000, 400);
