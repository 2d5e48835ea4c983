import Link from "next/link";
import type { NoticeBlock, NoticeSection, PrivacyNotice } from "@/lib/notice/types";

// Every string comes from the record or the DPO and is rendered as text, never as HTML.

function Block({ block }: { block: NoticeBlock }) {
  if (block.type === "paragraph") return <p className="whitespace-pre-line">{block.text}</p>;
  if (block.type === "link") {
    return (
      <p>
        <Link href={block.href} className="font-medium text-brand-700 underline dark:text-sky-300">
          {block.text}
        </Link>
      </p>
    );
  }
  if (block.type === "list") {
    return (
      <ul className="list-disc space-y-1 pl-6">
        {block.items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    );
  }
  return (
    <dl className="space-y-2">
      {block.items.map((f, i) => (
        <div key={i}>
          <dt className="font-semibold">{f.label}</dt>
          <dd className="whitespace-pre-line">{f.text}</dd>
        </div>
      ))}
    </dl>
  );
}

type Level = 2 | 3 | 4;

function Section({ section, number, level, sub }: { section: NoticeSection; number: string; level: Level; sub?: boolean }) {
  const Heading = `h${level}` as "h2" | "h3" | "h4";
  return (
    <section aria-labelledby={`notice-${section.id}`} className="space-y-3">
      <Heading id={`notice-${section.id}`} className={sub ? "pt-1 text-lg font-semibold" : "pt-2 text-xl font-semibold"}>
        {number}. {section.heading}
      </Heading>
      {section.blocks.map((b, i) => (
        <Block key={i} block={b} />
      ))}
      {section.subsections?.map((s, i) => (
        <Section key={s.id} section={s} number={`${number}.${i + 1}`} level={Math.min(level + 1, 4) as Level} sub />
      ))}
    </section>
  );
}

/** The notice as a reader sees it. `titleLevel` 1 on the public page; 2 inside the DPO's preview. */
export function NoticeView({ notice, titleLevel = 1 }: { notice: PrivacyNotice; titleLevel?: 1 | 2 }) {
  const Title = titleLevel === 1 ? "h1" : "h2";
  return (
    <article className="max-w-3xl space-y-4 text-[0.95rem] leading-relaxed" aria-label="Privacy notice">
      <Title className={titleLevel === 1 ? "text-3xl font-semibold tracking-tight" : "text-2xl font-semibold"}>{notice.title}</Title>
      {notice.introduction ? <p className="whitespace-pre-line text-base">{notice.introduction}</p> : null}
      {notice.sections.map((s, i) => (
        <Section key={s.id} section={s} number={String(i + 1)} level={(titleLevel + 1) as Level} />
      ))}
    </article>
  );
}
