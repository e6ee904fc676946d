"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps } from "recharts";

export type ChartDatum = { name: string; count: number; color?: string };

const ACCENT = "#1d4ed8";

/**
 * One bar chart of the dashboard. The numbers are also in a table next to it on the page, so the
 * drawing is a single image to assistive technology, labelled with its title and every value.
 * `rows`: one horizontal bar per category, top to bottom (the funnel, people); else columns left to right.
 */
export function DashboardChart({
  title,
  data,
  rows = false,
  height = 240,
  unit = "Claims",
}: {
  title: string;
  data: ChartDatum[];
  rows?: boolean;
  height?: number;
  unit?: string;
}) {
  const label = `${title}: ${data.map((d) => `${d.name} ${d.count}`).join(", ")}`;
  const shape = (props: BarShapeProps) => <Rectangle {...props} fill={(props.payload as ChartDatum).color ?? ACCENT} />;
  const axis = { tick: { fontSize: 12, fill: "#44403c" }, stroke: "#a8a29e" };
  return (
    <div className="keep-light w-full rounded bg-white" style={{ height }} role="img" aria-label={label} data-testid="dashboard-chart">
      <ResponsiveContainer width="100%" height="100%">
        {rows ? (
          <BarChart data={data} layout="vertical" margin={{ top: 4, right: 32, bottom: 4, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} {...axis} />
            <YAxis type="category" dataKey="name" width={120} interval={0} {...axis} />
            <Tooltip cursor={{ fill: "#f5f5f4" }} />
            <Bar dataKey="count" name={unit} shape={shape} isAnimationActive={false} barSize={18}>
              <LabelList dataKey="count" position="right" fontSize={12} fill="#1c1917" />
            </Bar>
          </BarChart>
        ) : (
          <BarChart data={data} margin={{ top: 16, right: 8, bottom: 4, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" interval={0} {...axis} />
            <YAxis allowDecimals={false} width={32} {...axis} />
            <Tooltip cursor={{ fill: "#f5f5f4" }} />
            <Bar dataKey="count" name={unit} shape={shape} isAnimationActive={false} maxBarSize={48}>
              <LabelList dataKey="count" position="top" fontSize={12} fill="#1c1917" />
            </Bar>
          </BarChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}
