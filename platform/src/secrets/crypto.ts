import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { PlatformConfig } from "../config";

/** AES-256-GCM for secret values at rest. Format: `v1:` + base64(iv ‖ tag ‖ ciphertext). */
export type SecretBox = { seal(plain: string): Promise<string>; open(sealed: string): Promise<string> };

const boxes = new WeakMap<PlatformConfig, SecretBox>();

/** One box per platform config; the key is loaded (or created) on first use. */
export function secretBox(config: PlatformConfig): SecretBox {
  let box = boxes.get(config);
  if (!box) {
    box = createSecretBox(() => loadKey(config));
    boxes.set(config, box);
  }
  return box;
}

export function createSecretBox(getKey: () => Promise<Buffer>): SecretBox {
  let key: Promise<Buffer> | null = null;
  const k = () => (key ??= getKey());
  return {
    async seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", await k(), iv);
      const ct = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      return `v1:${Buffer.concat([iv, cipher.getAuthTag(), ct]).toString("base64")}`;
    },
    async open(sealed) {
      if (!sealed.startsWith("v1:")) throw new Error("unknown secret format");
      const raw = Buffer.from(sealed.slice(3), "base64");
      const decipher = createDecipheriv("aes-256-gcm", await k(), raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
    },
  };
}

/**
 * `SECRETS_ENCRYPTION_KEY` (32 bytes as base64/hex, or any passphrase, hashed to 32 bytes), else
 * `<dataDir>/secret.key`, generated once with mode 0600 so a restart can still decrypt.
 */
async function loadKey(config: PlatformConfig): Promise<Buffer> {
  if (config.secretsKey) return normaliseKey(config.secretsKey);
  const file = path.join(config.dataDir, "secret.key");
  try {
    return normaliseKey((await fs.readFile(file, "utf8")).trim());
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    const fresh = randomBytes(32).toString("base64");
    await fs.mkdir(config.dataDir, { recursive: true });
    // `wx` loses a race to a concurrent writer instead of overwriting its key.
    await fs.writeFile(file, fresh, { mode: 0o600, flag: "wx" }).catch(() => undefined);
    return normaliseKey((await fs.readFile(file, "utf8")).trim());
  }
}

export function normaliseKey(text: string): Buffer {
  if (/^[0-9a-f]{64}$/i.test(text)) return Buffer.from(text, "hex");
  const b64 = Buffer.from(text, "base64");
  if (b64.length === 32 && /^[A-Za-z0-9+/=_-]+$/.test(text)) return b64;
  return createHash("sha256").update(text).digest();
}
