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
    public static ReportWords English { get; } = new()
    {
        Language = Context.ContractLanguages.English,
        PageTitle = "ClauseLens batch",
        Portfolio = "Contract portfolio",
        HeatMap = "Heat map",
        HeatMapNote = "Riskiest documents first; each cell shows the worst finding on that clause. The totals count findings of low severity or worse.",
        HeatMapTitle = "Clause heat map: one row per document, riskiest first, one column per clause, coloured and lettered by the worst finding, with totals",
        Documents = "Documents",
        FindingsByDocument = "Findings by document",
        Document = "Document",
        TypeAndPlaybook = "Type · playbook",
        Total = "Total",
        Legend = "Legend",
        NotAnalysed = "Not analysed (queued or failed)",
        ScaleMeanings = ["not found, no finding", "present, no finding", "info", "low", "medium", "high"],
        DocumentColumns = ["#", "Document", "Type · playbook", "Status", "High", "Medium", "Low", "Drafting", "Core clauses missing", "Worst finding"],
        FindingColumns = ["Severity", "Kind", "Clause", "Finding", "Evidence", "Ask for"],
        IssueColumns = ["#", "Clause", "Heading", "Finding", "Severity", "Kind", "Evidence", "Ask for", "Fallback", "Decision", "Note", "Reviewer", "Date", "History"],
        IssuesSheet = "Issues",
        IssueListTitle = "Issue list",
        None = "None",
        NoFindings = "No findings.",
        TypeLine = "Type: ",
        PlaybookLine = " · playbook ",
        NotInContract = "Not in the contract",
        Present = "Present",
        Missing = "Missing",
        DocumentsSheet = "Documents",
        FindingsSheet = "Findings",
        FindingsCsvHeader = ["#", "Document #", "Document", "Contract type", "Playbook", "Severity", "Kind", "Topic", "Clause", "Heading", "Finding", "Evidence", "Ask for", "Fallback"],
        WorkbookDocumentColumns = ["#", "Document", "Status", "Contract type", "Playbook", "High", "Medium", "Low", "Drafting"],
        WorstFinding = "Worst finding",
        Reason = "Reason",
    };

    /// <summary>Japanese.</summary>
    public static ReportWords Japanese { get; } = new()
    {
        Language = Context.ContractLanguages.Japanese,
        PageTitle = "ClauseLens 一括審査",
        Portfolio = "契約書ポートフォリオ",
        HeatMap = "ヒートマップ",
        HeatMapNote = "リスクの高い文書から順に並べている。各セルは、その条項について最も重要度の高い指摘を示す。合計は重要度が低以上の指摘の件数である。",
        HeatMapTitle = "条項ヒートマップ：文書ごとに1行（リスクの高い順）、条項ごとに1列。最も重要度の高い指摘を色と文字で示し、合計を付す",
        Documents = "文書一覧",
        FindingsByDocument = "文書ごとの指摘事項",
        Document = "文書",
        TypeAndPlaybook = "種類・プレイブック",
        Total = "合計",
        Legend = "凡例",
        NotAnalysed = "未分析（待機中または失敗）",
        ScaleMeanings = ["条項なし・指摘なし", "条項あり・指摘なし", "情報", "低", "中", "高"],
        DocumentColumns = ["#", "文書", "種類・プレイブック", "状態", "高", "中", "低", "起案", "欠けている基本条項", "最も重要な指摘"],
        FindingColumns = ["重要度", "種別", "条項", "指摘事項", "根拠となる文言", "要望"],
        IssueColumns = ["#", "条項", "見出し", "指摘事項", "重要度", "種別", "根拠となる文言", "要望", "代替案", "対応", "メモ", "確認者", "日時", "履歴"],
        IssuesSheet = "論点表",
        IssueListTitle = "論点表",
        None = "なし",
        NoFindings = "指摘事項なし。",
        TypeLine = "種類：",
        PlaybookLine = "・プレイブック ",
        NotInContract = "契約に定めなし",
        Present = "あり",
        Missing = "なし",
        DocumentsSheet = "文書一覧",
        FindingsSheet = "指摘事項",
        FindingsCsvHeader = ["#", "文書番号", "文書", "契約の種類", "プレイブック", "重要度", "種別", "分野", "条項", "見出し", "指摘事項", "根拠となる文言", "要望", "代替案"],
        WorkbookDocumentColumns = ["#", "文書", "状態", "契約の種類", "プレイブック", "高", "中", "低", "起案"],
        WorstFinding = "最も重要な指摘",
        Reason = "理由",
    };

    /// <summary>The words for a batch's language: Japanese for <c>ja</c>, else English.</summary>
    public static ReportWords For(string? language) => ReaderWords.IsJapanese(language) ? Japanese : English;

    /// <summary><c>en</c> or <c>ja</c>: what <see cref="ReaderWords"/> is asked for.</summary>
    public required string Language { get; init; }
    /// <summary>The page title text.</summary>
    public required string PageTitle { get; init; }
    /// <summary>The portfolio text.</summary>
    public required string Portfolio { get; init; }
    /// <summary>The heat map text.</summary>
    public required string HeatMap { get; init; }
    /// <summary>The heat map note text.</summary>
    public required string HeatMapNote { get; init; }
    /// <summary>The heat map title text.</summary>
    public required string HeatMapTitle { get; init; }
    /// <summary>The documents text.</summary>
    public required string Documents { get; init; }
    /// <summary>The findings by document text.</summary>
    public required string FindingsByDocument { get; init; }
    /// <summary>The document text.</summary>
    public required string Document { get; init; }
    /// <summary>The type and playbook text.</summary>
    public required string TypeAndPlaybook { get; init; }
    /// <summary>The total text.</summary>
    public required string Total { get; init; }
    /// <summary>The legend text.</summary>
    public required string Legend { get; init; }
    /// <summary>The not analysed text.</summary>
    public required string NotAnalysed { get; init; }
    /// <summary>The heat map's scale, from "not found" to "high".</summary>
    public required IReadOnlyList<string> ScaleMeanings { get; init; }
    /// <summary>The document columns text.</summary>
    public required IReadOnlyList<string> DocumentColumns { get; init; }
    /// <summary>The finding columns text.</summary>
    public required IReadOnlyList<string> FindingColumns { get; init; }
    /// <summary>An issue list's columns (the pane's and a batch document's), the first the 1-based row number.</summary>
    public required IReadOnlyList<string> IssueColumns { get; init; }
    /// <summary>The issue list's sheet name.</summary>
    public required string IssuesSheet { get; init; }
    /// <summary>The issue list workbook's title.</summary>
    public required string IssueListTitle { get; init; }
    /// <summary>The none text.</summary>
    public required string None { get; init; }
    /// <summary>The no findings text.</summary>
    public required string NoFindings { get; init; }
    /// <summary>The type line text.</summary>
    public required string TypeLine { get; init; }
    /// <summary>The playbook line text.</summary>
    public required string PlaybookLine { get; init; }
    /// <summary>The not in contract text.</summary>
    public required string NotInContract { get; init; }
    /// <summary>The present text.</summary>
    public required string Present { get; init; }
    /// <summary>The missing text.</summary>
    public required string Missing { get; init; }
    /// <summary>The documents sheet text.</summary>
    public required string DocumentsSheet { get; init; }
    /// <summary>The findings sheet text.</summary>
    public required string FindingsSheet { get; init; }
    /// <summary>The findings CSV's people's columns; the ids scripts need (<c>label</c>, <c>rule</c>) follow in every language.</summary>
    public required IReadOnlyList<string> FindingsCsvHeader { get; init; }
    /// <summary>The workbook's Documents sheet columns before the clause labels.</summary>
    public required IReadOnlyList<string> WorkbookDocumentColumns { get; init; }
    /// <summary>The worst finding text.</summary>
    public required string WorstFinding { get; init; }
    /// <summary>The reason text.</summary>
    public required string Reason { get; init; }

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
