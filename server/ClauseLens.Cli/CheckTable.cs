using System.Globalization;
using ClauseLens.Analysis;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Reports;
using ClauseLens.Analysis.Writing;
using Spectre.Console;

namespace ClauseLens.Cli;

/// <summary>
/// The results table of <c>clauselens check</c>, made to fit the terminal: one line per document,
/// with long file names and finding titles shortened (the middle of a file name, the end of a title)
/// rather than wrapped over several lines. Narrow terminals get a compact layout (the core clauses
/// missing in one column, its abbreviations spelt out under the table); <c>--wide</c> prints every
/// column in full whatever the width. Labels, severities, kinds and statuses are named as on every
/// other surface (<see cref="ReaderWords"/>).
/// </summary>
internal static class CheckTable
{
    /// <summary>Below this width the per-label columns give way to one "Missing" column.</summary>
    public const int FullLayoutWidth = 160;

    private const int Ellipsis = 1;

    public static Table Render(BatchReport report, int width, bool wide)
    {
        var title = $"ClauseLens: {Documents(report.Documents.Count)}, playbook {Markup.Escape(report.PlaybookId ?? LocalChecker.ByContractType)}";
        return wide || width >= FullLayoutWidth ? Full(report, title, wide ? null : width) : Compact(report, title, width);
    }

    private static Table Full(BatchReport report, string title, int? width)
    {
        string[] fixedHeaders =
        [
            "Status", .. DocumentReport.CoreLabels.Select(l => ReaderWords.Label(l)),
            ReaderWords.Severity(Severity.High), ReaderWords.Severity(Severity.Medium), ReaderWords.Severity(Severity.Low), ReaderWords.Kind(FindingKind.Drafting),
        ];
        // Fixed columns: the wider of the header and the widest cell ("✗ missing" under the labels).
        var fixedWidth = fixedHeaders.Sum(h => Math.Max(h.Length, MissingCell.Length));
        var (nameWidth, worstWidth) = Split(width, fixedWidth, columns: fixedHeaders.Length + 2, report);
        var table = Table(title, ["Document", .. fixedHeaders, "Worst finding"]);
        foreach (var d in report.Documents)
        {
            var done = d.Status == DocumentStatus.Done;
            table.AddRow(
            [
                Markup.Escape(Middle(d.Name, nameWidth)),
                Status(d),
                .. DocumentReport.CoreLabels.Select(l => !done ? "" : d.Core(l) switch { CoreClause.Present => "✓", CoreClause.Missing => $"[yellow]{MissingCell}[/]", _ => $"[dim]{NotRequiredCell}[/]" }),
                done ? Count(d.Count(Severity.High)) : "",
                done ? Count(d.Count(Severity.Medium)) : "",
                done ? Count(d.Count(Severity.Low)) : "",
                done ? Count(d.DraftingCount) : "",
                Worst(d, worstWidth),
            ]);
        }

        if (report.Documents.Any(d => d.Status == DocumentStatus.Done && DocumentReport.CoreLabels.Any(l => d.Core(l) == CoreClause.NotRequired)))
        {
            table.Caption(Markup.Escape($"{NotRequiredCell} = the document's playbook does not ask for that clause (an NDA's IP ownership, for one)"));
        }

        return table;
    }

    private static Table Compact(BatchReport report, string title, int width)
    {
        // Status, High, Med, Low, Draft and, from 100 columns, Missing ("IP, conf., NC, law" at most).
        const int missingWidth = 18;
        var withMissing = width >= 100;
        var fixedWidth = 6 + 4 + 3 + 3 + 5 + (withMissing ? missingWidth : 0);
        var (nameWidth, worstWidth) = Split(width, fixedWidth, columns: withMissing ? 8 : 7, report);
        var table = Table(title, ["Document", "Status", ReaderWords.Severity(Severity.High), "Med", ReaderWords.Severity(Severity.Low), "Draft", .. (withMissing ? new[] { "Missing" } : []), "Worst finding"]);
        // The narrow columns' abbreviations, spelt out once: a reader should not have to guess "NC".
        var missingLegend = withMissing
            ? "; Missing: " + string.Join(", ", DocumentReport.CoreLabels.Select(l => $"{ShortLabel(l)} = {ReaderWords.Label(l)}"))
            : "";
        table.Caption(Markup.Escape($"Med = {ReaderWords.Severity(Severity.Medium)}, Draft = {ReaderWords.Kind(FindingKind.Drafting)} findings{missingLegend}"));
        foreach (var d in report.Documents)
        {
            var done = d.Status == DocumentStatus.Done;
            var missing = done ? string.Join(", ", d.CoreMissing.Select(ShortLabel)) : "";
            string[] cells =
            [
                Markup.Escape(Middle(d.Name, nameWidth)),
                Status(d),
                done ? Count(d.Count(Severity.High)) : "",
                done ? Count(d.Count(Severity.Medium)) : "",
                done ? Count(d.Count(Severity.Low)) : "",
                done ? Count(d.DraftingCount) : "",
            ];
            table.AddRow([.. cells, .. (withMissing ? new[] { missing.Length == 0 ? "" : $"[yellow]{Markup.Escape(missing)}[/]" } : []), Worst(d, worstWidth)]);
        }

        return table;
    }

    /// <summary>Why each failed document failed, under the table (the table keeps one line per document).</summary>
    public static IEnumerable<string> Failures(BatchReport report) =>
        report.Documents.Where(d => d.Status == DocumentStatus.Failed)
            .Select(d => $"[red]failed:[/] {Markup.Escape(d.Name)}: {Markup.Escape(d.Reason ?? "no reason given")}");

    private static Table Table(string title, string[] headers)
    {
        var table = new Table().Title(title);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(header).NoWrap());
        }

        return table;
    }

    /// <summary>
    /// Shares what the fixed columns leave between the file name and the worst finding: the name gets
    /// what it needs up to 40 %, the finding the rest. Null width: no limit (--wide).
    /// </summary>
    private static (int? Name, int? Worst) Split(int? width, int fixedWidth, int columns, BatchReport report)
    {
        if (width is not { } total)
        {
            return (null, null);
        }

        // Each column costs its padding (one space each side) and a border; the table one more border.
        var left = Math.Max(20, total - fixedWidth - (3 * columns) - 1);
        var longestName = report.Documents.Select(d => Cells(d.Name)).DefaultIfEmpty(8).Max();
        var name = Math.Clamp(longestName, 8, Math.Max(12, left * 2 / 5));
        return (name, Math.Max(10, left - name));
    }

    private static string Worst(DocumentReport d, int? width)
    {
        var worst = d.Worst;
        if (worst is null)
        {
            return "";
        }

        var severity = ReaderWords.Severity(worst.Severity);
        var title = End(worst.Title, width is null ? null : width - Cells(severity) - 1);
        return $"{(worst.Severity == Severity.High ? $"[bold red]{severity}[/]" : severity)} {Markup.Escape(title)}";
    }

    /// <summary>"cuad_AMERICAS…HOSTING_AGREEMENT.txt": a file name keeps its start and its end.</summary>
    internal static string Middle(string text, int? width)
    {
        if (width is not { } max || Cells(text) <= max)
        {
            return text;
        }

        // Counted in terminal cells, so a Japanese file name is cut as short as an English one.
        var keep = max - Ellipsis;
        var headRoom = (keep + 1) / 2;
        var tailRoom = keep - headRoom;
        int head = 0, used = 0;
        while (head < text.Length && used + Cells(text[head]) <= headRoom)
        {
            used += Cells(text[head++]);
        }

        int tail = text.Length;
        used = 0;
        while (tail > head && used + Cells(text[tail - 1]) <= tailRoom)
        {
            used += Cells(text[--tail]);
        }

        return string.Concat(text.AsSpan(0, head), "…", text.AsSpan(tail));
    }

    /// <summary>A title cut at its end to <paramref name="width"/> terminal cells (a Japanese character takes two).</summary>
    internal static string End(string text, int? width)
    {
        if (width is not { } max || Cells(text) <= max)
        {
            return text;
        }

        var room = Math.Max(1, max - Ellipsis);
        var used = 0;
        var cut = 0;
        while (cut < text.Length && used + Cells(text[cut]) <= room)
        {
            used += Cells(text[cut]);
            cut++;
        }

        return string.Concat(text.AsSpan(0, Math.Max(1, cut)).TrimEnd(), "…");
    }

    /// <summary>How many terminal cells <paramref name="text"/> takes: two for each wide (East Asian) character.</summary>
    internal static int Cells(string text) => text.Sum(Cells);

    private static int Cells(char c) => c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
        or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6') ? 2 : 1;

    private const string MissingCell = "✗ missing";

    // A core clause the playbook does not ask for (an NDA's IP ownership): its absence is no gap.
    private const string NotRequiredCell = "– n/a";

    /// <summary>"1 document", "30 documents".</summary>
    internal static string Documents(int n) => n == 1 ? "1 document" : $"{n.ToString(CultureInfo.InvariantCulture)} documents";

    private static string Status(DocumentReport d) => d.Status == DocumentStatus.Done
        ? $"[green]{ReaderWords.Status(d.Status)}[/]"
        : $"[red]{Markup.Escape(ReaderWords.Status(d.Status))}[/]";

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string ShortLabel(string label) => label switch
    {
        ClauseLabels.IpOwnership => "IP",
        ClauseLabels.Confidentiality => "conf.",
        ClauseLabels.NonCompete => "NC",
        ClauseLabels.GoverningLaw => "law",
        _ => label,
    };
}
