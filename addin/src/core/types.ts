// The pane's words and orders for the server's shapes (which live in ../api/types and are re-exported
// here, so core and ui name them from one place).
import type { Severity } from "../api/types";
import { hasMessage, t } from "./i18n";

export type {
  AnalysisResult,
  AnalysisSummary,
  AnalyzedClause,
  ClauseKind,
  DealChoice,
  DraftingCheck,
  Evidence,
  Finding,
  FindingKind,
  LabelScore,
  PlaybookInfo,
  PassedCheck,
  ContractCheck,
  PlaybookRole,
  Severity,
} from "../api/types";

/**
 * The pane starts on "By contract type (automatic)": the server applies the playbook for the detected
 * type (an NDA gets the NDA playbook, not the collaboration playbook's IP and non-compete rules).
 */
export const DEFAULT_PLAYBOOK_ID = "";

/** The contract types the server tells apart, in the reviewer's words (and UI language). */
export const CONTRACT_TYPES: readonly { id: string; readonly name: string }[] = ["nda", "licence", "collaboration", "supply", "services", "other"].map((id) => ({
  id,
  get name() {
    return hasMessage(`type.${id}`) ? t(`type.${id}` as "type.nda") : id;
  },
}));

export function contractTypeName(id: string): string {
  return CONTRACT_TYPES.find((c) => c.id === id)?.name ?? id;
}

/** Most serious first: the order a reviewer reads in. */
export const SEVERITY_ORDER: readonly Severity[] = ["high", "medium", "low", "info"];

export const SEVERITY_NAMES: Readonly<Record<Severity, string>> = {
  get high() {
    return t("severity.high");
  },
  get medium() {
    return t("severity.medium");
  },
  get low() {
    return t("severity.low");
  },
  get info() {
    return t("severity.info");
  },
};

/** The reviewer's words for the model's labels, in the UI language. */
export function labelName(label: string): string {
  const key = `label.${label}`;
  return hasMessage(key) ? t(key) : label.replace(/_/g, " ");
}
