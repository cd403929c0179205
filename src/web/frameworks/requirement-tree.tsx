// src/web/frameworks/requirement-tree.tsx — a framework's clauses and requirements as an indented list of buttons, shared by the browser and the workspace

import { ScrollArea, Text, UnstyledButton } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';
import type { TFrameworkNode } from '../../contracts/conformity.js';
import { useText } from '../components/conformity.js';

/**
 * The tree, depth-first as the framework lists it. Nodes that `selectable` accepts are buttons (the
 * selected one is `aria-current`); the rest are headings for context. `marker` draws what follows a
 * node's title (a result, a count). The selected node is kept in view as it changes.
 */
export function RequirementTree({
  nodes,
  selected,
  onSelect,
  label,
  selectable = () => true,
  marker,
  height = 'calc(100vh - 260px)',
}: {
  nodes: readonly TFrameworkNode[];
  selected: string | null;
  onSelect: (ref: string) => void;
  label: string;
  selectable?: (node: TFrameworkNode) => boolean;
  marker?: (node: TFrameworkNode) => ReactNode;
  height?: string | number;
}) {
  const text = useText();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (selected === null) return;
    const el = box.current?.querySelector<HTMLElement>(`[data-ref="${CSS.escape(selected)}"]`);
    el?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  return (
    <nav aria-label={label} className="ccq-tree">
      <ScrollArea.Autosize mah={height} type="auto" offsetScrollbars viewportRef={box}>
        <ul>
          {nodes.map((n) => {
            const indent = { paddingLeft: `calc(${Math.max(0, n.depth - 1)} * 14px + 8px)` };
            if (!selectable(n))
              return (
                <li key={n.ref} className="ccq-tree-heading" style={indent}>
                  <Text size="xs" fw={650} c="dimmed" component="span">
                    <span className="ccq-tree-ref">{n.ref}</span> {text(n.title)}
                  </Text>
                </li>
              );
            const current = n.ref === selected;
            return (
              <li key={n.ref}>
                <UnstyledButton
                  data-ref={n.ref}
                  aria-current={current ? 'true' : undefined}
                  className="ccq-tree-item"
                  style={indent}
                  onClick={() => onSelect(n.ref)}
                >
                  <span className="ccq-tree-ref">{n.ref}</span> <span className="ccq-tree-title">{text(n.title)}</span>
                  {marker?.(n)}
                </UnstyledButton>
              </li>
            );
          })}
        </ul>
      </ScrollArea.Autosize>
    </nav>
  );
}
