export declare const CLIENT_ADDRESS_HEADER: "x-factdesk-client-address";
export declare function normalizeAddress(raw: unknown): string | null;
export declare function clientAddress(options: {
  remoteAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trustedProxies?: number;
}): string;
export declare function trustedProxyCount(raw: string | undefined): number;
export declare function addressBucket(address: string): string;
export declare function networkBuckets(address: string): { site: string; network: string } | null;
