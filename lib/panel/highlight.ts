/**
 * Cuts a text into plain and highlighted segments from possibly overlapping ranges (signals, findings),
 * so the panel renders them as React text and <mark> elements — never as HTML.
 */
export interface TextMark {
  start: number;
  end: number;
  /** stable id of the thing marked (used for aria-describedby) */
  id: string;
  /** what hover/focus says */
  label: string;
  kind: string;
}

export interface TextSegment {
  start: number;
  end: number;
  text: string;
  /** the marks covering this segment (empty: plain text) */
  marks: TextMark[];
}

/** Linear in text length plus marks·log(marks); ranges are clamped to the text, empty ones dropped. */
export function segmentText(text: string, marks: readonly TextMark[]): TextSegment[] {
  const valid = marks
    .map((mark) => ({ ...mark, start: Math.max(0, Math.min(mark.start, text.length)), end: Math.max(0, Math.min(mark.end, text.length)) }))
    .filter((mark) => mark.end > mark.start);
  const cuts = new Set<number>([0, text.length]);
  for (const mark of valid) {
    cuts.add(mark.start);
    cuts.add(mark.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const sorted = [...valid].sort((a, b) => a.start - b.start);
  const segments: TextSegment[] = [];
  let active: TextMark[] = [];
  let next = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    active = active.filter((mark) => mark.end > start);
    while (next < sorted.length && sorted[next]!.start <= start) {
      if (sorted[next]!.end > start) active.push(sorted[next]!);
      next++;
    }
    const covering = active.filter((mark) => mark.start <= start && mark.end >= end);
    const previous = segments[segments.length - 1];
    if (previous && previous.marks.length === 0 && covering.length === 0) {
      previous.end = end;
      previous.text = text.slice(previous.start, end);
    } else segments.push({ start, end, text: text.slice(start, end), marks: covering });
  }
  return segments.filter((segment) => segment.end > segment.start);
}

/** The marks that fall in [offset, offset+length), shifted to start at 0 (e.g. the text after a title). */
export function marksWithin(marks: readonly TextMark[], offset: number, length: number): TextMark[] {
  const out: TextMark[] = [];
  for (const mark of marks) {
    const start = Math.max(mark.start, offset) - offset;
    const end = Math.min(mark.end, offset + length) - offset;
    if (end > start) out.push({ ...mark, start, end });
  }
  return out;
}
