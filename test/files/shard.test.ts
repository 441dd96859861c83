import { describe, expect, it } from 'vitest';
import { byteRangeOfShard, isInShard, planLogShard, shardOfKey, type LogInput } from '../../src/files/shard.js';

const paths = Array.from({ length: 400 }, (_unused, index) => `src/module-${index}/file-${index % 7}.ts`);
const shardsOf = (count: number) => Array.from({ length: count }, (_unused, index) => ({ index: index + 1, count }));

describe('sharding', () => {
  it('puts every path in exactly one shard, and spreads them', () => {
    for (const count of [1, 2, 3, 8]) {
      const owners = paths.map((path) => shardsOf(count).filter((shard) => isInShard(path, shard)).length);
      expect(owners.every((owned) => owned === 1)).toBe(true);
      const sizes = shardsOf(count).map((shard) => paths.filter((path) => isInShard(path, shard)).length);
      for (const size of sizes) expect(size).toBeGreaterThan((paths.length / count) * 0.6);
    }
  });

  it('is deterministic: a path hashes to the same shard every time', () => {
    expect(paths.map((path) => shardOfKey(path, 5))).toEqual(paths.map((path) => shardOfKey(path, 5)));
    expect(shardOfKey('logs/access.log', 4)).toBe(shardOfKey('logs/access.log', 4));
  });

  it('tiles a file with byte ranges, with no gap and no overlap', () => {
    for (const [size, count] of [
      [10, 3],
      [1_000_003, 7],
      [2, 5],
    ] as const) {
      const ranges = shardsOf(count).map((shard) => byteRangeOfShard(size, shard));
      expect(ranges[0]?.start).toBe(0);
      expect(ranges.at(-1)?.end).toBe(size);
      for (let index = 1; index < ranges.length; index += 1) expect(ranges[index]?.start).toBe(ranges[index - 1]?.end);
    }
  });

  it('splits large plain logs across all shards and gives small or gzip ones whole to one', () => {
    const inputs: LogInput[] = [
      { path: '/l/big.log', key: 'big.log', size: 1_000, splittable: true },
      { path: '/l/big.log.gz', key: 'big.log.gz', size: 1_000, splittable: false },
      ...paths.slice(0, 20).map((key) => ({ path: `/l/${key}`, key, size: 10, splittable: true })),
    ];
    const plans = shardsOf(3).map((shard) => planLogShard(inputs, shard, 100));
    for (const plan of plans) expect(plan.files).toContain('/l/big.log');
    expect(plans.map((plan) => plan.ranges.get('/l/big.log'))).toEqual([
      { start: 0, end: 333 },
      { start: 333, end: 666 },
      { start: 666, end: 1_000 },
    ]);
    expect(plans.filter((plan) => plan.files.includes('/l/big.log.gz'))).toHaveLength(1);
    const wholeFiles = plans.flatMap((plan) => plan.files.filter((file) => !plan.ranges.has(file)));
    expect(wholeFiles.sort()).toEqual(
      inputs
        .filter((input) => input.path !== '/l/big.log')
        .map((input) => input.path)
        .sort(),
    );
  });
});
