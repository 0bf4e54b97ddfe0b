"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { FILTER_KEYS } from "~/filters/use-filter-state";

export interface NavEntry {
  href: string;
  label: string;
  /** Analytic pages share the filter: moving between them keeps it. */
  keepsFilter: boolean;
}

/** The main navigation; marks the current page and carries the filter between analytic pages. */
export function NavLinks({ entries }: { entries: NavEntry[] }) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const filterQuery = new URLSearchParams();
  for (const [key, value] of searchParams) {
    if ((FILTER_KEYS as readonly string[]).includes(key)) filterQuery.append(key, value);
  }
  const carried = filterQuery.toString();
  return (
    <ul>
      {entries.map((entry) => {
        const current = entry.href === "/" ? pathname === "/" : pathname.startsWith(entry.href);
        const href = entry.keepsFilter && carried !== "" ? `${entry.href}?${carried}` : entry.href;
        return (
          <li key={entry.href}>
            <Link href={href} aria-current={current ? "page" : undefined}>
              {entry.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
