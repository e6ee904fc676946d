import { SiteFrame } from "@/app/_components/site-header";

export default function DeskGroupLayout({ children }: { children: React.ReactNode }) {
  return <SiteFrame>{children}</SiteFrame>;
}
