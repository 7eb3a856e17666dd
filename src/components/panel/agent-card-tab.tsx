import type { WorkspaceRow } from "@/lib/contract";

/**
 * The agent's self-description. Every string here comes from the agent, so it is rendered as
 * React text only (escaped), never as HTML or markdown.
 */
export function AgentCardTab({ row }: { row: WorkspaceRow }) {
  const card = row.agent_card;
  if (!card) {
    return (
      <p className="text-sm text-muted">
        No agent card yet. It appears once the agent registers with the platform.
      </p>
    );
  }
  const skills = card.skills ?? [];
  return (
    <div className="flex flex-col gap-4 text-sm">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="text-muted">Name</dt>
        <dd className="break-words">{card.name ?? "—"}</dd>
        <dt className="text-muted">Version</dt>
        <dd>{card.version ?? "—"}</dd>
        {card.description ? (
          <>
            <dt className="text-muted">Description</dt>
            <dd className="whitespace-pre-wrap break-words">{card.description}</dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="agent-skills-heading">
        <h3 id="agent-skills-heading" className="mb-2 font-semibold">
          Skills ({skills.length})
        </h3>
        {skills.length === 0 ? (
          <p className="text-muted">The agent lists no skills.</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {skills.map((skill, i) => (
              <li key={`${skill.id}-${i}`} className="rounded-md border border-border/40 p-2">
                <p className="font-medium break-words">{skill.name || skill.id}</p>
                {skill.description ? (
                  <p className="whitespace-pre-wrap break-words text-muted">{skill.description}</p>
                ) : null}
                {skill.tags && skill.tags.length > 0 ? (
                  <ul aria-label="Tags" className="mt-1 flex flex-wrap gap-1">
                    {skill.tags.map((tag) => (
                      <li key={tag} className="rounded bg-surface px-1.5 py-0.5 text-xs">
                        {tag}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
