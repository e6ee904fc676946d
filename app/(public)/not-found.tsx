import { NotFoundMessage } from "@/app/_components/not-found-message";

// notFound() from a public page (an unknown or unpublished verdict): the public layout already draws
// the header and <main>, so this brings only the message.
export default function NotFound() {
  return <NotFoundMessage />;
}
