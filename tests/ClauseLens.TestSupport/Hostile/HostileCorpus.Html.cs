namespace ClauseLens.TestSupport.Hostile;

public static partial class HostileCorpus
{
    // Deep element nesting: as JSON html, as an uploaded .html file and as a brief.
    private static IEnumerable<HostileRequest> HtmlNesting()
    {
        string[] tags = ["div", "span", "b", "blockquote", "li", "ol", "ul", "a", "font", "table", "td", "section", "p", "sub", "em"];
        int[] depths = [1_000, 5_000, 20_000, 50_000];
        foreach (var tag in tags)
        {
            foreach (var depth in depths)
            {
                var html = Repeat($"<{tag}>", depth) + Sentence + Repeat($"</{tag}>", depth);
                yield return HostileRequest.Json($"html-nesting:{tag}:{depth}", HtmlJson(html));
                if (depth == 50_000)
                {
                    yield return HostileRequest.Upload($"html-nesting-file:{tag}:{depth}", "deep.html", () => System.Text.Encoding.UTF8.GetBytes(html));
                }
            }
        }

        // Unclosed, mixed and table nesting: the parser's own recovery rules do the work.
        yield return HostileRequest.Json("html-nesting:self-closed-div:50000", HtmlJson(Repeat("<div/>", 50_000) + Sentence));
        yield return HostileRequest.Json("html-nesting:svg-paths:20000", HtmlJson("<svg>" + Repeat("<path d='M0 0'/>", 20_000) + "</svg><p>" + Sentence + "</p>"));
        yield return HostileRequest.Json("html-nesting:unclosed-div:100000", HtmlJson(Repeat("<div>", 100_000) + Sentence));
        yield return HostileRequest.Json("html-nesting:mixed:60000", HtmlJson(Repeat("<div><span><b>", 20_000) + Sentence));
        yield return HostileRequest.Json("html-nesting:table:5000", HtmlJson(Repeat("<table><tr><td>", 5_000) + Sentence));
        yield return HostileRequest.Json("html-nesting:li-in-li:30000", HtmlJson("<ol>" + Repeat("<li><ol>", 15_000) + Sentence));
        yield return HostileRequest.Json("html-nesting:a-in-p:40000", HtmlJson(Repeat("<p><a>", 20_000) + Sentence));
        yield return HostileRequest.Json("html-nesting:formatting:40000", HtmlJson(Repeat("<b><i><u><s>", 10_000) + Sentence + Repeat("</p>", 1000)));
        yield return HostileRequest.Json("html-nesting:pre:20000", HtmlJson(Repeat("<pre>", 20_000) + Sentence));
        yield return HostileRequest.Json("html-nesting:rows:20000", HtmlJson("<table>" + Repeat("<tr><td>" + Sentence + "</td><td>x</td></tr>", 8_000) + "</table>"));
        yield return HostileRequest.Json("html-nesting:cells:20000", HtmlJson("<table><tr>" + Repeat("<td>x</td>", 40_000) + "</tr></table>"));
        yield return HostileRequest.Json("html-nesting:attributes:1", HtmlJson("<p " + Repeat("a=b ", 100_000) + ">" + Sentence + "</p>"));
        yield return HostileRequest.Json("html-nesting:entities:1", HtmlJson("<p>" + Repeat("&amp;&lt;&#x41;&nbsp;", 60_000) + "</p>"));
    }

    // Ordered lists: many items, absurd starts and values, every type, reversed.
    private static IEnumerable<HostileRequest> HtmlLists(Random random)
    {
        string[] types = ["1", "a", "A", "i", "I"];
        string[] starts = ["2000000000", "-2000000000", "2147483647", "-2147483648", "99999999999999", "0", "1e9", "3999", "4000", "702", "18278"];
        foreach (var type in types)
        {
            foreach (var start in starts)
            {
                yield return HostileRequest.Json($"html-list-start:{type}:{start}", HtmlJson($"<ol type=\"{type}\" start=\"{start}\"><li>x</li><li>{Sentence}</li></ol>"));
                yield return HostileRequest.Json($"html-list-start-reversed:{type}:{start}", HtmlJson($"<ol reversed type=\"{type}\" start=\"{start}\"><li>x</li><li>y</li></ol>"));
            }

            foreach (var items in new[] { 5_000, 20_000, 50_000 })
            {
                yield return HostileRequest.Json($"html-list-items:{type}:{items}", HtmlJson($"<ol type=\"{type}\">" + Repeat("<li>x</li>", items) + "</ol>"));
            }

            yield return HostileRequest.Json($"html-list-values:{type}:10000", HtmlJson($"<ol type=\"{type}\">" +
                string.Concat(Enumerable.Range(0, 10_000).Select(i => $"<li value=\"{2_000_000_000 - i}\">x</li>")) + "</ol>"));
            yield return HostileRequest.Json($"html-list-item-type:{type}:8", HtmlJson("<ol start=\"2000000000\">" + Repeat($"<li type=\"{type}\">x</li>", 8) + "</ol>"));
        }

        for (var i = 0; i < 60; i++)
        {
            var start = random.NextInt64(-3_000_000_000, 3_000_000_000);
            var type = types[random.Next(types.Length)];
            var items = random.Next(1, 2_000);
            yield return HostileRequest.Json($"html-list-random:{type}:{start}:{items}", HtmlJson($"<ol type=\"{type}\" start=\"{start}\">" + Repeat("<li>x</li>", items) + "</ol>"));
        }

        // Eight at once of the 62-byte list that once cost 566 MB each.
        for (var i = 0; i < 8; i++)
        {
            yield return HostileRequest.Json($"html-list-62-bytes:{i}", "{\"html\": \"<ol type=\\\"a\\\" start=\\\"2000000000\\\"><li>x</li></ol>\"}");
        }
    }
}
