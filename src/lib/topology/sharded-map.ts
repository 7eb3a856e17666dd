/** Past this many entries a map is split, so copying a shard stays cheap; below it one copy is. */
const SPLIT_OVER = 512;
const SHARDS = 32;

/**
 * A string-keyed map that is never changed in place. A big one is split by key hash into shards,
 * and an edit copies only the shards it writes: one change to a map of thousands copies a few
 * hundred entries, not all of them.
 */
export type ShardedMap<V> = { readonly shards: readonly ReadonlyMap<string, V>[] };

const EMPTY: ShardedMap<never> = { shards: [new Map<string, never>()] };

export const emptyShardedMap = <V>(): ShardedMap<V> => EMPTY;

/** Hashes the key's end only: ids and timestamps, what tells the log's keys apart, sit there. */
function shardOf(key: string, shards: number): number {
  if (shards === 1) return 0;
  let hash = 0;
  for (let i = Math.max(0, key.length - 16); i < key.length; i++) hash = (hash * 31 + key.charCodeAt(i)) | 0;
  return (hash >>> 0) % shards;
}

const lookup = <V>(shards: readonly ReadonlyMap<string, V>[], key: string) =>
  shards[shardOf(key, shards.length)]!;

export const getIn = <V>(map: ShardedMap<V>, key: string): V | undefined => lookup(map.shards, key).get(key);

export function* valuesOf<V>(map: ShardedMap<V>): Generator<V> {
  for (const shard of map.shards) yield* shard.values();
}

function* keysOfShards(shards: readonly ReadonlyMap<string, unknown>[]): Generator<string> {
  for (const shard of shards) yield* shard.keys();
}

export const keysOf = ({ shards }: ShardedMap<unknown>): Iterable<string> =>
  shards.length === 1 ? shards[0]!.keys() : keysOfShards(shards);

export const sizeOf = (map: ShardedMap<unknown>) => map.shards.reduce((n, shard) => n + shard.size, 0);

function split<V>(shards: readonly ReadonlyMap<string, V>[]): Map<string, V>[] {
  const split = Array.from({ length: SHARDS }, () => new Map<string, V>());
  for (const shard of shards) for (const [key, value] of shard) split[shardOf(key, SHARDS)]!.set(key, value);
  return split;
}

/** Edits to `base`, each shard copied on its first write; `done` returns `base` itself if none was. */
export class ShardedMapEdit<V> {
  private shards: ReadonlyMap<string, V>[] | null = null;
  /** Bit i set: shard i is this edit's own copy. */
  private copied = 0;

  constructor(private readonly base: ShardedMap<V>) {}

  private read() {
    return this.shards ?? this.base.shards;
  }

  private writable(key: string): Map<string, V> {
    let shards = (this.shards ??= [...this.base.shards]);
    if (shards.length === 1 && shards[0]!.size >= SPLIT_OVER) {
      shards = this.shards = split(shards);
      this.copied = -1;
    }
    const i = shardOf(key, shards.length);
    if ((this.copied & (1 << i)) === 0) {
      shards[i] = new Map(shards[i]);
      this.copied |= 1 << i;
    }
    return shards[i] as Map<string, V>;
  }

  get(key: string): V | undefined {
    return lookup(this.read(), key).get(key);
  }

  has(key: string): boolean {
    return lookup(this.read(), key).has(key);
  }

  keys(): Iterable<string> {
    return keysOf({ shards: this.read() });
  }

  set(key: string, value: V) {
    this.writable(key).set(key, value);
  }

  delete(key: string) {
    if (this.has(key)) this.writable(key).delete(key);
  }

  /** The map as edited; the edit is not used after. */
  done(): ShardedMap<V> {
    return this.shards === null ? this.base : { shards: this.shards };
  }
}
