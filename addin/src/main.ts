// Entry point: find the host, build the pane, load the playbooks.

import { ClauseLensApi } from "./api/client";
import { PaneController } from "./core/controller";
import { detectHost } from "./office/host";
import { mountPane } from "./ui/app";

async function start(): Promise<void> {
  const root = document.getElementById("app");
  if (!root) return;
  const host = await detectHost();
  // The pane is served by the ClauseLens server, so the API lives at the page's own origin.
  const api = new ClauseLensApi(window.location.origin);
  const controller = new PaneController(api, host.kind === "word" ? host.document : undefined);
  mountPane(root, controller);
  document.body.dataset.mode = controller.state.mode;
  if (host.kind === "word") {
    const refresh = debounce(() => void controller.refreshFromDocument(), 300);
    host.document.onSelectionChanged(refresh);
    window.addEventListener("focus", refresh);
  }
  await controller.loadPlaybooks();
  document.body.dataset.ready = "true";
}

function debounce(action: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(action, ms);
  };
}

void start();
