import { Children, cloneElement, isValidElement, useId, type ComponentProps, type ReactElement } from "react";
import { cn } from "./cn";

/**
 * A table in a horizontal scroller. The scroller is a focusable, named region, so a keyboard user can
 * reach and scroll a table wider than the screen (WCAG 2.1.1); it is named by the table's caption, or
 * by the table's aria-label when it has no caption. `relative` keeps absolutely positioned content
 * (the `sr-only` texts in cells) inside the scroller: without it they escape the clip and make the
 * whole page wider than a phone's screen.
 */
export function Table({ className, children, ...props }: ComponentProps<"table">) {
  const fallbackId = useId();
  const isCaption = (child: unknown): child is ReactElement<ComponentProps<"caption">> => isValidElement(child) && child.type === "caption";
  const caption = Children.toArray(children).find(isCaption);
  const captionId = caption ? (caption.props.id ?? `${fallbackId}-caption`) : undefined;
  const content = Children.map(children, (child) => (isCaption(child) && !child.props.id ? cloneElement(child, { id: captionId }) : child));
  const name = captionId ? { "aria-labelledby": captionId } : { "aria-label": props["aria-label"] };
  return (
    <div
      role="region"
      tabIndex={0}
      {...name}
      className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
    >
      <table className={cn("w-full text-left text-sm", className)} {...props}>
        {content}
      </table>
    </div>
  );
}

export function Th({ className, ...props }: ComponentProps<"th">) {
  return (
    <th
      scope="col"
      className={cn("border-b border-slate-200 bg-slate-50 px-3 py-2 font-semibold text-slate-700 dark:border-slate-800 dark:bg-slate-800/60 dark:text-slate-200", className)}
      {...props}
    />
  );
}

export function Td({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn("border-b border-slate-100 px-3 py-2 align-top dark:border-slate-800", className)} {...props} />;
}
