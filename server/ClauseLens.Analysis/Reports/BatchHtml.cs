using ClauseLens.Analysis.Writing;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis.Reports;

/// <summary>
/// The batch report as one self-contained HTML page: a portfolio heat map (an SVG drawn here),
/// the sortable results table, and every document's findings. All text is HTML-escaped; the only
/// script and style are the inline blocks whose hashes <see cref="ContentSecurityPolicy"/> allows.
/// </summary>
public static class BatchHtml
{
    // Fits a 1280 px screen (fixed layout, long names wrap) and scrolls sideways, rather than
    // squeezing, on a phone; the heat map keeps its size and scrolls in its own box.
    private const string Style = """
        body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem auto;padding:0 1rem;max-width:1200px;color:#111}
        .scroll{overflow-x:auto;max-width:100%}
        table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #999;padding:.25rem .4rem;text-align:left;vertical-align:top}
        table.docs{width:100%;table-layout:fixed;min-width:860px}
        table.docs td{overflow-wrap:anywhere}table.docs th{overflow-wrap:normal}
        table.docs col.num{width:3rem}table.docs col.count{width:5.6rem}table.docs col.doc{width:17%}table.docs col.type{width:10rem}table.docs col.status{width:6.5rem}
        table.findings{width:100%;min-width:720px}
        th button{font:inherit;font-weight:bold;background:none;border:0;padding:0;cursor:pointer;text-align:left}
        td.n{text-align:right}.sev-high{font-weight:bold}.muted{color:#555;font-size:.9em}
        .legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;padding:0;list-style:none}.legend span{display:inline-block;width:1.4rem;text-align:center;border:1px solid #666;margin-right:.3rem}
        svg text{font:11px system-ui,sans-serif}
        @media print{th button{color:#000}a{color:#000}.scroll{overflow:visible}}
        """;

    // Sorts the table when a header button is pressed: numbers numerically, the rest as text.
    private const string Script = """
        document.querySelectorAll('table.sortable th button').forEach(function(b,i){b.addEventListener('click',function(){
        var t=b.closest('table'),body=t.tBodies[0],rows=Array.from(body.rows),dir=b.dataset.dir==='asc'?-1:1;b.dataset.dir=dir===1?'asc':'desc';
        rows.sort(function(x,y){var p=x.cells[i].dataset.v||x.cells[i].textContent,q=y.cells[i].dataset.v||y.cells[i].textContent,
        m=parseFloat(p),n=parseFloat(q);return dir*(isNaN(m)||isNaN(n)?p.localeCompare(q):m-n)});rows.forEach(function(r){body.appendChild(r)})})});
        """;

    private static readonly (string Fill, string Ink, string Mark, string Meaning)[] Scale =
    [
        ("#f2f2f2", "#555", "·", "not found, no finding"),
        ("#d9f0d3", "#1b5e20", "✓", "present, no finding"),
        ("#deebf7", "#08306b", "I", "info"),
        ("#fee391", "#5a3d00", "L", "low"),
        ("#fd8d3c", "#3d1a00", "M", "medium"),
        ("#b10026", "#ffffff", "H", "high"),
    ];

    /// <summary>The CSP source (<c>sha256-…</c>) of the page's one inline script, for a page that shows the report under its own policy.</summary>
    public static string ScriptHash { get; } = Hash(Script);

    /// <summary>The Content-Security-Policy a response carrying this page should send: nothing but its own inline style and script.</summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src '{Hash(Style)}'; script-src '{ScriptHash}'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    /// <summary>Renders <paramref name="report"/>.</summary>
    public static string Render(BatchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var w = ReportWords.For(report.Language);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"").Append(w.Language).Append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(E(w.PageTitle)).Append(' ').Append(E(report.Id)).Append("</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<h1>").Append(E(w.Portfolio)).Append("</h1><p>")
            .Append(w.Intro(report, report.CreatedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture), E))
            .Append("</p>");
        html.Append("<h2>").Append(E(w.HeatMap)).Append("</h2><p class=\"muted\">").Append(E(w.HeatMapNote)).Append("</p><div class=\"scroll\">");
        HeatMap(html, report, w);
        html.Append("</div>");
        Legend(html, w);
        html.Append("<h2>").Append(E(w.Documents)).Append("</h2><div class=\"scroll\">");
        Table(html, report, w);
        html.Append("</div><h2>").Append(E(w.FindingsByDocument)).Append("</h2>");
        foreach (var document in report.Documents)
        {
            Details(html, document, w);
        }

        html.Append("<script>").Append(Script).Append("</script></body></html>");
        return html.ToString();
    }

    /// <summary>
    /// Documents × clause labels, riskiest documents (rows) and clauses (columns) first, each cell
    /// coloured by its worst finding and marked with a letter (H, M, L, I, ✓, ·) so it reads in black
    /// and white too; each row and column ends with its count of findings (low or worse), and each
    /// document's contract type and playbook stand beside its name.
    /// </summary>
    public static string HeatMapSvg(BatchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        HeatMap(html, report, ReportWords.For(report.Language));
        return html.ToString();
    }

    /// <summary>The documents in heat-map order: most high findings first, then medium, then low; failed and pending last; ties in upload order.</summary>
    public static IReadOnlyList<DocumentReport> ByRisk(BatchReport report) =>
    [
        .. report.Documents
            .OrderBy(d => d.Status == DocumentStatus.Done ? 0 : 1)
            .ThenByDescending(d => Risky(d.Findings, Severity.High))
            .ThenByDescending(d => Risky(d.Findings, Severity.Medium))
            .ThenByDescending(d => Risky(d.Findings, Severity.Low))
            .ThenBy(d => d.Index),
    ];

    /// <summary>The clause labels in heat-map order: the most high findings across the batch first, then medium, then low; ties in the usual order.</summary>
    public static IReadOnlyList<string> LabelsByRisk(BatchReport report)
    {
        var findings = report.Documents.SelectMany(d => d.Findings).ToList();
        return
        [
            .. ClauseLabels.All.Select((label, i) => (label, i))
                .OrderByDescending(l => Risky(findings.Where(f => f.Label == l.label), Severity.High))
                .ThenByDescending(l => Risky(findings.Where(f => f.Label == l.label), Severity.Medium))
                .ThenByDescending(l => Risky(findings.Where(f => f.Label == l.label), Severity.Low))
                .ThenBy(l => l.i)
                .Select(l => l.label),
        ];
    }

    // Risk findings (not drafting) of exactly this severity.
    private static int Risky(IEnumerable<BatchFinding> findings, Severity severity) =>
        findings.Count(f => f.Kind != FindingKind.Drafting && f.Severity == severity);

    // What the totals count: risk findings of low severity or worse.
    private static bool Counted(BatchFinding f) => f.Kind != FindingKind.Drafting && f.Severity >= Severity.Low;

    private static void HeatMap(StringBuilder svg, BatchReport report, ReportWords w)
    {
        var language = w.Language;
        const int nameWidth = 250, typeWidth = 250, cell = 30, rowHeight = 22, top = 130, totalWidth = 44;
        var labels = LabelsByRisk(report);
        var rows = ByRisk(report);
        var left = nameWidth + typeWidth;
        var totalX = left + labels.Count * cell + 6;
        // The column labels lean right (rotated -50°): leave room for the last one to end inside the picture.
        var width = totalX + totalWidth + 90;
        var height = top + (rows.Count + 1) * rowHeight + 10;
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">")
            .Append("<title>").Append(E(w.HeatMapTitle)).Append("</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"{top - 6}\" font-weight=\"bold\">{E(w.Document)}</text>")
            .Append(CultureInfo.InvariantCulture, $"<text x=\"{nameWidth}\" y=\"{top - 6}\" font-weight=\"bold\">{E(w.TypeAndPlaybook)}</text>");
        for (var c = 0; c < labels.Count; c++)
        {
            var x = left + c * cell + cell / 2;
            svg.Append(CultureInfo.InvariantCulture, $"<text transform=\"translate({x},{top - 6}) rotate(-50)\">{E(ReaderWords.Label(labels[c], language))}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text transform=\"translate({totalX + totalWidth / 2},{top - 6}) rotate(-50)\" font-weight=\"bold\">{E(w.Total)}</text>");
        for (var r = 0; r < rows.Count; r++)
        {
            var y = top + r * rowHeight;
            var document = rows[r];
            var done = document.Status == DocumentStatus.Done;
            svg.Append(CultureInfo.InvariantCulture, $"<a href=\"#doc-{document.Index}\"><text x=\"4\" y=\"{y + 15}\">{E(Shorten($"{document.Index + 1}. {document.Name}", 36))}</text></a>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{nameWidth}\" y=\"{y + 15}\">{E(Shorten(TypeAndPlaybook(document, language), 40))}<title>{E(TypeAndPlaybook(document, language))}</title></text>");
            for (var c = 0; c < labels.Count; c++)
            {
                var (fill, ink, mark, meaning) = done
                    ? Scale[Level(document, labels[c])] with { Meaning = w.ScaleMeanings[Level(document, labels[c])] }
                    : ("#ffffff", "#555", "?", language == Context.ContractLanguages.Japanese ? ReaderWords.Status(document.Status, language) : BatchReport.Name(document.Status));
                var x = left + c * cell;
                svg.Append(CultureInfo.InvariantCulture, $"<g><title>{E(document.Name)} · {E(ReaderWords.Label(labels[c], language))}: {E(meaning)}</title>")
                    .Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y}\" width=\"{cell - 2}\" height=\"{rowHeight - 2}\" fill=\"{fill}\" stroke=\"#666\" stroke-width=\"0.5\"/>")
                    .Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (cell - 2) / 2}\" y=\"{y + 15}\" text-anchor=\"middle\" fill=\"{ink}\">{mark}</text></g>");
            }

            var total = done ? document.Findings.Count(f => Counted(f) && labels.Contains(f.Label)).ToString(CultureInfo.InvariantCulture) : "–";
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{totalX + totalWidth / 2}\" y=\"{y + 15}\" text-anchor=\"middle\" font-weight=\"bold\" class=\"row-total\">{total}</text>");
        }

        var totalsY = top + rows.Count * rowHeight;
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"{totalsY + 15}\" font-weight=\"bold\">{E(w.Total)}</text>");
        var all = rows.Where(d => d.Status == DocumentStatus.Done).SelectMany(d => d.Findings).Where(Counted).ToList();
        for (var c = 0; c < labels.Count; c++)
        {
            var x = left + c * cell + (cell - 2) / 2;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{totalsY + 15}\" text-anchor=\"middle\" font-weight=\"bold\" class=\"column-total\">{all.Count(f => f.Label == labels[c])}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{totalX + totalWidth / 2}\" y=\"{totalsY + 15}\" text-anchor=\"middle\" font-weight=\"bold\" class=\"grand-total\">{all.Count(f => labels.Contains(f.Label))}</text>");
        svg.Append("</svg>");
    }

    private static void Legend(StringBuilder html, ReportWords w)
    {
        html.Append("<ul class=\"legend\" aria-label=\"").Append(E(w.Legend)).Append("\"><li><strong>").Append(E(w.Legend))
            .Append(w.Language == Context.ContractLanguages.Japanese ? "\uff1a" : ":").Append("</strong></li>");
        foreach (var (fill, ink, mark, meaning) in Enumerable.Reverse(Scale.Select((s, i) => s with { Meaning = w.ScaleMeanings[i] })))
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><span data-fill=\"{fill}\" class=\"swatch-{E(mark == "·" ? "none" : mark == "✓" ? "ok" : mark)}\">{E(mark)}</span>{E(Capital(meaning))}</li>");
        }

        html.Append("<li><span>?</span>").Append(E(w.NotAnalysed)).Append("</li></ul>");
    }

    private static string TypeAndPlaybook(DocumentReport d, string language) =>
        d.ContractType is null && d.Playbook is null ? "" : $"{ReaderWords.ContractType(d.ContractType, language)} · {d.Playbook}";

    // Index into Scale: 0 absent, 1 present and clean, 2.. by worst severity.
    private static int Level(DocumentReport document, string label) => document.WorstFor(label) switch
    {
        { } worst => 2 + (int)worst.Severity,
        null => document.Has(label) ? 1 : 0,
    };

    private static void Table(StringBuilder html, BatchReport report, ReportWords w)
    {
        var language = w.Language;
        var headings = w.DocumentColumns;
        html.Append("<table class=\"sortable docs\"><colgroup><col class=\"num\"><col class=\"doc\"><col class=\"type\"><col class=\"status\">")
            .Append("<col class=\"count\"><col class=\"count\"><col class=\"count\"><col class=\"count\"><col><col></colgroup><thead><tr>");
        foreach (var heading in headings)
        {
            html.Append("<th scope=\"col\"><button type=\"button\">").Append(E(heading)).Append("</button></th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var d in report.Documents)
        {
            var done = d.Status == DocumentStatus.Done;
            html.Append("<tr><td class=\"n\">").Append(d.Index + 1).Append("</td>")
                .Append("<td><a href=\"#doc-").Append(d.Index).Append("\">").Append(E(d.Name)).Append("</a></td>")
                .Append("<td>").Append(E(ReaderWords.ContractType(d.ContractType, language)));
            if (d.Playbook is not null)
            {
                html.Append("<br><span class=\"muted\">").Append(E(d.Playbook)).Append("</span>");
            }

            html.Append("</td><td>").Append(E(ReaderWords.Status(d.Status, language))).Append(d.Reason is null ? "" : ": " + E(d.Reason)).Append("</td>");
            foreach (var count in new Func<BatchFinding, bool>[]
            {
                f => f.Kind != FindingKind.Drafting && f.Severity == Severity.High,
                f => f.Kind != FindingKind.Drafting && f.Severity == Severity.Medium,
                f => f.Kind != FindingKind.Drafting && f.Severity == Severity.Low,
                f => f.Kind == FindingKind.Drafting,
            })
            {
                html.Append("<td class=\"n\">").Append(done ? d.Findings.Count(count).ToString(CultureInfo.InvariantCulture) : "").Append("</td>");
            }

            var missing = d.CoreMissing.Select(l => ReaderWords.Label(l, language)).ToList();
            html.Append("<td>").Append(!done ? "" : missing.Count == 0 ? E(w.None) : E(string.Join(language == Context.ContractLanguages.Japanese ? "、" : ", ", missing))).Append("</td>");
            var worst = d.Worst;
            html.Append("<td data-v=\"").Append(worst is null ? "0" : ((int)worst.Severity + 1).ToString(CultureInfo.InvariantCulture)).Append("\">");
            if (worst is not null)
            {
                html.Append("<span class=\"sev-").Append(BatchReport.Name(worst.Severity)).Append("\">").Append(E(ReaderWords.Severity(worst.Severity, language)))
                    .Append("</span>: ").Append(E(worst.Title));
            }

            html.Append("</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    private static void Details(StringBuilder html, DocumentReport d, ReportWords w)
    {
        var language = w.Language;
        html.Append("<section id=\"doc-").Append(d.Index).Append("\"><h3>").Append(d.Index + 1).Append(". ").Append(E(d.Name)).Append("</h3>");
        if (d.ContractType is not null || d.Playbook is not null)
        {
            html.Append("<p class=\"deal\">").Append(E(w.TypeLine)).Append(E(ReaderWords.ContractType(d.ContractType, language)))
                .Append(d.Playbook is null ? "" : E(w.PlaybookLine) + E(d.Playbook)).Append("</p>");
        }

        if (d.Status != DocumentStatus.Done)
        {
            html.Append("<p>").Append(E(ReaderWords.Status(d.Status, language))).Append(d.Reason is null ? "" : ": " + E(d.Reason)).Append("</p></section>");
            return;
        }

        if (d.Findings.Count == 0)
        {
            html.Append("<p>").Append(E(w.NoFindings)).Append("</p></section>");
            return;
        }

        html.Append("<div class=\"scroll\"><table class=\"findings\"><thead><tr>");
        foreach (var heading in w.FindingColumns)
        {
            html.Append("<th>").Append(E(heading)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var f in d.Findings)
        {
            var clause = f.ClauseNumber is null ? ReaderWords.Label(f.Label, language) : $"{f.ClauseNumber} ({ReaderWords.Label(f.Label, language)})";
            html.Append("<tr><td class=\"sev-").Append(BatchReport.Name(f.Severity)).Append("\">").Append(E(ReaderWords.Severity(f.Severity, language)))
                .Append("</td><td>").Append(E(ReaderWords.Kind(f.Kind, language))).Append("</td><td>").Append(E(clause))
                .Append("</td><td>").Append(E(f.Detail is null ? f.Title : $"{f.Title} ({f.Detail})")).Append("</td><td>").Append(E(f.Evidence ?? ""))
                .Append("</td><td>").Append(E(f.Ask ?? "")).Append("</td></tr>");
        }

        html.Append("</tbody></table></div></section>");
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    // The five characters HTML gives meaning to; everything else (Japanese names, "·") stays as written.
    private static string E(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);

    private static string Hash(string inline) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inline)));
}
