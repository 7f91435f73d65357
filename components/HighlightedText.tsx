import { segmentText, type TextMark } from '@/lib/panel/highlight';

/** Text with marked ranges: each <mark> is focusable and says why on hover (title) and focus (aria-describedby). */
export function HighlightedText(props: { text: string; marks: readonly TextMark[]; describedBy?: (mark: TextMark) => string | undefined; testId?: string; focusable?: boolean }) {
  const segments = segmentText(props.text, props.marks);
  return (
    <span data-testid={props.testId}>
      {segments.map((segment) => {
        if (segment.marks.length === 0) return <span key={segment.start}>{segment.text}</span>;
        const label = segment.marks.map((mark) => mark.label).join(' · ');
        const ids = segment.marks.map((mark) => props.describedBy?.(mark)).filter((id): id is string => !!id);
        return (
          <mark
            key={segment.start}
            tabIndex={props.focusable === false ? undefined : 0}
            title={label}
            aria-describedby={ids.length ? ids.join(' ') : undefined}
            className={`mark mark-${segment.marks[0]!.kind}`}
            data-kinds={segment.marks.map((mark) => mark.kind).join(' ')}
          >
            {segment.text}
          </mark>
        );
      })}
    </span>
  );
}
