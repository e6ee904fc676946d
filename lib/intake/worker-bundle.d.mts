export declare const INTAKE_WORKER_BUNDLE: unique symbol;
export declare function intakeBundleFile(root: string, distDir: string | undefined): string;
