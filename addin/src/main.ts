// Entry point: find the host, sign in if the server asks for it, build the pane, load the playbooks.

import { ClauseLensApi } from "./api/client";
import { startSignIn } from "./auth";
import { PaneController } from "./core/controller";
import { setUiLanguage, uiLanguage, type UiLanguage } from "./core/i18n";
import type { DealChoice } from "./core/types";
import { browserDecisionStore, type DecisionStore } from "./core/decisionStore";
import { fingerprint } from "./core/fingerprint";
import { normaliseParagraph } from "./core/normalise";
import { ReviewController } from "./core/review";
import { canKeepDecisionsInDocument, documentDecisionStore } from "./office/decisionsPart";
import { canReadRedline, readRedline } from "./office/redline";
import { resolveChange, showChange } from "./office/trackedChanges";
import type { CompareServices } from "./ui/compare";
import { detectHost } from "./office/host";
import { mountPane } from "./ui/app";
import { browserStorage, initialUiLanguage, LANGUAGE_KEY } from "./ui/language";

async function start(): Promise<void> {
  const root = document.getElementById("app");
  if (!root) return;
  const host = await detectHost();
  const storage = browserStorage();
  // The reviewer's own choice wins; else Office's UI language in Word, else the browser's.
  const officeLanguage = host.kind === "word" && typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  setUiLanguage(initialUiLanguage(storage, officeLanguage, navigator.language));
  let controllerRef: PaneController | undefined;
  const chooseLanguage = (language: UiLanguage): void => {
    storage.setItem(LANGUAGE_KEY, language);
    setUiLanguage(language);
    // The findings' texts come from the server in the reviewer's language: ask again.
    void controllerRef?.languageChanged();
  };
  // The pane is served by the ClauseLens server, so the API lives at the page's own origin.
  const origin = window.location.origin;
  const session = await startSignIn({ baseUrl: origin, nestedAppAuth: host.kind === "word" && host.nestedAppAuth });
  const api = new ClauseLensApi(origin, undefined, session);
  const controller = new PaneController(api, host.kind === "word" ? host.document : undefined);
  controllerRef = controller;
  // Decisions stay with the document: in Word, inside the file (WordApi 1.4); elsewhere, in this browser.
  const inDocument = host.kind === "word" && canKeepDecisionsInDocument();
  const storeFor = (paragraphs: readonly string[]): DecisionStore =>
    inDocument ? documentDecisionStore() : browserDecisionStore(storage, fingerprint(paragraphs));
  const reviewer = (): string => (session.state.status === "signed-in" ? session.state.account.name : "local");
  const review = new ReviewController(storeFor, reviewer);
  const inWord = host.kind === "word";
  const redline = inWord && canReadRedline();
  const compare: CompareServices = {
    // The comparison reads both drafts as the results did: same playbook, type and side.
    compare: (before, after, playbook) => api.compare(before, after, playbook, undefined, dealOf(controller)),
    paragraphsOf: async (file, name) => (await api.analyzeFile(file, name, controller.state.playbookId)).paragraphs ?? [],
    currentParagraphs: async () =>
      host.kind === "word" ? (await host.document.read()).paragraphs.map(normaliseParagraph) : controller.state.result ? controller.state.paragraphs : undefined,
    ...(redline ? { readRedline, resolveChange } : {}),
    // "Show in document" selects a change's clause in Word (its tracked changes, for a redline).
    ...(inWord ? { showChange } : {}),
    ...(inWord && !redline ? { redlineUnavailable: "\"What does this redline do?\" needs Word API 1.6, which this version of Word does not offer." } : {}),
    playbook: () => controller.state.result?.playbook.id ?? controller.state.playbookId,
  };
  mountPane(root, controller, session, { review, services: { issuesXlsx: (rows) => api.issuesXlsx(rows) }, compare }, chooseLanguage);
  document.body.dataset.mode = controller.state.mode;
  document.body.dataset.signIn = session.state.status;
  if (host.kind === "word") {
    const refresh = debounce(() => void controller.refreshFromDocument(), 300);
    host.document.onSelectionChanged(refresh);
    window.addEventListener("focus", refresh);
  }
  // Listing playbooks needs a signed-in user when sign-in is on: wait for one rather than warn.
  session.subscribe((state) => {
    document.body.dataset.signIn = state.status;
    if (state.status === "signed-in" && controller.state.playbooks.length === 0) void controller.loadPlaybooks();
  });
  if (session.state.status !== "signed-out") await controller.loadPlaybooks();
  document.body.dataset.ready = "true";
}

function dealOf(controller: PaneController): DealChoice {
  const { contractType, side } = controller.state;
  return { ...(contractType ? { contractType } : {}), ...(side ? { side } : {}), language: uiLanguage() };
}

function debounce(action: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(action, ms);
  };
}

void start();
