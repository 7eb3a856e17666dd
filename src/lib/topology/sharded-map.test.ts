import { ShardedMapEdit, emptyShardedMap, getIn, keysOf, sizeOf, type ShardedMap } from "./sharded-map";

const filled = (n: number): ShardedMap<number> => {
  const edit = new ShardedMapEdit(emptyShardedMap<number>());
  for (let i = 0; i < n; i++) edit.set(`key-${i}`, i);
  return edit.done();
};

describe("ShardedMapEdit", () => {
  it("returns the map it was given when nothing was written", () => {
    const map = filled(3);
    const edit = new ShardedMapEdit(map);
    edit.delete("missing");
    expect(edit.done()).toBe(map);
  });

  it("leaves the map it edits as it was, small or split", () => {
    for (const n of [10, 2000]) {
      const map = filled(n);
      const edit = new ShardedMapEdit(map);
      edit.set("key-0", -1);
      edit.delete("key-1");
      edit.set("new", 7);
      const next = edit.done();

      expect([getIn(map, "key-0"), getIn(map, "key-1"), getIn(map, "new"), sizeOf(map)]).toEqual([
        0,
        1,
        undefined,
        n,
      ]);
      expect([getIn(next, "key-0"), getIn(next, "key-1"), getIn(next, "new"), sizeOf(next)]).toEqual([
        -1,
        undefined,
        7,
        n,
      ]);
    }
  });

  it("splits a big map so an edit copies only the shard it writes", () => {
    const map = filled(2000);
    expect(map.shards.length).toBeGreaterThan(1);
    const edit = new ShardedMapEdit(map);
    edit.set("key-5", 5.5);
    const next = edit.done();
    const shared = next.shards.filter((shard, i) => shard === map.shards[i]);
    expect(shared).toHaveLength(map.shards.length - 1);
    expect(new Set(keysOf(next)).size).toBe(2000);
  });
});
