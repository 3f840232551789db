using System.Globalization;
using System.Net;
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
    private const string Style = """
        body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem;color:#111}
        table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top}
        th button{font:inherit;font-weight:bold;background:none;border:0;padding:0;cursor:pointer}
        td.n{text-align:right}.sev-high{font-weight:bold}
        svg text{font:11px system-ui,sans-serif}
        @media print{th button{color:#000}a{color:#000}}
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
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>ClauseLens batch ")
            .Append(E(report.Id)).Append("</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<h1>Contract portfolio</h1><p>Batch ").Append(E(report.Id)).Append(", submitted ")
            .Append(E(report.CreatedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)))
            .Append(", playbook <code>").Append(E(report.PlaybookId)).Append("</code>, ")
            .Append(report.Documents.Count.ToString(CultureInfo.InvariantCulture)).Append(" documents.</p>");
        html.Append("<h2>Heat map</h2>");
        HeatMap(html, report);
        html.Append("<h2>Documents</h2>");
        Table(html, report);
        html.Append("<h2>Findings by document</h2>");
        foreach (var document in report.Documents)
        {
            Details(html, document);
        }

        html.Append("<script>").Append(Script).Append("</script></body></html>");
        return html.ToString();
    }

    /// <summary>
    /// Documents × clause labels, each cell coloured by its worst finding and marked with a letter
    /// (H, M, L, I, ✓, ·) so it reads in black and white too.
    /// </summary>
    public static string HeatMapSvg(BatchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        HeatMap(html, report);
        return html.ToString();
    }

    private static void HeatMap(StringBuilder svg, BatchReport report)
    {
        const int nameWidth = 260, cell = 30, rowHeight = 22, top = 120;
        var labels = ClauseLabels.All;
        var rows = report.Documents;
        // The column labels lean right (rotated -50°): leave room for the last one to end inside the picture.
        var width = nameWidth + labels.Count * cell + 80;
        var legendTop = top + rows.Count * rowHeight + 20;
        var height = legendTop + Scale.Length * rowHeight + 10;
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">")
            .Append("<title>Clause heat map: one row per document, one column per clause label, coloured and lettered by the worst finding</title>");
        for (var c = 0; c < labels.Count; c++)
        {
            var x = nameWidth + c * cell + cell / 2;
            svg.Append(CultureInfo.InvariantCulture, $"<text transform=\"translate({x},{top - 6}) rotate(-50)\">{E(labels[c])}</text>");
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var y = top + r * rowHeight;
            var document = rows[r];
            svg.Append(CultureInfo.InvariantCulture, $"<a href=\"#doc-{document.Index}\"><text x=\"4\" y=\"{y + 15}\">{E(Shorten(document.Name, 38))}</text></a>");
            for (var c = 0; c < labels.Count; c++)
            {
                var (fill, ink, mark, meaning) = document.Status == DocumentStatus.Done
                    ? Scale[Level(document, labels[c])]
                    : ("#ffffff", "#555", "?", BatchReport.Name(document.Status));
                var x = nameWidth + c * cell;
                svg.Append(CultureInfo.InvariantCulture, $"<g><title>{E(document.Name)} · {E(labels[c])}: {E(meaning)}</title>")
                    .Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y}\" width=\"{cell - 2}\" height=\"{rowHeight - 2}\" fill=\"{fill}\" stroke=\"#666\" stroke-width=\"0.5\"/>")
                    .Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (cell - 2) / 2}\" y=\"{y + 15}\" text-anchor=\"middle\" fill=\"{ink}\">{mark}</text></g>");
            }
        }

        for (var i = 0; i < Scale.Length; i++)
        {
            var y = legendTop + i * rowHeight;
            var (fill, ink, mark, meaning) = Scale[Scale.Length - 1 - i];
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"4\" y=\"{y}\" width=\"{cell - 2}\" height=\"{rowHeight - 2}\" fill=\"{fill}\" stroke=\"#666\" stroke-width=\"0.5\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{4 + (cell - 2) / 2}\" y=\"{y + 15}\" text-anchor=\"middle\" fill=\"{ink}\">{mark}</text>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{cell + 10}\" y=\"{y + 15}\">{E(meaning)}</text>");
        }

        svg.Append("</svg>");
    }

    // Index into Scale: 0 absent, 1 present and clean, 2.. by worst severity.
    private static int Level(DocumentReport document, string label) => document.WorstFor(label) switch
    {
        { } worst => 2 + (int)worst.Severity,
        null => document.Has(label) ? 1 : 0,
    };

    private static void Table(StringBuilder html, BatchReport report)
    {
        string[] headings = ["#", "Document", "Status", .. DocumentReport.CoreLabels, "High", "Medium", "Low", "Info", "Worst finding", "Type"];
        html.Append("<table class=\"sortable\"><thead><tr>");
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
                .Append("<td>").Append(E(BatchReport.Name(d.Status))).Append(d.Reason is null ? "" : ": " + E(d.Reason)).Append("</td>");
            foreach (var label in DocumentReport.CoreLabels)
            {
                html.Append("<td>").Append(!done ? "" : d.Has(label) ? "✓ present" : "✗ missing").Append("</td>");
            }

            foreach (var severity in new[] { Severity.High, Severity.Medium, Severity.Low, Severity.Info })
            {
                html.Append("<td class=\"n\">").Append(done ? d.Count(severity).ToString(CultureInfo.InvariantCulture) : "").Append("</td>");
            }

            var worst = d.Worst;
            html.Append("<td data-v=\"").Append(worst is null ? "0" : ((int)worst.Severity + 1).ToString(CultureInfo.InvariantCulture)).Append("\">");
            if (worst is not null)
            {
                html.Append("<span class=\"sev-").Append(BatchReport.Name(worst.Severity)).Append("\">").Append(E(BatchReport.Name(worst.Severity).ToUpperInvariant()))
                    .Append("</span> ").Append(E(worst.Title));
            }

            html.Append("</td><td>").Append(E(d.ContractType ?? "")).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    private static void Details(StringBuilder html, DocumentReport d)
    {
        html.Append("<section id=\"doc-").Append(d.Index).Append("\"><h3>").Append(E(d.Name)).Append("</h3>");
        if (d.ContractType is not null)
        {
            html.Append("<p class=\"deal\">Type: ").Append(E(d.ContractType)).Append(d.Playbook is null ? "" : " · playbook " + E(d.Playbook)).Append("</p>");
        }

        if (d.Status != DocumentStatus.Done)
        {
            html.Append("<p>").Append(E(BatchReport.Name(d.Status))).Append(d.Reason is null ? "" : ": " + E(d.Reason)).Append("</p></section>");
            return;
        }

        if (d.Findings.Count == 0)
        {
            html.Append("<p>No findings.</p></section>");
            return;
        }

        html.Append("<table><thead><tr><th>Severity</th><th>Kind</th><th>Clause</th><th>Finding</th><th>Evidence</th></tr></thead><tbody>");
        foreach (var f in d.Findings)
        {
            html.Append("<tr><td class=\"sev-").Append(BatchReport.Name(f.Severity)).Append("\">").Append(E(BatchReport.Name(f.Severity)))
                .Append("</td><td>").Append(E(BatchReport.Name(f.Kind))).Append("</td><td>").Append(E(f.Label))
                .Append("</td><td>").Append(E(f.Title)).Append("</td><td>").Append(E(f.Evidence ?? "")).Append("</td></tr>");
        }

        html.Append("</tbody></table></section>");
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Hash(string inline) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inline)));
}
