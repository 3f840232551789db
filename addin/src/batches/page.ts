// The batch page's view: renders the controller's state (./controller) into batches.html and
// forwards the person's actions (pick, drop, start, open, delete). Everything else is the controller's.

import type { BatchesApi, PickedFile } from "../api/batches";
import type { SignInSession } from "../auth";
import { hasMessage, localName, onUiLanguage, setUiLanguage, t, uiLanguage, type UiLanguage } from "../core/i18n";
import { CONTRACT_TYPES } from "../core/types";
import { languageSwitch } from "../ui/language";
import {
  BatchPageController,
  chipText,
  COUNTED,
  documentRows,
  issueListLabel,
  sideChoices,
  statusWord,
  type BatchAddress,
  type BatchPageState,
  type DocumentRow,
} from "./controller";
import type { BatchStatus, IssueListFormat, ResultsFormat } from "./types";

export { acceptable, summaryOf } from "./controller";

const DOWNLOADS: Partial<Record<ResultsFormat, string>> = { csv: "documents.csv", findingsCsv: "findings.csv", xlsx: "xlsx" };

/**
 * The page's own words in the current language: every element marked `data-i18n="key"` gets the
 * key's text (the title, headings, labels, buttons, table headings), and `<html lang>` follows.
 */
export function translatePage(doc: Document): void {
  doc.documentElement.lang = uiLanguage();
  for (const element of doc.querySelectorAll<HTMLElement>("[data-i18n]")) {
    const key = element.dataset.i18n;
    if (key && hasMessage(key)) element.textContent = t(key);
  }
}

/** The batch id in the page's address (#batch=…), kept across reloads and shared links. */
const pageAddress: BatchAddress = {
  batchId: () => new URLSearchParams(location.hash.slice(1)).get("batch") ?? undefined,
  remember: (id) => history.replaceState(null, "", id ? `#batch=${encodeURIComponent(id)}` : location.pathname),
};

/** Wires the page up; resolves once the playbooks are listed and any batch in the address is shown. */
export async function mountBatchPage(
  doc: Document,
  api: BatchesApi,
  session: SignInSession,
  chooseLanguage: (language: UiLanguage) => void = setUiLanguage,
): Promise<void> {
  const $ = <T extends HTMLElement = HTMLElement>(id: string): T => {
    const found = doc.getElementById(id);
    if (!found) throw new Error(`The batch page has no #${id}.`);
    return found as T;
  };
  const controller = new BatchPageController(api, session, pageAddress);

  const render = (state: BatchPageState): void => {
    $("error").textContent = state.error;
    $("error").hidden = !state.error;
    // "Check 3 files", 「3 件のファイルを確認」: the number in its own element, the words around it.
    const n = state.picked.length;
    const [before = "", after = ""] = t(n === 1 ? "batch.start.one" : "batch.start.other", { n: "\u0000" }).split("\u0000");
    $("start-before").textContent = before;
    $("count").textContent = String(n);
    $("start-after").textContent = after;
    $<HTMLButtonElement>("start").disabled = state.submitting || state.picked.length === 0 || !controller.canCall;
    $("clear").hidden = state.picked.length === 0;
    $("picked").textContent = controller.pickedText;
    renderPlaybooks(state);
    renderTypes();
    renderSides(state);
    if (state.current) {
      renderBatch(state.current);
    } else {
      $("batch").hidden = true;
    }
  };

  const renderPlaybooks = (state: BatchPageState): void => {
    const select = $<HTMLSelectElement>("playbook");
    for (const playbook of state.playbooks) {
      const name = localName(playbook);
      const text = playbook.version ? `${name} (v${playbook.version})` : name;
      const shown = [...select.options].find((o) => o.value === playbook.id);
      if (shown) {
        shown.textContent = text;
        continue;
      }
      const option = doc.createElement("option");
      option.value = playbook.id;
      option.textContent = text;
      select.append(option);
    }
  };

  // The type names follow the page's language (the pane's words for them).
  const renderTypes = (): void => {
    const select = $<HTMLSelectElement>("contract-type");
    if (select.options.length > 1) {
      for (const option of select.options) {
        const type = CONTRACT_TYPES.find((c) => c.id === option.value);
        if (type) option.textContent = type.name;
      }
      return;
    }
    for (const type of CONTRACT_TYPES) {
      const option = doc.createElement("option");
      option.value = type.id;
      option.textContent = type.name;
      select.append(option);
    }
  };

  // The sides follow the playbook and type chosen; a side no longer offered is dropped.
  const renderSides = (state: BatchPageState): void => {
    const select = $<HTMLSelectElement>("side");
    const chosen = select.value;
    const sides = sideChoices(state.playbooks, $<HTMLSelectElement>("playbook").value || undefined, $<HTMLSelectElement>("contract-type").value || undefined);
    const none = doc.createElement("option");
    none.value = "";
    none.textContent = t("deal.noSide");
    select.replaceChildren(
      none,
      ...sides.map((side) => {
        const option = doc.createElement("option");
        option.value = side.id;
        option.textContent = side.name;
        return option;
      }),
    );
    select.value = sides.some((s) => s.id === chosen) ? chosen : "";
  };

  /** A cell's text with an optional second line under it (the type's playbook, the status's reason). */
  const textCell = (cell: HTMLTableCellElement, className: string, text: string, note: { className: string; text: string | undefined }): void => {
    cell.className = className;
    cell.textContent = text;
    if (!note.text) return;
    const span = doc.createElement("span");
    span.className = note.className;
    span.textContent = note.text;
    cell.append(span);
  };

  const countsCell = (row: DocumentRow, cell: HTMLTableCellElement): void => {
    cell.className = "counts";
    if (!row.counts) return;
    cell.title = row.countsText;
    for (const key of COUNTED) {
      const chip = doc.createElement("span");
      const value = row.counts[key];
      chip.className = `chip ${key}${value === 0 ? " zero" : ""}`;
      chip.textContent = chipText(key, value);
      cell.append(chip);
    }
  };

  const issuesCell = (row: DocumentRow, cell: HTMLTableCellElement): void => {
    cell.className = "issues";
    if (!row.hasIssueList) return;
    for (const format of ["xlsx", "csv"] as const) {
      const button = doc.createElement("button");
      button.type = "button";
      button.className = "subtle";
      button.dataset.issues = format;
      button.textContent = `.${format}`;
      button.setAttribute("aria-label", issueListLabel(row.name, format));
      button.addEventListener("click", () => void downloadIssues(row, format));
      cell.append(button);
    }
  };

  const renderBatch = (status: BatchStatus): void => {
    $("batch").hidden = false;
    const overall = $<HTMLProgressElement>("overall");
    overall.max = Math.max(1, status.counts.total);
    overall.value = status.counts.done + status.counts.failed;
    $("summary").textContent = controller.summary(status);
    $<HTMLTableSectionElement>("documents").replaceChildren(
      ...documentRows(status, controller.state.playbooks).map((d) => {
        const row = doc.createElement("tr");
        row.dataset.status = d.status;
        const index = row.insertCell();
        index.className = "index";
        index.textContent = String(d.number);
        const name = row.insertCell();
        name.className = "name";
        name.textContent = d.name;
        textCell(row.insertCell(), "type", d.type, { className: "playbook", text: d.playbook });
        countsCell(d, row.insertCell());
        textCell(row.insertCell(), `status ${d.status}`, statusWord(d.status), { className: "reason", text: d.reason });
        issuesCell(d, row.insertCell());
        return row;
      }),
    );
    $("links").hidden = status.status !== "complete";
  };

  const save = (blob: Blob, name: string): void => {
    const url = URL.createObjectURL(blob);
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    const link = doc.createElement("a");
    link.href = url;
    link.download = name;
    link.click();
  };

  const downloadIssues = async (row: DocumentRow, format: IssueListFormat): Promise<void> => {
    const current = controller.state.current;
    const blob = await controller.issueList(row.index, format);
    if (current && blob) save(blob, `clauselens-batch-${current.id}-document-${row.number}-issues.${format}`);
  };

  const open = async (format: ResultsFormat): Promise<void> => {
    const current = controller.state.current;
    if (!current) return;
    const download = DOWNLOADS[format];
    // Opened now, while the click still counts as the person's, so no pop-up blocker intervenes.
    const target = download ? null : window.open("", "_blank");
    const blob = await controller.results(format);
    if (!blob) {
      target?.close();
      return;
    }
    if (download) {
      save(blob, `clauselens-batch-${current.id}-${download}`);
      return;
    }
    const url = URL.createObjectURL(blob);
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    if (target) {
      target.location.href = url;
    } else {
      window.open(url, "_blank");
    }
  };

  const fromInput = (input: HTMLInputElement): void => {
    controller.add(Array.from(input.files ?? [], (file) => ({ file, path: file.webkitRelativePath || file.name })));
    input.value = "";
  };

  $<HTMLInputElement>("files").addEventListener("change", (e) => fromInput(e.target as HTMLInputElement));
  $<HTMLInputElement>("folder").addEventListener("change", (e) => fromInput(e.target as HTMLInputElement));
  $("start").addEventListener("click", () =>
    void controller.submit($<HTMLSelectElement>("playbook").value || undefined, {
      contractType: $<HTMLSelectElement>("contract-type").value,
      side: $<HTMLSelectElement>("side").value,
      language: $<HTMLSelectElement>("language").value,
    }),
  );
  for (const id of ["playbook", "contract-type"]) $(id).addEventListener("change", () => renderSides(controller.state));
  $("findings-csv").addEventListener("click", () => void open("findingsCsv"));
  $("xlsx").addEventListener("click", () => void open("xlsx"));
  $("clear").addEventListener("click", () => controller.clear());
  $("report").addEventListener("click", () => void open("html"));
  $("csv").addEventListener("click", () => void open("csv"));
  $("json").addEventListener("click", () => void open("json"));
  $("delete").addEventListener("click", () => void controller.remove());

  const drop = $("drop");
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    void droppedFiles(e.dataTransfer).then((files) => controller.add(files));
  });

  // The language switch, as in the pane; another language re-labels the page in place, keeping
  // the files picked, the options chosen and the batch followed.
  const header = doc.querySelector(".page-header");
  let picker = languageSwitch(chooseLanguage);
  header?.append(picker);
  onUiLanguage(() => {
    translatePage(doc);
    const again = languageSwitch(chooseLanguage);
    picker.replaceWith(again);
    picker = again;
    render(controller.state);
  });

  translatePage(doc);
  controller.subscribe(render);
  await controller.start();
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
