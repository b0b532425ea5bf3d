/** Stress fuzz, shard 0 of 2: with the other shard, 10,000 extractor inputs and 800 loader files. */
import { fuzzShard } from './fuzz-shard';

fuzzShard(0, 4000, 1000, 400);
