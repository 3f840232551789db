export declare const ADDIN_DIR: string;
export declare function schemaErrors(file: string): string[];
export declare function iconErrors(manifestXml: string): string[];
