/** Width and height of a card or team box, in canvas units. */
export type Size = { width: number; height: number };
/** A child's box, positioned relative to its team's top-left corner. */
export type Box = Size & { x: number; y: number };

/** Default card size, used until React Flow has measured the card. */
export const CARD_WIDTH = 260;
export const CARD_HEIGHT = 120;
/** Font size of a card's role line (Tailwind `text-sm`): the first view keeps it readable. */
export const CARD_ROLE_TEXT_PX = 14;
/** Space a team keeps around its children, and above them for its own header. */
export const TEAM_PADDING = 24;
export const TEAM_HEADER = 88;
/** Gap between sibling cards in a laid-out team. */
export const CARD_GAP = 32;

export const DEFAULT_CARD_SIZE: Size = { width: CARD_WIDTH, height: CARD_HEIGHT };

/**
 * The size of a team box that contains `children`: their right and bottom edges plus padding,
 * never smaller than a card. It grows only right and down, so the team's saved position stays put.
 */
export function teamSize(children: readonly Box[]): Size {
  let right = 0;
  let bottom = 0;
  for (const child of children) {
    right = Math.max(right, child.x + child.width);
    bottom = Math.max(bottom, child.y + child.height);
  }
  if (children.length === 0) return DEFAULT_CARD_SIZE;
  return {
    width: Math.max(CARD_WIDTH, right + TEAM_PADDING),
    height: Math.max(CARD_HEIGHT, bottom + TEAM_PADDING),
  };
}
