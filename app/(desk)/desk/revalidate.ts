export { revalidatePublicVerdict } from "@/lib/publishing/revalidate";
