// What the reader is doing with the pen: the tool, its colour and width, and whether a stylus was seen on this tablet.
export type Tool = 'read' | 'pen' | 'highlighter' | 'note' | 'eraser';

export interface ToolState {
  tool: Tool;
  /** The pen's and the notes' colour. */
  color: string;
  /** The highlighter's colour. */
  highlight: string;
  /** The pen's width, in thousandths of the page width. */
  width: number;
  /** A stylus has drawn here: from now on only the pen draws, and a finger scrolls. */
  stylus: boolean;
}

export const PEN_COLOURS = ['#111827', '#1d4ed8', '#dc2626', '#15803d'] as const;
export const HIGHLIGHT_COLOURS = ['#facc15', '#f472b6', '#22d3ee'] as const;
export const WIDTHS = { thin: 2, medium: 3.5, thick: 6 } as const;

export const INITIAL_TOOLS: ToolState = { tool: 'read', color: '#1d4ed8', highlight: '#facc15', width: WIDTHS.medium, stylus: false };
