// The batch API's shapes live with its client (../api/batchTypes); the page names them from here.
export type * from "../api/batchTypes";
