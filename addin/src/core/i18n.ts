// The pane's words in English and Japanese: one table, so a string is translated in one place and a
// missing translation is a type error. The contract itself is quoted in its own language; these are
// only the pane's own words (the findings' texts come from the server in the language asked for).

export type UiLanguage = "en" | "ja";

export const UI_LANGUAGES: readonly { id: UiLanguage; name: string }[] = [
  { id: "en", name: "English" },
  { id: "ja", name: "日本語" },
];

const en = {
  "pane.mode.word": "In Word",
  "pane.mode.browser": "In the browser",
  "pane.language": "Language",
  "field.playbook": "Playbook",
  "playbook.automatic": "By contract type (automatic)",
  "playbook.default": "Default playbook",
  "playbook.builtIn": "Built-in",
  "playbook.yours": "Your playbooks",
  "deal.type": "Contract type",
  "deal.side": "Your side",
  "deal.detected": "Detected: {type} ({percent}%)",
  "deal.detect": "Detect from the contract",
  "deal.noSide": "Not chosen (balanced reading)",
  "deal.sideFirst": "Analyse or choose the type first",
  "deal.applied": "Playbook applied: {name}",
  "type.nda": "NDA",
  "type.licence": "Licence",
  "type.collaboration": "Collaboration (joint development, research, PoC)",
  "type.supply": "Supply, manufacturing, distribution",
  "type.services": "Services, outsourcing, hosting",
  "type.other": "Other",
  "input.word.analyse": "Analyse document",
  "input.browser.hint": "Outside Word: paste a contract or upload a file.",
  "input.text": "Contract text",
  "input.placeholder": "Paste the contract here",
  "input.analyseText": "Analyse text",
  "input.file": "Or upload a file (.docx, .pdf, .html, .txt)",
  "input.limit.comments": "Adding comments and inserting fallback text as tracked changes need Word API 1.4, which this version of Word does not offer. You can still read the findings and go to each clause.",
  "input.limit.ranges": "Going to a clause selects its first paragraph only (Word API 1.3 is not available).",
  "status.analysing": "Analysing…",
  "status.busy": "Analysing",
  "status.reading": "Reading the document…",
  "status.paragraphs": "Analysing {count} paragraphs…",
  "status.file": "Analysing {name}…",
  "status.done": "Analysis complete: {high} high, {medium} medium, {low} low.",
  "status.retry": "Retry",
  "status.dismiss": "Dismiss message",
  "stale.document": "The document changed since it was analysed. Go to, comment and insert may point at the wrong place.",
  "stale.again": "Analyse again",
  "stale.choice": "These results are for the playbook {applied}; you chose {chosen}. Analyse again to apply it.",
  "results.heading": "Results",
  "summary.heading": "Summary",
  "summary.line": "{clauses} clauses · {findings} findings · playbook {playbook}",
  "summary.bySeverity": "Findings by severity",
  "summary.allPresent": "Every core clause the playbook requires is present.",
  "summary.missing": "Missing core clauses",
  "summary.brief": "Prepare brief",
  "summary.briefHint": "A short negotiation brief of the top gaps, what to ask for and how to raise it.",
  "notContract.heading": "This does not look like a contract",
  "notContract.body": "{reason} ClauseLens ran no checks, so there are no findings. If it is a contract, choose its type above and it will be analysed as one.",
  "current.heading": "Current clause",
  "current.hintWord": "Place the cursor in a clause to see what it is.",
  "current.hintBrowser": "Click a clause in the contract to see what it is.",
  "current.none": "No core clause type recognised.",
  "current.clauseTypes": "Clause types",
  "current.possibly": "Possibly also: {labels}",
  "findings.heading": "Findings",
  "findings.noneFiltered": "No findings match the filters.",
  "findings.none": "No problems found against this playbook.",
  "findings.hidden": "{count} findings are hidden by the filters.",
  "findings.notInContract": "Not in the contract",
  "findings.drafting": "Drafting ({count})",
  "findings.passed": "Checks passed ({count})",
  "finding.goTo": "Go to the clause",
  "finding.select": "Select this finding",
  "finding.found": "Found: ",
  "finding.missingElements": "Missing: ",
  "finding.unsure": "Unsure: ",
  "finding.quote": "The contract says",
  "finding.lookedIn": "Looked in: {where}",
  "finding.lookedWhole": "Looked in: the whole contract; no clause covers it.",
  "finding.ask": "Ask for: ",
  "finding.fallback": "Fallback text",
  "finding.copy": "Copy",
  "finding.copied": "Copied",
  "finding.selectedCopy": "Selected: press Ctrl+C",
  "finding.why": "Why it matters",
  "finding.howToRaise": "How to raise it: ",
  "finding.source": "Source: {source}",
  "finding.actions": "Act on this finding",
  "finding.comment": "Comment",
  "finding.replace": "Replace clause",
  "finding.insert": "Insert fallback",
  "finding.insertEnd": "Insert at end",
  "finding.insertSelection": "Insert after selection",
  "kind.missing": "Missing",
  "kind.overly_broad": "Overly broad",
  "kind.unbalanced": "Unbalanced",
  "kind.uncertain": "Needs a look",
  "kind.ok": "Meets the playbook",
  "kind.drafting": "Drafting",
  "severity.high": "High",
  "severity.medium": "Medium",
  "severity.low": "Low",
  "severity.info": "Info",
  "label.ip_ownership": "IP ownership",
  "label.license_grant": "Licence grant",
  "label.royalties": "Royalties",
  "label.confidentiality": "Confidentiality",
  "label.non_compete": "Non-compete",
  "label.governing_law": "Governing law",
  "label.dispute_resolution": "Dispute resolution",
  "label.term_termination": "Term and termination",
  "label.audit_rights": "Audit rights",
  "label.liability": "Liability",
  "label.assignment": "Assignment",
  "label.other": "Other",
  "contract.heading": "Contract",
};

export type MessageKey = keyof typeof en;

const ja: Record<MessageKey, string> = {
  "pane.mode.word": "Word 内",
  "pane.mode.browser": "ブラウザー",
  "pane.language": "表示言語",
  "field.playbook": "プレイブック",
  "playbook.automatic": "契約類型に応じて自動選択",
  "playbook.default": "既定のプレイブック",
  "playbook.builtIn": "組み込み",
  "playbook.yours": "登録したプレイブック",
  "deal.type": "契約類型",
  "deal.side": "あなたの立場",
  "deal.detected": "判定結果：{type}（{percent}%）",
  "deal.detect": "契約書から判定する",
  "deal.noSide": "選択しない（中立的に読む）",
  "deal.sideFirst": "先に分析するか類型を選択してください",
  "deal.applied": "適用したプレイブック：{name}",
  "type.nda": "秘密保持契約",
  "type.licence": "ライセンス契約",
  "type.collaboration": "共同研究開発・PoC 等の協業契約",
  "type.supply": "供給・製造・販売店契約",
  "type.services": "業務委託・ホスティング等の役務契約",
  "type.other": "その他",
  "input.word.analyse": "文書を分析",
  "input.browser.hint": "Word の外で使う場合：契約書を貼り付けるか、ファイルをアップロードしてください。",
  "input.text": "契約書の本文",
  "input.placeholder": "ここに契約書を貼り付け",
  "input.analyseText": "本文を分析",
  "input.file": "またはファイルをアップロード（.docx、.pdf、.html、.txt）",
  "input.limit.comments": "コメントの追加と、変更履歴としての代替条項の挿入には Word API 1.4 が必要ですが、このバージョンの Word は対応していません。指摘の確認と各条項への移動は引き続き利用できます。",
  "input.limit.ranges": "条項への移動では最初の段落のみが選択されます（Word API 1.3 が利用できません）。",
  "status.analysing": "分析中…",
  "status.busy": "分析中",
  "status.reading": "文書を読み込み中…",
  "status.paragraphs": "{count} 段落を分析中…",
  "status.file": "{name} を分析中…",
  "status.done": "分析が完了しました：高 {high}、中 {medium}、低 {low}。",
  "status.retry": "再試行",
  "status.dismiss": "メッセージを閉じる",
  "stale.document": "分析後に文書が変更されました。移動・コメント・挿入の位置がずれる可能性があります。",
  "stale.again": "もう一度分析",
  "stale.choice": "この結果はプレイブック「{applied}」によるものです。選択中は「{chosen}」です。適用するにはもう一度分析してください。",
  "results.heading": "結果",
  "summary.heading": "概要",
  "summary.line": "{clauses} 条項 · 指摘 {findings} 件 · プレイブック {playbook}",
  "summary.bySeverity": "重要度別の指摘",
  "summary.allPresent": "プレイブックが求める主要な条項はすべてあります。",
  "summary.missing": "欠けている主要な条項",
  "summary.brief": "交渉メモを作成",
  "summary.briefHint": "主な問題点、求める内容、伝え方をまとめた短い交渉メモです。",
  "notContract.heading": "契約書ではないようです",
  "notContract.body": "{reason} 確認は行わなかったため、指摘はありません。契約書である場合は、上で契約類型を選択すると契約書として分析します。",
  "current.heading": "現在の条項",
  "current.hintWord": "カーソルを条項内に置くと、その内容が表示されます。",
  "current.hintBrowser": "契約書の条項をクリックすると、その内容が表示されます。",
  "current.none": "主要な条項の種類は認識されませんでした。",
  "current.clauseTypes": "条項の種類",
  "current.possibly": "その他の可能性：{labels}",
  "findings.heading": "指摘事項",
  "findings.noneFiltered": "絞り込み条件に合う指摘はありません。",
  "findings.none": "このプレイブックに照らした問題は見つかりませんでした。",
  "findings.hidden": "{count} 件の指摘が絞り込みで非表示になっています。",
  "findings.notInContract": "契約書にない事項",
  "findings.drafting": "起案上の問題（{count}）",
  "findings.passed": "問題のなかった確認項目（{count}）",
  "finding.goTo": "条項へ移動",
  "finding.select": "この指摘を選択",
  "finding.found": "検出内容：",
  "finding.missingElements": "欠けている事項：",
  "finding.unsure": "判断できない事項：",
  "finding.quote": "契約書の記載",
  "finding.lookedIn": "確認箇所：{where}",
  "finding.lookedWhole": "確認箇所：契約書全体（該当する条項なし）",
  "finding.ask": "求める内容：",
  "finding.fallback": "代替条項",
  "finding.copy": "コピー",
  "finding.copied": "コピーしました",
  "finding.selectedCopy": "選択しました：Ctrl+C を押してください",
  "finding.why": "重要な理由",
  "finding.howToRaise": "伝え方：",
  "finding.source": "出典：{source}",
  "finding.actions": "この指摘への対応",
  "finding.comment": "コメント",
  "finding.replace": "条項を置換",
  "finding.insert": "代替条項を挿入",
  "finding.insertEnd": "末尾に挿入",
  "finding.insertSelection": "選択範囲の後に挿入",
  "kind.missing": "欠落",
  "kind.overly_broad": "範囲が広すぎる",
  "kind.unbalanced": "一方に偏っている",
  "kind.uncertain": "要確認",
  "kind.ok": "プレイブックに適合",
  "kind.drafting": "起案上の問題",
  "severity.high": "高",
  "severity.medium": "中",
  "severity.low": "低",
  "severity.info": "情報",
  "label.ip_ownership": "知的財産の帰属",
  "label.license_grant": "ライセンスの許諾",
  "label.royalties": "対価・ロイヤルティ",
  "label.confidentiality": "秘密保持",
  "label.non_compete": "競業避止",
  "label.governing_law": "準拠法",
  "label.dispute_resolution": "紛争解決",
  "label.term_termination": "期間・解除",
  "label.audit_rights": "監査",
  "label.liability": "責任",
  "label.assignment": "譲渡",
  "label.other": "その他",
  "contract.heading": "契約書",
};

const TABLE: Record<UiLanguage, Record<MessageKey, string>> = { en, ja };

let current: UiLanguage = "en";
const listeners = new Set<(language: UiLanguage) => void>();

/** "ja-JP", "ja" → ja; anything else → en. */
export function uiLanguageOf(tag: string | undefined | null): UiLanguage {
  return tag && /^ja\b/i.test(tag) ? "ja" : "en";
}

export function uiLanguage(): UiLanguage {
  return current;
}

export function setUiLanguage(language: UiLanguage): void {
  if (language === current) return;
  current = language;
  for (const listener of listeners) listener(language);
}

export function onUiLanguage(listener: (language: UiLanguage) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current language's text for `key`, with `{name}` placeholders filled from `values`. */
export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  const text = TABLE[current][key] ?? en[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** True when `key` is in the table (for keys built from server ids: labels, kinds). */
export function hasMessage(key: string): key is MessageKey {
  return key in en;
}

/** Every key and its text in each language (tests check none is missing or left in English). */
export function messageTable(): Readonly<Record<UiLanguage, Readonly<Record<MessageKey, string>>>> {
  return TABLE;
}
