import { FigureTable } from "@/components/table/FigureTable";
import type { ImportJob } from "@/features/imports/api/imports";

type Counts = NonNullable<ImportJob["counts"]>;

function figures(...values: number[]): string[] {
  return values.map((value) => value.toLocaleString("en-GB"));
}

/** Children, placement episodes and the other files' records created, updated and left unchanged (or that would be). */
export function CountsTable({ caption, counts }: { caption: string; counts: Counts }) {
  const rows = [
    {
      key: "children",
      label: "Children",
      figures: figures(counts.children_created, counts.children_updated, counts.children_unchanged),
    },
    {
      key: "episodes",
      label: "Placement episodes",
      figures: figures(counts.episodes_created, counts.episodes_updated, counts.episodes_unchanged),
    },
    {
      key: "records",
      label: "Records of the other files (reviews, missing, OC2, OC3, UASC, adoption)",
      figures: figures(counts.records_created, counts.records_updated, counts.records_unchanged),
    },
  ];
  return (
    <FigureTable
      caption={caption}
      headings={["Records", "Created", "Updated", "Unchanged"]}
      rows={rows}
    />
  );
}
