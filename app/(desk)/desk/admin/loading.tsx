// The desk's loading state for this page (see desk-loading.tsx for why it is not one for the whole desk).
export { DeskLoading as default } from "../desk-loading";
