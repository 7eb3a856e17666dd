/**
 * One local A2A agent process. The platform's local provisioner starts it (with an IPC channel);
 * it serves its card and JSON-RPC on loopback, registers, heartbeats, and exits when the
 * parent goes away so no agent outlives the platform.
 */
import { createBehaviour } from "./behaviour";
import { startA2AServer } from "./a2a-server";
import { llmFromEnv } from "./llm";
import { createPlatformClient } from "./platform-client";
import { flavourOf, skillsFrom } from "./replies";

const env = process.env;
const need = (key: string) => {
  const v = env[key];
  if (!v) throw new Error(`${key} is required`);
  return v;
};

const workspaceId = need("MOLECULE_WORKSPACE_ID");
const name = env.AGENT_NAME || "Agent";
const role = env.AGENT_ROLE ?? "";
const heartbeatMs = Number(env.HEARTBEAT_INTERVAL_MS ?? 30_000);
const startedAt = Date.now();
const hasParent = typeof process.send === "function";

// A dead parent closes the IPC channel: leave at once rather than linger as an orphan.
if (hasParent) process.on("disconnect", () => process.exit(0));
process.on("SIGTERM", () => process.exit(0));

const client = createPlatformClient(
  need("MOLECULE_PLATFORM_URL"),
  workspaceId,
  env.MOLECULE_WORKSPACE_TOKEN || null,
);

const beat = () =>
  client
    .heartbeat({
      active_tasks: behaviour.state.active,
      current_task: behaviour.state.current,
      uptime_seconds: Math.floor((Date.now() - startedAt) / 1000),
    })
    .catch(() => {}); // the platform may be restarting; the next beat retries

const behaviour = createBehaviour({
  persona: { name, role },
  client,
  workMs: Number(env.AGENT_WORK_MS ?? 1500),
  delegationTimeoutMs: Number(env.AGENT_DELEGATION_TIMEOUT_MS ?? 120_000),
  llm: llmFromEnv(env),
  approvalPollMs: Number(env.AGENT_APPROVAL_POLL_MS ?? 1000),
  onTaskChange: () => void beat(),
});

const server = await startA2AServer({
  identity: {
    name,
    description: role ? `${name}: ${role}` : name,
    skills: skillsFrom(env.AGENT_SKILLS) ?? [
      {
        id: "task",
        name: role || "General tasks",
        description: flavourOf(role),
        tags: role ? role.toLowerCase().split(/\W+/).filter(Boolean) : [],
      },
    ],
  },
  port: Number(need("AGENT_PORT")),
  maxConcurrent: Number(env.AGENT_MAX_CONCURRENT ?? 1),
  answer: (text, _history, progress) => behaviour.answer(text, progress),
});

async function register() {
  for (let attempt = 0; ; attempt++) {
    try {
      await client.register(server.url, server.card);
      return;
    } catch (err) {
      if (attempt >= 5) throw err;
      await new Promise((r) => setTimeout(r, 200 * 2 ** attempt));
    }
  }
}

async function goOnline() {
  try {
    await register();
    process.send?.({ type: "registered" });
    void beat();
    setInterval(() => void beat(), heartbeatMs);
  } catch (err) {
    process.send?.({ type: "register-failed", error: String(err) });
    process.exit(1);
  }
}

if (hasParent) {
  // Under the provisioner, registering is a step it releases (boot profiles and faults act there).
  process.on("message", (m: { type?: string }) => {
    if (m?.type === "register") void goOnline();
  });
  process.send?.({ type: "listening", url: server.url });
} else {
  void goOnline();
}
