// The batch page's behaviour: pick or drop files (folders too), upload them as one batch, follow
// progress live (server-sent events read with fetch, polling when the stream breaks), then open the
// report, CSV or JSON with the same sign-in as every other call.

import type { BatchesApi, PickedFile } from "../api/batches";
import { plainMessage } from "../api/problems";
import { SignInRequiredError, type SignInSession } from "../auth";
import type { BatchStatus, ResultsFormat } from "./types";

const SUPPORTED = /\.(docx|pdf|html?|txt|zip)$/i;
const POLL_MS = 1000;

/** Files worth uploading: a supported type, not hidden or from macOS archive folders. */
export function acceptable(path: string): boolean {
  return SUPPORTED.test(path) && !hidden(path);
}

function hidden(path: string): boolean {
  return path.split("/").some((part) => part.startsWith(".") || part === "__MACOSX");
}

/** A few names, then how many more. */
function listed(names: readonly string[]): string {
  return names.length <= 5 ? names.join(", ") : `${names.slice(0, 5).join(", ")} and ${names.length - 5} more`;
}

/** One line for the progress summary. */
export function summaryOf(status: BatchStatus): string {
  const c = status.counts;
  if (status.status === "complete") {
    return `Complete: ${c.done} of ${c.total} analysed${c.failed ? `, ${c.failed} failed` : ""}.`;
  }
  return `${c.done + c.failed} of ${c.total} finished (${c.done} done, ${c.failed} failed, ${c.analysing} analysing, ${c.queued} queued).`;
}

const STATUS_WORDS = { queued: "Queued", analysing: "Analysing…", done: "Done", failed: "Failed" } as const;

/** Wires the page up; resolves once the playbooks are listed and any batch in the address is shown. */
export async function mountBatchPage(doc: Document, api: BatchesApi, session: SignInSession): Promise<void> {
  const $ = <T extends HTMLElement = HTMLElement>(id: string): T => {
    const found = doc.getElementById(id);
    if (!found) throw new Error(`The batch page has no #${id}.`);
    return found as T;
  };
  let picked: PickedFile[] = [];
  let current: BatchStatus | undefined;
  let following = false;

  const showError = (message: string): void => {
    $("error").textContent = message;
    $("error").hidden = !message;
  };

  let skipped: string[] = [];
  const showPicked = (): void => {
    $("count").textContent = String(picked.length);
    $("count-noun").textContent = picked.length === 1 ? "file" : "files";
    $<HTMLButtonElement>("start").disabled = picked.length === 0 || !signedInOrLocal();
    $("clear").hidden = picked.length === 0;
    const chosen = picked.length === 0 ? "No files chosen yet." : `${picked.length} file${picked.length === 1 ? "" : "s"} chosen: ${listed(picked.map((p) => p.path))}.`;
    const left = skipped.length === 0 ? "" : ` Skipped ${listed(skipped)}: only .docx, .pdf, .html, .txt and .zip files are checked.`;
    const signIn = picked.length > 0 && !signedInOrLocal() ? " Sign in to check them." : "";
    $("picked").textContent = chosen + left + signIn;
  };

  const signedInOrLocal = (): boolean => session.state.status === "off" || session.state.status === "signed-in";

  const add = (files: PickedFile[]): void => {
    const known = new Set(picked.map((p) => p.path));
    // Hidden files (.DS_Store, __MACOSX) are noise from the file system, not worth a mention.
    skipped = files.filter((f) => !acceptable(f.path) && !hidden(f.path)).map((f) => f.path);
    for (const file of files) {
      if (acceptable(file.path) && !known.has(file.path)) {
        picked.push(file);
        known.add(file.path);
      }
    }
    showPicked();
  };

  const render = (status: BatchStatus): void => {
    current = status;
    $("batch").hidden = false;
    const overall = $<HTMLProgressElement>("overall");
    overall.max = Math.max(1, status.counts.total);
    overall.value = status.counts.done + status.counts.failed;
    $("summary").textContent = summaryOf(status);
    const body = $<HTMLTableSectionElement>("documents");
    body.replaceChildren(
      ...status.documents.map((d) => {
        const row = doc.createElement("tr");
        row.dataset.status = d.status;
        const index = row.insertCell();
        index.className = "index";
        index.textContent = String(d.index + 1);
        const name = row.insertCell();
        name.className = "name";
        name.textContent = d.name;
        const state = row.insertCell();
        state.className = `status ${d.status}`;
        state.textContent = STATUS_WORDS[d.status] ?? d.status;
        if (d.reason) {
          const reason = doc.createElement("span");
          reason.className = "reason";
          reason.textContent = d.reason;
          state.append(reason);
        }
        return row;
      }),
    );
    $("links").hidden = status.status !== "complete";
  };

  const follow = async (batch: BatchStatus): Promise<void> => {
    if (following) return;
    following = true;
    try {
      let last = batch;
      try {
        last = await api.follow(batch, render);
      } catch (error) {
        // A broken stream (proxy, network): fall back to polling below. Sign-in trouble is final.
        if (error instanceof SignInRequiredError) throw error;
      }
      while (last.status !== "complete" && current?.id === batch.id) {
        await new Promise((r) => setTimeout(r, POLL_MS));
        last = await api.status(batch);
        render(last);
      }
    } catch (error) {
      // The batch goes on at the server either way; its id is in the address, so a reload finds it.
      const resume = error instanceof SignInRequiredError ? "Progress resumes once you are signed in again." : "Reload the page to follow the batch again.";
      showError(`${plainMessage(error)} ${resume}`);
    } finally {
      following = false;
    }
  };

  const start = async (): Promise<void> => {
    const files = picked;
    $<HTMLButtonElement>("start").disabled = true;
    showError("");
    try {
      const status = await api.submit(files, $<HTMLSelectElement>("playbook").value || undefined);
      history.replaceState(null, "", `#batch=${encodeURIComponent(status.id)}`);
      picked = [];
      skipped = [];
      showPicked();
      render(status);
      await follow(status);
    } catch (error) {
      showError(plainMessage(error));
      showPicked();
    }
  };

  const open = async (format: ResultsFormat): Promise<void> => {
    if (!current) return;
    // Opened now, while the click still counts as the person's, so no pop-up blocker intervenes.
    const target = format === "csv" ? null : window.open("", "_blank");
    try {
      const blob = await api.results(current, format);
      const url = URL.createObjectURL(blob);
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      if (format === "csv") {
        const link = doc.createElement("a");
        link.href = url;
        link.download = `clauselens-batch-${current.id}.csv`;
        link.click();
      } else if (target) {
        target.location.href = url;
      } else {
        window.open(url, "_blank");
      }
    } catch (error) {
      target?.close();
      showError(plainMessage(error));
    }
  };

  const remove = async (): Promise<void> => {
    if (!current) return;
    try {
      await api.delete(current);
      history.replaceState(null, "", location.pathname);
      current = undefined;
      $("batch").hidden = true;
    } catch (error) {
      showError(plainMessage(error));
    }
  };

  const fromInput = (input: HTMLInputElement): void => {
    add(Array.from(input.files ?? [], (file) => ({ file, path: file.webkitRelativePath || file.name })));
    input.value = "";
  };

  $<HTMLInputElement>("files").addEventListener("change", (e) => fromInput(e.target as HTMLInputElement));
  $<HTMLInputElement>("folder").addEventListener("change", (e) => fromInput(e.target as HTMLInputElement));
  $("start").addEventListener("click", () => void start());
  $("clear").addEventListener("click", () => {
    picked = [];
    skipped = [];
    showPicked();
  });
  $("report").addEventListener("click", () => void open("html"));
  $("csv").addEventListener("click", () => void open("csv"));
  $("json").addEventListener("click", () => void open("json"));
  $("delete").addEventListener("click", () => void remove());

  const drop = $("drop");
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    void droppedFiles(e.dataTransfer).then(add);
  });

  const loadPlaybooks = async (): Promise<void> => {
    try {
      const select = $<HTMLSelectElement>("playbook");
      for (const playbook of await api.listPlaybooks()) {
        if ([...select.options].some((o) => o.value === playbook.id)) continue;
        const option = doc.createElement("option");
        option.value = playbook.id;
        option.textContent = playbook.version ? `${playbook.name} (v${playbook.version})` : playbook.name;
        select.append(option);
      }
    } catch {
      // The default playbook still works.
    }
  };

  session.subscribe((state) => {
    showPicked();
    if (state.status !== "signed-in") return;
    showError("");
    void loadPlaybooks();
    if (current && current.status !== "complete") void follow(current);
  });
  // A reload (or a shared link) picks the batch up again from the address.
  const resumeFromAddress = async (): Promise<void> => {
    const id = new URLSearchParams(location.hash.slice(1)).get("batch");
    if (!id || current) return;
    try {
      const status = await api.get(id);
      render(status);
      if (status.status !== "complete") void follow(status);
    } catch (error) {
      if (!(error instanceof SignInRequiredError)) showError(plainMessage(error));
    }
  };

  session.subscribe((state) => {
    if (state.status === "signed-in") void resumeFromAddress();
  });
  showPicked();
  if (signedInOrLocal()) {
    await Promise.all([loadPlaybooks(), resumeFromAddress()]);
  }
}

/** Files from a drop; dropped folders arrive as directory entries and are walked. */
async function droppedFiles(transfer: DataTransfer | null): Promise<PickedFile[]> {
  if (!transfer) return [];
  const entries = Array.from(transfer.items ?? [], (item) => item.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => !!e);
  if (entries.length === 0) return Array.from(transfer.files, (file) => ({ file, path: file.name }));
  return (await Promise.all(entries.map((entry) => walk(entry, "")))).flat();
}

function walk(entry: FileSystemEntry, prefix: string): Promise<PickedFile[]> {
  if (entry.isFile) {
    return new Promise((resolve) => (entry as FileSystemFileEntry).file((file) => resolve([{ file, path: prefix + file.name }]), () => resolve([])));
  }
  if (!entry.isDirectory) return Promise.resolve([]);
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  return new Promise((resolve) => {
    const more = (): void =>
      reader.readEntries(
        (batch) => {
          if (batch.length > 0) {
            children.push(...batch);
            more();
          } else {
            void Promise.all(children.map((child) => walk(child, `${prefix}${entry.name}/`))).then((lists) => resolve(lists.flat()));
          }
        },
        () => resolve([]),
      );
    more();
  });
}
