export declare const WITHDRAWAL_HEADER: string;
