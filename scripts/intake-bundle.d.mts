export declare function bundleIntakeWorker(distDir: string | undefined, outfile?: string): string;
