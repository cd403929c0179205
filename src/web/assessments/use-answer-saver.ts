// src/web/assessments/use-answer-saver.ts — saves answers as they are typed: debounced, one request at a time, never dropping an edit

import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { TAnswer, TAssessmentView } from '../../contracts/conformity.js';
import { api } from '../lib/api.js';

/** The fields of an answer a person changes (the PATCH body without its ref). */
export type AnswerFields = Partial<Pick<TAnswer, 'result' | 'justification' | 'score' | 'comment' | 'assigneeUserId' | 'dueOn'>>;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  /** Not applicable without a justification: the server would refuse it, so it waits for the words. */
  | { kind: 'blocked'; ref: string }
  | { kind: 'failed'; ref: string; error: unknown };

export type AnswerSaver = {
  /** The answer as the user sees it: saved, then sent, then still waiting. */
  answerOf: (ref: string) => TAnswer | undefined;
  /** Records a change; it is sent after `delayMs` (0 at once) unless more changes come first. */
  edit: (ref: string, fields: AnswerFields, delayMs: number) => void;
  /** Sends everything waiting now (leaving a requirement, the save button, retry). */
  flush: () => void;
  hasUnsaved: (ref?: string) => boolean;
  state: SaveState;
};

const needsJustification = (a: Partial<TAnswer>): boolean => a.result === 'not_applicable' && !(a.justification ?? '').trim();

/**
 * Edits wait in `pending` until sent and sit in `inflight` while a request runs; both are laid over
 * the saved answer, so what the user typed stays on screen whatever the server answers. A failed save
 * puts its fields back under any newer edit and waits for the next change or a retry.
 */
export function useAnswerSaver(assessmentId: string, answers: readonly TAnswer[], onSaved: (v: TAssessmentView) => void): AnswerSaver {
  const pending = useRef(new Map<string, AnswerFields>());
  const inflight = useRef(new Map<string, AnswerFields>());
  const saved = useRef(answers);
  saved.current = answers;
  const saveView = useRef(onSaved);
  saveView.current = onSaved;
  const timer = useRef<number | undefined>(undefined);
  const running = useRef(false);
  const again = useRef(false);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [, rerender] = useReducer((n: number) => n + 1, 0);

  const answerOf = useCallback((ref: string): TAnswer | undefined => {
    const base = saved.current.find((a) => a.ref === ref);
    if (!base) return undefined;
    return { ...base, ...inflight.current.get(ref), ...pending.current.get(ref) };
  }, []);

  const send = useCallback(
    async (ref: string, fields: AnswerFields): Promise<boolean> => {
      pending.current.delete(ref);
      inflight.current.set(ref, fields);
      setState({ kind: 'saving' });
      try {
        const v = await api.patch<TAssessmentView>(`/api/v1/assessments/${encodeURIComponent(assessmentId)}/answers`, { ref, ...fields });
        inflight.current.delete(ref);
        saveView.current(v);
        return true;
      } catch (error) {
        inflight.current.delete(ref);
        pending.current.set(ref, { ...fields, ...pending.current.get(ref) });
        setState({ kind: 'failed', ref, error });
        return false;
      } finally {
        rerender();
      }
    },
    [assessmentId],
  );

  const flush = useCallback(async () => {
    window.clearTimeout(timer.current);
    if (running.current) {
      again.current = true;
      return;
    }
    running.current = true;
    let blocked: string | null = null;
    let sent = false;
    try {
      do {
        again.current = false;
        blocked = null;
        for (const [ref, fields] of [...pending.current]) {
          const shown = answerOf(ref);
          if (shown && needsJustification(shown)) {
            blocked = ref;
            continue;
          }
          if (!(await send(ref, fields))) return;
          sent = true;
        }
      } while (again.current);
      if (blocked !== null) setState({ kind: 'blocked', ref: blocked });
      else if (sent) setState({ kind: 'saved', at: new Date() });
    } finally {
      running.current = false;
    }
  }, [answerOf, send]);

  const edit = useCallback(
    (ref: string, fields: AnswerFields, delayMs: number) => {
      pending.current.set(ref, { ...pending.current.get(ref), ...fields });
      rerender();
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), delayMs);
    },
    [flush],
  );

  // Leaving the page with edits still waiting: send them, and let the browser warn before unloading.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (pending.current.size > 0 || inflight.current.size > 0) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      if (pending.current.size > 0) void flush();
    };
  }, [flush]);

  const hasUnsaved = (ref?: string) =>
    ref === undefined ? pending.current.size > 0 || inflight.current.size > 0 : pending.current.has(ref) || inflight.current.has(ref);

  return { answerOf, edit, flush: () => void flush(), hasUnsaved, state };
}
