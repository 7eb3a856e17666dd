import type { Persona } from "./replies";

export type LlmConfig = { baseUrl: string; apiKey: string; model: string };

/** An OpenAI-compatible endpoint, when the platform was given one (`OPENAI_BASE_URL` + `OPENAI_API_KEY`). */
export function llmFromEnv(env: NodeJS.ProcessEnv): LlmConfig | null {
  const baseUrl = env.OPENAI_BASE_URL?.trim();
  const apiKey = env.OPENAI_API_KEY?.trim();
  if (!baseUrl || !apiKey) return null;
  return { baseUrl: baseUrl.replace(/\/+$/, ""), apiKey, model: env.OPENAI_MODEL?.trim() || "gpt-4o-mini" };
}

/** One chat completion in the agent's persona; null on any failure so the caller falls back. */
export async function askLlm(llm: LlmConfig, p: Persona, task: string): Promise<string | null> {
  try {
    const res = await fetch(`${llm.baseUrl}/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${llm.apiKey}` },
      body: JSON.stringify({
        model: llm.model,
        messages: [
          {
            role: "system",
            content: `You are ${p.name}, ${p.role || "an agent"} in a small team. Answer in at most 3 sentences.`,
          },
          { role: "user", content: task },
        ],
      }),
      signal: AbortSignal.timeout(60_000),
    });
    if (!res.ok) return null;
    const json = (await res.json()) as { choices?: { message?: { content?: unknown } }[] };
    const text = json.choices?.[0]?.message?.content;
    return typeof text === "string" && text.trim() ? text.trim() : null;
  } catch {
    return null;
  }
}
