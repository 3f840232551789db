using ClauseLens.Analysis.Writing;

namespace ClauseLens.Analysis.Reports;

/// <summary>
/// The batch report's own words (headings, column names, the legend), in English and Japanese, in
/// one place for the HTML page, the findings CSV and the workbook. Labels, kinds, severities,
/// contract types and statuses are not here: they come from <see cref="ReaderWords"/>, as on every
/// surface. A batch whose <see cref="BatchReport.Language"/> is <c>ja</c> reads Japanese.
/// </summary>
public sealed class ReportWords
{
    /// <summary>English.</summary>
    public static ReportWords English { get; } = new(japanese: false);

    /// <summary>Japanese.</summary>
    public static ReportWords Japanese { get; } = new(japanese: true);

    // Each word once, English then Japanese, so neither language can miss one.
    private ReportWords(bool japanese)
    {
        string Word(string english, string inJapanese) => japanese ? inJapanese : english;
        IReadOnlyList<string> Words(string[] english, string[] inJapanese) => japanese ? inJapanese : english;

        Language = japanese ? Context.ContractLanguages.Japanese : Context.ContractLanguages.English;
        PageTitle = Word("ClauseLens batch", "ClauseLens 一括審査");
        Portfolio = Word("Contract portfolio", "契約書ポートフォリオ");
        HeatMap = Word("Heat map", "ヒートマップ");
        HeatMapNote = Word("Riskiest documents first; each cell shows the worst finding on that clause. The totals count findings of low severity or worse.", "リスクの高い文書から順に並べている。各セルは、その条項について最も重要度の高い指摘を示す。合計は重要度が低以上の指摘の件数である。");
        HeatMapTitle = Word("Clause heat map: one row per document, riskiest first, one column per clause, coloured and lettered by the worst finding, with totals", "条項ヒートマップ：文書ごとに1行（リスクの高い順）、条項ごとに1列。最も重要度の高い指摘を色と文字で示し、合計を付す");
        Documents = Word("Documents", "文書一覧");
        FindingsByDocument = Word("Findings by document", "文書ごとの指摘事項");
        Document = Word("Document", "文書");
        TypeAndPlaybook = Word("Type · playbook", "種類・プレイブック");
        Total = Word("Total", "合計");
        Legend = Word("Legend", "凡例");
        NotAnalysed = Word("Not analysed (queued or failed)", "未分析（待機中または失敗）");
        ScaleMeanings = Words(["not found, no finding", "present, no finding", "info", "low", "medium", "high"], ["条項なし・指摘なし", "条項あり・指摘なし", "情報", "低", "中", "高"]);
        DocumentColumns = Words(["#", "Document", "Type · playbook", "Status", "High", "Medium", "Low", "Drafting", "Core clauses missing", "Worst finding"], ["#", "文書", "種類・プレイブック", "状態", "高", "中", "低", "起案", "欠けている基本条項", "最も重要な指摘"]);
        FindingColumns = Words(["Severity", "Kind", "Clause", "Finding", "Evidence", "Ask for"], ["重要度", "種別", "条項", "指摘事項", "根拠となる文言", "要望"]);
        IssueColumns = Words(["#", "Clause", "Heading", "Finding", "Severity", "Kind", "Evidence", "Ask for", "Fallback", "Decision", "Note", "Reviewer", "Date", "History"], ["#", "条項", "見出し", "指摘事項", "重要度", "種別", "根拠となる文言", "要望", "代替案", "対応", "メモ", "確認者", "日時", "履歴"]);
        IssuesSheet = Word("Issues", "論点表");
        IssueListTitle = Word("Issue list", "論点表");
        None = Word("None", "なし");
        NoFindings = Word("No findings.", "指摘事項なし。");
        TypeLine = Word("Type: ", "種類：");
        PlaybookLine = Word(" · playbook ", "・プレイブック ");
        NotInContract = Word("Not in the contract", "契約に定めなし");
        Present = Word("Present", "あり");
        Missing = Word("Missing", "なし");
        NotRequired = Word("Not required", "不要");
        DocumentsSheet = Word("Documents", "文書一覧");
        FindingsSheet = Word("Findings", "指摘事項");
        FindingsCsvHeader = Words(["#", "Document #", "Document", "Contract type", "Playbook", "Severity", "Kind", "Topic", "Clause", "Heading", "Finding", "Evidence", "Ask for", "Fallback"], ["#", "文書番号", "文書", "契約の種類", "プレイブック", "重要度", "種別", "分野", "条項", "見出し", "指摘事項", "根拠となる文言", "要望", "代替案"]);
        WorkbookDocumentColumns = Words(["#", "Document", "Status", "Contract type", "Playbook", "High", "Medium", "Low", "Drafting"], ["#", "文書", "状態", "契約の種類", "プレイブック", "高", "中", "低", "起案"]);
        WorstFinding = Word("Worst finding", "最も重要な指摘");
        Reason = Word("Reason", "理由");
    }

    /// <summary>The words for a batch's language: Japanese for <c>ja</c>, else English.</summary>
    public static ReportWords For(string? language) => ReaderWords.IsJapanese(language) ? Japanese : English;

    /// <summary><c>en</c> or <c>ja</c>: what <see cref="ReaderWords"/> is asked for.</summary>
    public string Language { get; }
    /// <summary>The page title text.</summary>
    public string PageTitle { get; }
    /// <summary>The portfolio text.</summary>
    public string Portfolio { get; }
    /// <summary>The heat map text.</summary>
    public string HeatMap { get; }
    /// <summary>The heat map note text.</summary>
    public string HeatMapNote { get; }
    /// <summary>The heat map title text.</summary>
    public string HeatMapTitle { get; }
    /// <summary>The documents text.</summary>
    public string Documents { get; }
    /// <summary>The findings by document text.</summary>
    public string FindingsByDocument { get; }
    /// <summary>The document text.</summary>
    public string Document { get; }
    /// <summary>The type and playbook text.</summary>
    public string TypeAndPlaybook { get; }
    /// <summary>The total text.</summary>
    public string Total { get; }
    /// <summary>The legend text.</summary>
    public string Legend { get; }
    /// <summary>The not analysed text.</summary>
    public string NotAnalysed { get; }
    /// <summary>The heat map's scale, from "not found" to "high".</summary>
    public IReadOnlyList<string> ScaleMeanings { get; }
    /// <summary>The document columns text.</summary>
    public IReadOnlyList<string> DocumentColumns { get; }
    /// <summary>The finding columns text.</summary>
    public IReadOnlyList<string> FindingColumns { get; }
    /// <summary>An issue list's columns (the pane's and a batch document's), the first the 1-based row number.</summary>
    public IReadOnlyList<string> IssueColumns { get; }
    /// <summary>The issue list's sheet name.</summary>
    public string IssuesSheet { get; }
    /// <summary>The issue list workbook's title.</summary>
    public string IssueListTitle { get; }
    /// <summary>The none text.</summary>
    public string None { get; }
    /// <summary>The no findings text.</summary>
    public string NoFindings { get; }
    /// <summary>The type line text.</summary>
    public string TypeLine { get; }
    /// <summary>The playbook line text.</summary>
    public string PlaybookLine { get; }
    /// <summary>The not in contract text.</summary>
    public string NotInContract { get; }
    /// <summary>The present text.</summary>
    public string Present { get; }
    /// <summary>The missing text.</summary>
    public string Missing { get; }
    /// <summary>A core clause the document's playbook does not ask for (an NDA's IP ownership).</summary>
    public string NotRequired { get; }
    /// <summary>The documents sheet text.</summary>
    public string DocumentsSheet { get; }
    /// <summary>The findings sheet text.</summary>
    public string FindingsSheet { get; }
    /// <summary>The findings CSV's people's columns; the ids scripts need (<c>label</c>, <c>rule</c>) follow in every language.</summary>
    public IReadOnlyList<string> FindingsCsvHeader { get; }
    /// <summary>The workbook's Documents sheet columns before the clause labels.</summary>
    public IReadOnlyList<string> WorkbookDocumentColumns { get; }
    /// <summary>The worst finding text.</summary>
    public string WorstFinding { get; }
    /// <summary>The reason text.</summary>
    public string Reason { get; }

    /// <summary>The sentence under the page's title.</summary>
    public string Intro(BatchReport report, string submitted, Func<string, string> escape)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(escape);
        var count = report.Documents.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var type = report.ContractType is null ? null : escape(ReaderWords.ContractType(report.ContractType, Language));
        if (Language == Context.ContractLanguages.Japanese)
        {
            return $"一括審査 {escape(report.Id)}（{escape(submitted)} 受付、{count}件）。"
                + (report.PlaybookId is null ? "各文書を、その契約の種類に対応するプレイブックで審査している" : $"すべての文書をプレイブック <code>{escape(report.PlaybookId)}</code> で審査している")
                + (type is null ? "（契約の種類は文書ごとに判定）" : $"（契約の種類の指定：{type}）")
                + (report.Side is null ? "" : $"。立場：{escape(report.Side)}")
                + (report.Language is null ? "" : $"。指摘事項は{(ReaderWords.IsJapanese(report.Language) ? "日本語" : "英語")}で表示")
                + "。";
        }

        return $"Batch {escape(report.Id)}, submitted {escape(submitted)}, {count} documents. "
            + (report.PlaybookId is null ? "Each document is held against the playbook for its contract type" : $"Every document is held against the playbook <code>{escape(report.PlaybookId)}</code>")
            + (type is null ? " (type detected per document)" : $" (type given: {type})")
            + (report.Side is null ? "" : $"; your side: {escape(report.Side)}")
            + (report.Language is null ? "" : $"; findings in {(ReaderWords.IsJapanese(report.Language) ? "Japanese" : "English")}")
            + ".";
    }
}
