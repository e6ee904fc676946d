import type { IncomingMessage, Server, ServerResponse } from "node:http";
export declare function refused(req: IncomingMessage, res: ServerResponse): boolean;
export declare function serve(options: { port: string | number; hostname: string; dev?: boolean }): Promise<Server>;
export declare function nameIntakeBundle(root?: string, distDir?: string): string | null;
export type Route = { pattern: RegExp; handler: boolean };
export declare function routeTable(manifest: Record<string, string>): Route[];
export declare function isPagePath(pathname: string, routes?: Route[]): boolean;
export declare function builtRouteTable(root?: string, distDir?: string): Route[];
