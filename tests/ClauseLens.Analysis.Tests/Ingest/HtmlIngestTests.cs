using System.Net;
using System.Net.Sockets;
using System.Text;
using AngleSharp.Io;
using ClauseLens.Analysis.Ingest;

namespace ClauseLens.Analysis.Tests.Ingest;

public sealed class HtmlIngestTests
{
    private static readonly ContractIngestor Ingestor = new();

    private static string[] Paragraphs(string html) => Ingestor.FromHtml(html).Paragraphs.Select(p => p.Text).ToArray();

    [Fact]
    public void BlockElementsBecomeParagraphs()
    {
        const string html = """
            <html><head><title>NDA</title></head><body>
            <h1>Mutual   NDA</h1>
            <div>Intro <b>bold</b> text</div>
            <section><p>First   para
               continues here.</p><blockquote>Quoted</blockquote></section>
            <dl><dt>Term</dt><dd>Two years</dd></dl>
            </body></html>
            """;

        Assert.Equal(["Mutual NDA", "Intro bold text", "First para continues here.", "Quoted", "Term", "Two years"], Paragraphs(html));
    }

    [Fact]
    public void LineBreaksSplitParagraphs()
    {
        Assert.Equal(["Line one", "Line two"], Paragraphs("<p>Line one<br>Line two</p>"));
    }

    [Fact]
    public void ScriptsStylesTemplatesCommentsAndFramesAreDropped()
    {
        const string html = """
            <p>Keep this.</p>
            <script>document.write('SCRIPTED')</script>
            <style>p { color: red } /* STYLED */</style>
            <template><p>TEMPLATED</p></template>
            <noscript>NOSCRIPTED</noscript>
            <!-- COMMENTED -->
            <iframe src="https://example.invalid/x">FRAMED</iframe>
            <img src="https://example.invalid/pixel.png" onerror="alert('HANDLED')">
            <p hidden>HIDDEN</p>
            <p>And this.</p>
            """;

        var document = Ingestor.FromHtml(html);

        Assert.Equal(["Keep this.", "And this."], document.Paragraphs.Select(p => p.Text));
        foreach (var marker in new[] { "SCRIPTED", "STYLED", "TEMPLATED", "NOSCRIPTED", "COMMENTED", "FRAMED", "HANDLED", "HIDDEN" })
        {
            Assert.DoesNotContain(marker, document.Text);
        }
    }

    [Fact]
    public void ParsingContextHasNoWayToFetchOrRunAnything()
    {
        var context = HtmlIngest.CreateContext();

        Assert.Null(context.GetService<IRequester>());
        Assert.Null(context.GetService<IDocumentLoader>());
        Assert.Null(context.GetService<IResourceLoader>());
        Assert.Empty(context.GetServices<IRequester>());
    }

    [Fact]
    public void ReferencedResourcesAreNeverRequested()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var origin = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
            var html = $"""
                <html><head><link rel="stylesheet" href="{origin}/a.css"><script src="{origin}/a.js"></script>
                <meta http-equiv="refresh" content="0; url={origin}/r"></head>
                <body><img src="{origin}/i.png"><iframe src="{origin}/f"></iframe><object data="{origin}/o"></object>
                <p style="background:url({origin}/b.png)">Clause text.</p></body></html>
                """;

            var document = Ingestor.FromHtml(html);

            Assert.Equal("Clause text.", document.Text);
            Assert.False(listener.Pending(), "the parser opened a connection to a referenced resource");
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public void EntitiesAreDecoded()
    {
        Assert.Equal(["Smith & Jones © “Licensor” — 5 < 6 é"], Paragraphs("<p>Smith &amp; Jones &copy; &ldquo;Licensor&rdquo; &mdash; 5 &lt; 6 &#233;</p>"));
    }

    [Fact]
    public void OrderedListItemsShowTheirNumbers()
    {
        const string html = """
            <ol><li>Definitions</li><li>Term<ol type="a"><li>Initial</li><li>Renewal</li></ol></li></ol>
            <ol start="7"><li>Seventh</li><li value="10">Tenth</li><li>Eleventh</li></ol>
            <ol type="i"><li>one</li><li>two</li><li>three</li><li>four</li></ol>
            <ul><li>Bullet</li></ul>
            <ol style="list-style-type: none"><li>1.1 Numbered by hand</li></ol>
            """;

        Assert.Equal(
            ["1. Definitions", "2. Term", "a. Initial", "b. Renewal", "7. Seventh", "10. Tenth", "11. Eleventh",
             "i. one", "ii. two", "iii. three", "iv. four", "Bullet", "1.1 Numbered by hand"],
            Paragraphs(html));
    }

    [Fact]
    public void ListItemNumberJoinsTheItemsFirstBlock()
    {
        const string html = "<ol><li><p>Definitions</p><p>Terms have these meanings.</p></li><li><div><b>Term</b></div></li><li></li><li>Law</li></ol>";

        Assert.Equal(["1. Definitions", "Terms have these meanings.", "2. Term", "4. Law"], Paragraphs(html));
    }

    [Fact]
    public void ReversedListCountsDown()
    {
        Assert.Equal(["3. c", "2. b", "1. a"], Paragraphs("<ol reversed><li>c</li><li>b</li><li>a</li></ol>"));
    }

    [Fact]
    public void TableRowsBecomeOneParagraphWithCellsSeparated()
    {
        const string html = """
            <table><tr><th>Party</th><th>Role</th></tr>
            <tr><td><p>Acme</p><p>Inc.</p></td><td>Licensor</td><td></td></tr></table>
            """;

        Assert.Equal(["Party | Role", "Acme Inc. | Licensor"], Paragraphs(html));
    }

    [Fact]
    public void PreformattedTextKeepsItsLines()
    {
        Assert.Equal(["1.  Term", "2.  Fees"], Paragraphs("<pre>1.  Term\n2.  Fees\n</pre>"));
    }

    [Fact]
    public void NoBreakSpacesShowAsSpaces()
    {
        Assert.Equal(["Section 2.1  Fees"], Paragraphs("<p>Section&nbsp;2.1&nbsp;&nbsp;Fees</p>"));
    }

    [Fact]
    public void HtmlFileHonoursItsMetaCharset()
    {
        var bytes = Encoding.Latin1.GetBytes("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Café clause</p></body></html>");

        var document = Ingestor.Read(new MemoryStream(bytes), ContractFormat.Html);

        Assert.Equal("Café clause", document.Text);
    }

    [Fact]
    public void MalformedHtmlStillReadsLikeABrowser()
    {
        Assert.Equal(["one", "two"], Paragraphs("<p>one<p>two</div></span>"));
    }
}
