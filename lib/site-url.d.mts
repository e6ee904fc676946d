export function publicBaseUrl(): string;
