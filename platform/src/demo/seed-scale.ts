import type { AgentCard } from "@/lib/contract";
import type { Queryable } from "../db/database";
import { inTx, insertWorkspace } from "../db/workspaces";

/** Card and team geometry, matching the canvas's defaults so seeded teams contain their children. */
const CARD = { width: 260, height: 120 };
const PADDING = 24;
const HEADER = 88;
const GAP = 32;
const COLUMNS = 4;
/** Children per node by depth: a lead with departments, departments with teams, teams with members. */
const FAN_OUT = [5, 4, 4];

const FIRST = [
  "Ada",
  "Priya",
  "Mateo",
  "Yuki",
  "Omar",
  "Lena",
  "Kwame",
  "Sofia",
  "Ravi",
  "Ines",
  "Tomás",
  "Mei",
];
const LAST = [
  "Okafor",
  "Raman",
  "Silva",
  "Tanaka",
  "Haddad",
  "Novak",
  "Mensah",
  "Rossi",
  "Iyer",
  "Duarte",
  "Berg",
];
const DEPARTMENTS = [
  "Engineering",
  "Research",
  "Sales",
  "Support",
  "Design",
  "Finance",
  "Operations",
  "Legal",
];
const MEMBER_ROLES = [
  "Backend engineer",
  "Frontend engineer",
  "Analyst",
  "QA engineer",
  "Writer",
  "Researcher",
];
const SKILLS = [
  "planning",
  "code-review",
  "triage",
  "summarise",
  "research",
  "testing",
  "deploy",
  "reporting",
];

type Plan = {
  name: string;
  role: string;
  depth: number;
  dept: string;
  children: Plan[];
  width: number;
  height: number;
};

/** A deterministic pseudo-random sequence, so two seeds of the same size are the same org. */
function sequence(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** Builds whole subtrees breadth-first under each root until `count` nodes exist. */
function planForest(count: number): Plan[] {
  const random = sequence(count);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const roots: Plan[] = [];
  let made = 0;
  const make = (depth: number, dept: string): Plan => {
    made += 1;
    const role =
      depth === 0
        ? "Chief of staff"
        : depth === 1
          ? `Head of ${dept}`
          : depth === 2
            ? `${dept} team lead`
            : pick(MEMBER_ROLES);
    const name = depth === 2 ? `${dept} ${made}` : `${person()} (${made})`;
    return { name, role, depth, dept, children: [], width: CARD.width, height: CARD.height };
  };
  while (made < count) {
    const root = make(0, "");
    roots.push(root);
    let frontier = [root];
    for (let depth = 0; depth < FAN_OUT.length && made < count; depth++) {
      const next: Plan[] = [];
      for (const parent of frontier) {
        for (let i = 0; i < FAN_OUT[depth]! && made < count; i++) {
          const dept = depth === 0 ? DEPARTMENTS[i % DEPARTMENTS.length]! : parent.dept;
          const child = make(depth + 1, dept);
          parent.children.push(child);
          next.push(child);
        }
      }
      frontier = next;
    }
  }
  for (const root of roots) size(root);
  return roots;
}

/** Team boxes fit their children in rows of COLUMNS, as the canvas sizes them. */
function size(node: Plan): void {
  if (node.children.length === 0) return;
  node.children.forEach(size);
  let width = 0;
  let height = HEADER;
  for (let i = 0; i < node.children.length; i += COLUMNS) {
    const row = node.children.slice(i, i + COLUMNS);
    width = Math.max(width, row.reduce((w, c) => w + c.width + GAP, 0) - GAP);
    height += Math.max(...row.map((c) => c.height)) + GAP;
  }
  node.width = width + 2 * PADDING;
  node.height = height - GAP + PADDING;
}

function card(plan: Plan, random: () => number): AgentCard {
  const skills = SKILLS.filter(() => random() < 0.3).map((id) => ({ id, name: id, tags: [] }));
  return {
    name: plan.name,
    description: plan.role,
    version: "1.0.0",
    skills,
    capabilities: { streaming: true },
  };
}

export type SeedResult = { count: number; roots: number; ids: string[] };

/**
 * Inserts `count` online workspaces in nested teams (absolute positions that fit the canvas's
 * team boxes) in one transaction. The rows are online without agents: nothing heartbeats for them,
 * which is fine for rendering and load figures but not for anything that talks to an agent.
 */
export async function seedScale(q: Queryable, orgId: string, count: number): Promise<SeedResult> {
  const roots = planForest(count);
  const random = sequence(count + 1);
  const ids: string[] = [];
  await inTx(q, async (t) => {
    const insert = async (plan: Plan, parentId: string | null, x: number, y: number) => {
      const rec = await insertWorkspace(t, orgId, {
        name: plan.name,
        role: plan.role,
        tier: Math.min(4, plan.depth + 1),
        status: "online",
        parent_id: parentId,
        runtime: plan.children.length > 0 ? "team-lead" : "langgraph",
        url: `http://127.0.0.1:9/${ids.length}`,
        agent_card: card(plan, random),
        x,
        y,
      });
      ids.push(rec.id);
      let rowY = y + HEADER;
      for (let i = 0; i < plan.children.length; i += COLUMNS) {
        const row = plan.children.slice(i, i + COLUMNS);
        let childX = x + PADDING;
        for (const child of row) {
          await insert(child, rec.id, childX, rowY);
          childX += child.width + GAP;
        }
        rowY += Math.max(...row.map((c) => c.height)) + GAP;
      }
    };
    // Never 0,0: the canvas reads that as "no saved position" and would lay the root out again.
    let x = 40;
    for (const root of roots) {
      await insert(root, null, x, 40);
      x += root.width + 200;
    }
  });
  return { count: ids.length, roots: roots.length, ids };
}
