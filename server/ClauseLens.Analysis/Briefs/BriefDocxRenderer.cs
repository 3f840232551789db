using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ClauseLens.Analysis.Briefs;

using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

/// <summary>
/// Renders a brief as an editable Word document: real Title/Heading 1–3 styles, numbered and
/// bulleted lists backed by a numbering part, and tables, so a lawyer can edit it like any other
/// memo. Each section after the first page starts on a new page.
/// </summary>
public sealed class BriefDocxRenderer
{
    private const int BulletList = 1;
    private const int NumberedList = 2;
    private const int CheckList = 3;

    /// <summary>Renders <paramref name="brief"/> as the bytes of a .docx file.</summary>
    public byte[] Render(NegotiationBrief brief, BriefPaper paper = BriefPaper.A4)
    {
        var w = BriefWording.For(brief.Language);
        ArgumentNullException.ThrowIfNull(brief);
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = BriefDocxStyles.Styles(w.Language);
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = BriefDocxStyles.Numbering();
            package.PackageProperties.Title = w.Kicker;
            package.PackageProperties.Creator = "ClauseLens";

            var body = new Body();
            FirstPage(body, brief);
            Detail(body, brief);
            Findings(body, brief);
            Questions(body, brief);
            Guidance(body, brief);
            AfterSigning(body, brief);
            body.Append(Para(w.Produced(brief.Provenance), "Caption"));
            body.Append(PageSetup(paper));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static void FirstPage(Body body, NegotiationBrief brief)
    {
        var w = BriefWording.For(brief.Language);
        var deal = brief.Deal;
        body.Append(Para(w.Kicker, "Subtitle"));
        body.Append(Para(w.Headline(deal), "Title"));
        body.Append(Para(w.DealHeading, "Heading1"));
        body.Append(Table(
            null,
            [
                [w.PartiesLabel, w.PartiesLine(deal)],
                [w.TypeLabel, deal.AgreementType],
                [w.LawLabel, deal.GoverningLaw],
                [w.ForumLabel, deal.Forum],
            ],
            [2400, 7238]));

        Section(body, w.TopPointsHeading(brief.TopGaps.Count), pageBreakBefore: false, brief.TopGaps, w.NoTopPoints, gap =>
        {
            body.Append(Para(w.PointTitle(gap), "Heading2"));
            body.Append(Para(w.PointLine(gap), "Caption"));
            body.Append(Labelled(w.AskLabel + w.Colon, gap.Ask, BulletList));
            if (gap.Fallback is { Length: > 0 } fallback)
            {
                body.Append(Labelled(w.FallbackLabel + w.Colon, fallback, BulletList));
            }
        });

        body.Append(Para(w.Disclaimer, "Caption"));
    }

    private static void Detail(Body body, NegotiationBrief brief)
    {
        var w = BriefWording.For(brief.Language);
        if (brief.TopGaps.Count == 0)
        {
            return;
        }

        body.Append(Para(w.DetailHeading, "Heading1", pageBreakBefore: true));
        foreach (var gap in brief.TopGaps)
        {
            body.Append(Para(w.DetailTitle(gap), "Heading2"));
            Item(body, w.AtStakeLabel, gap.AtStake, w);
            if (gap.Where.Quote is { Length: > 0 } quote)
            {
                body.Append(Para(w.Quoted(quote), "Quote"));
            }

            Item(body, w.FallbackRestLabel, gap.FallbackRest, w);
            Item(body, w.RaiseLabel, gap.TalkingPoint, w, italic: true);
            Item(body, w.SourceLabel, gap.Source, w);
        }
    }

    private static void Item(Body body, string label, string? text, BriefWording w, bool italic = false)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            body.Append(Labelled(label + w.Colon, text, BulletList, italic));
        }
    }

    private static void Findings(Body body, NegotiationBrief brief)
    {
        var w = BriefWording.For(brief.Language);
        Section(body, w.OtherFindingsHeading, pageBreakBefore: true, brief.Topics, w.NoOtherFindings, topic =>
        {
            body.Append(Para(topic.Name, "Heading2"));
            body.Append(Table(
                w.FindingColumns,
                [.. topic.Points.Select(p => new[]
                {
                    w.SeverityWord(p.Severity) + w.Parenthesised(w.KindWord(p.Kind)),
                    (p.Title + w.Stop + p.Explanation).Trim(),
                    p.Ask + (p.Fallback is { Length: > 0 } f ? $" {w.FallbackLabel}{w.Colon}{f}" : ""),
                    w.Location(p.Where),
                })],
                [1300, 3500, 3138, 1700]));
        });

        Section(body, w.InPlaceHeading, pageBreakBefore: false, brief.SoundClauses, w.NothingInPlace, statement =>
            body.Append(Para(statement.Text, "ListParagraph", BulletList)));
    }

    private static void Questions(Body body, NegotiationBrief brief)
    {
        var w = BriefWording.For(brief.Language);
        Section(body, w.QuestionsHeading, pageBreakBefore: true, brief.Questions, w.NoQuestions, q =>
            body.Append(Labelled(q.Question + " ", q.Why + (q.Where is { } where ? w.Parenthesised(w.Location(where)) : ""), NumberedList)));
    }

    // A Heading 1 section: each item's paragraphs, or the one line that says there are none.
    private static void Section<T>(Body body, string heading, bool pageBreakBefore, IReadOnlyCollection<T> items, string none, Action<T> write)
    {
        body.Append(Para(heading, "Heading1", pageBreakBefore: pageBreakBefore));
        if (items.Count == 0)
        {
            body.Append(Para(none));
        }

        foreach (var item in items)
        {
            write(item);
        }
    }

    private static void Guidance(Body body, NegotiationBrief brief)
    {
        var w = BriefWording.For(brief.Language);
        body.Append(Para(w.GuidanceHeading, "Heading1", pageBreakBefore: true));
        foreach (var advice in brief.HowToRaise)
        {
            body.Append(Labelled(advice.Heading + w.Stop, advice.Text, BulletList));
            body.Append(Para($"{w.SourceLabel}{w.Colon}{advice.Source}", "Caption"));
        }
    }

    private static void AfterSigning(Body body, NegotiationBrief brief)
    {
        var w = BriefWording.For(brief.Language);
        body.Append(Para(w.AfterSigningHeading, "Heading1", pageBreakBefore: true));
        foreach (var area in brief.AfterSigning.GroupBy(i => i.Area).OrderBy(g => g.Key))
        {
            body.Append(Para(w.AreaTitle(area.Key), "Heading2"));
            foreach (var item in area)
            {
                body.Append(Para(item.Action + (item.Where is { } where ? w.Parenthesised(w.Location(where)) : ""), "ListParagraph", CheckList));
            }
        }
    }

    private static Paragraph Para(string text, string? style = null, int? list = null, bool pageBreakBefore = false)
    {
        var paragraph = new Paragraph(Properties(style, list, pageBreakBefore));
        paragraph.Append(TextRun(text));
        return paragraph;
    }

    private static Paragraph Labelled(string label, string text, int list, bool italic = false)
    {
        var labelRun = TextRun(label);
        labelRun.PrependChild(new RunProperties(new Bold()));
        var textRun = TextRun(text);
        if (italic)
        {
            textRun.PrependChild(new RunProperties(new Italic()));
        }

        return new Paragraph(Properties("ListParagraph", list, false), labelRun, textRun);
    }

    private static ParagraphProperties Properties(string? style, int? list, bool pageBreakBefore)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
        {
            properties.Append(new ParagraphStyleId { Val = style });
        }

        if (pageBreakBefore)
        {
            properties.Append(new PageBreakBefore());
        }

        if (list is { } numId)
        {
            properties.Append(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numId }));
        }

        return properties;
    }

    private static Run TextRun(string text) =>
        new(new Text(XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve });

    private static Table Table(string[]? header, IReadOnlyList<string[]> rows, int[] widths)
    {
        var grid = new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = "TableGrid" },
                new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
                new TableLook { Val = header is null ? "0480" : "0420" }), // 0x20 first row, 0x80 first column, 0x400 no vertical banding
            grid);
        if (header is not null)
        {
            var row = Row(header, widths, bold: true);
            row.PrependChild(new TableRowProperties(new TableHeader(), new CantSplit()));
            table.Append(row);
        }

        foreach (var cells in rows)
        {
            var row = Row(cells, widths, bold: false, firstBold: header is null);
            row.PrependChild(new TableRowProperties(new CantSplit()));
            table.Append(row);
        }

        return table;
    }

    private static TableRow Row(string[] cells, int[] widths, bool bold, bool firstBold = false) =>
        new(cells.Select((text, i) =>
        {
            var run = TextRun(text);
            if (bold || (firstBold && i == 0))
            {
                run.PrependChild(new RunProperties(new Bold()));
            }

            return new TableCell(
                new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = widths[i].ToString(System.Globalization.CultureInfo.InvariantCulture) }),
                new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TableText" }), run));
        }));

    private static SectionProperties PageSetup(BriefPaper paper)
    {
        // Twentieths of a point: A4 is 11906 × 16838, Letter 12240 × 15840; margins of 2 cm.
        var (width, height) = paper == BriefPaper.Letter ? (12240u, 15840u) : (11906u, 16838u);
        return new SectionProperties(
            new PageSize { Width = width, Height = height },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1134u, Right = 1134u, Header = 567u, Footer = 567u, Gutter = 0u });
    }

    // Contract text can hold characters XML 1.0 forbids (stray control codes); Word would refuse the file.
    private static string XmlSafe(string text)
    {
        if (text.All(XmlConvertible))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text, i++, 2);
            }
            else if (XmlConvertible(text[i]) && !char.IsSurrogate(text[i]))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    private static bool XmlConvertible(char c) =>
        c is '\t' or '\n' or '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF && !char.IsSurrogate(c));
}
