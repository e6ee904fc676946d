import type { IncomingMessage, Server, ServerResponse } from "node:http";
export declare function refused(req: IncomingMessage, res: ServerResponse): boolean;
export declare function serve(options: { port: string | number; hostname: string; dev?: boolean }): Promise<Server>;
export declare function nameIntakeBundle(root?: string, distDir?: string): string | null;
export declare function routeHandlerPatterns(manifest: Record<string, string>): RegExp[];
export declare function isPagePath(pathname: string, handlers?: RegExp[]): boolean;
export declare function builtRouteHandlers(root?: string, distDir?: string): RegExp[];
