// @vitest-environment happy-dom
// The deal in the pane: the detected contract type, the reviewer's side, and re-analysis when either changes.
import { afterEach, describe, expect, it } from "vitest";
import { PaneController } from "../src/core/controller";
import { localName, setUiLanguage } from "../src/core/i18n";
import type { AnalysisResult } from "../src/core/types";
import { officeWordDocument } from "../src/office/word";
import { mountPane } from "../src/ui/app";
import { PARAGRAPHS, aFinding, aResult } from "./builders";
import { useRoot } from "./dom";
import { fakeApi } from "./fakes";
import { installWordMock, uninstallWordMock } from "./wordMock";

const LICENCE_ROLES = [
  { id: "licensor", name: "Licensor (grants the licence)", opposite: "licensee", contractTypes: ["licence"] },
  { id: "licensee", name: "Licensee (receives the licence)", opposite: "licensor", contractTypes: ["licence"] },
];

function licenceResult(overrides: Partial<AnalysisResult> = {}): AnalysisResult {
  return aResult({
    playbook: { id: "japan-sme-collaboration", version: "1.0", name: "Technology collaboration with a Japanese SME", selectedBy: "contract_type", reason: "Serves licence contracts; the contract was detected as one.", roles: LICENCE_ROLES },
    contractType: { id: "licence", source: "detected", confidence: 0.97 },
    side: null,
    language: "en",
    ...overrides,
  });
}

const dom = useRoot();
const { choose } = dom;
afterEach(() => uninstallWordMock());

const select = (id: string) => dom.$<HTMLSelectElement>(`#${id}`);
const options = (id: string) => [...select(id).options].map((o) => o.textContent);

async function analysed(api: ReturnType<typeof fakeApi>): Promise<PaneController> {
  const pane = new PaneController(api);
  mountPane(dom.root, pane);
  await pane.analyseText(PARAGRAPHS.join("\n"));
  return pane;
}

describe("the contract type", () => {
  it("shows the detected type and the playbook it chose", async () => {
    await analysed(fakeApi(licenceResult()));

    expect(select("contract-type").selectedOptions[0]?.textContent).toBe("Detected: Licence (97%)");
    expect(dom.root.querySelector("[data-testid=applied-playbook]")?.textContent).toContain("Technology collaboration with a Japanese SME");
  });

  it("changing it analyses again with the chosen type", async () => {
    const api = fakeApi(licenceResult());
    const pane = await analysed(api);

    choose("#contract-type", "nda");
    await vi_flush(pane);

    expect(api.analyzeParagraphs).toHaveBeenCalledTimes(2);
    expect(api.analyzeParagraphs.mock.calls[1]?.[3]).toEqual({ contractType: "nda", language: "en" });
    expect(select("contract-type").value).toBe("nda");
  });

  it("can be chosen before analysing and is sent with the first analysis", async () => {
    const api = fakeApi(licenceResult());
    const pane = new PaneController(api);
    mountPane(dom.root, pane);

    choose("#contract-type", "licence");
    expect(api.analyzeParagraphs).not.toHaveBeenCalled();
    await pane.analyseText(PARAGRAPHS.join("\n"));

    expect(api.analyzeParagraphs.mock.calls[0]?.[3]).toEqual({ contractType: "licence", language: "en" });
  });
});

describe("the reviewer's side", () => {
  it("offers the roles of the playbook the analysis applied", async () => {
    await analysed(fakeApi(licenceResult()));

    expect(options("side")).toEqual(["Not chosen (balanced reading)", "Licensor (grants the licence)", "Licensee (receives the licence)"]);
    expect(select("side").disabled).toBe(false);
  });

  it("picking a side analyses again from that side", async () => {
    const api = fakeApi(licenceResult());
    const pane = await analysed(api);
    api.analyzeParagraphs.mockResolvedValueOnce(licenceResult({ side: "licensee" }));

    choose("#side", "licensee");
    await vi_flush(pane);

    expect(api.analyzeParagraphs.mock.calls[1]?.[3]).toEqual({ side: "licensee", language: "en" });
    expect(select("side").value).toBe("licensee");
  });

  it("never disagrees with the result: a side the applied playbook lacks is cleared", async () => {
    const api = fakeApi(licenceResult());
    const pane = await analysed(api);
    api.analyzeParagraphs.mockResolvedValueOnce(licenceResult({ side: null }));

    choose("#side", "licensor");
    await vi_flush(pane);

    expect(pane.state.side).toBe("");
    expect(select("side").value).toBe("");
  });

  it("is not offered before the type is known", () => {
    mountPane(dom.root, new PaneController(fakeApi()));

    expect(select("side").disabled).toBe(true);
  });
});

describe("Japanese fallback text", () => {
  it("is inserted into Word as Japanese, unchanged", async () => {
    const word = installWordMock({ paragraphs: PARAGRAPHS });
    const japanese = "乙がなした改良技術に係る権利は乙に帰属する。";
    const api = fakeApi(licenceResult({ language: "ja", findings: [aFinding({ id: "f-gb", severity: "high", kind: "unbalanced", clauseId: "c1", title: "改良技術を譲渡させる定めがある", fallbackText: japanese, fallbackPlacement: "replace" })] }));
    const pane = new PaneController(api, officeWordDocument());
    await pane.analyseDocument();

    await pane.insertFallback("f-gb");

    const inserted = word.operations.find((o) => "text" in o && typeof o.text === "string" && o.text.length > 0);
    expect(inserted && "text" in inserted ? inserted.text : undefined).toBe(japanese);
  });
});

async function vi_flush(pane: PaneController): Promise<void> {
  // The change handlers start an analysis; wait until the pane has its result.
  for (let i = 0; i < 20 && pane.state.phase === "analysing"; i++) await new Promise((r) => setTimeout(r, 0));
  await new Promise((r) => setTimeout(r, 0));
}

describe("names in the reviewer's language", () => {
  afterEach(() => setUiLanguage("en"));

  const named = () =>
    licenceResult({
      playbook: {
        id: "japan-sme-collaboration", version: "1.0", name: "Technology collaboration with a Japanese SME", nameJa: "日本の中小企業との技術協業",
        selectedBy: "contract_type", reason: null,
        roles: LICENCE_ROLES.map((r) => ({ ...r, nameJa: r.id === "licensor" ? "ライセンサー（実施を許諾する側）" : "ライセンシー（実施許諾を受ける側）" })),
      },
    });

  it("shows the playbook and the sides by their Japanese names in the Japanese pane", async () => {
    setUiLanguage("ja");
    await analysed(fakeApi(named()));

    const applied = dom.$("[data-testid=applied-playbook]").textContent ?? "";
    expect(applied).toContain("日本の中小企業との技術協業");
    expect(applied).not.toContain("Technology collaboration");
    expect(options("side")).toContain("ライセンシー（実施許諾を受ける側）");
    expect(options("side")).not.toContain("Licensee (receives the licence)");
  });

  it("keeps the English names in the English pane", async () => {
    await analysed(fakeApi(named()));

    expect(dom.$("[data-testid=applied-playbook]").textContent).toContain("Technology collaboration with a Japanese SME");
    expect(options("side")).toContain("Licensee (receives the licence)");
  });

  it("falls back to the English name when a playbook gives no Japanese one", () => {
    setUiLanguage("ja");
    expect(localName({ id: "custom", name: "My playbook" })).toBe("My playbook");
    expect(localName({ id: "custom", name: "My playbook", nameJa: "" })).toBe("My playbook");
    expect(localName({ id: "custom" })).toBe("custom");
  });
});
