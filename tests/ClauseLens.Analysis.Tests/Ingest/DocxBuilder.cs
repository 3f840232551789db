using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace ClauseLens.Analysis.Tests.Ingest;

/// <summary>Builds small .docx files in memory for ingest tests.</summary>
internal sealed class DocxBuilder
{
    private readonly List<OpenXmlElement> _body = [];
    private readonly List<AbstractNum> _abstractNums = [];
    private readonly List<NumberingInstance> _nums = [];
    private readonly List<Style> _styles = [];
    private string? _header;
    private string? _footer;
    private string? _footnote;

    public DocxBuilder Paragraph(string text) => Add(new WordParagraph(Run(text)));

    public DocxBuilder Add(OpenXmlElement element)
    {
        _body.Add(element);
        return this;
    }

    /// <summary>A numbered paragraph of list <paramref name="numId"/> at <paramref name="level"/>.</summary>
    public DocxBuilder Numbered(int numId, int level, string text) =>
        Add(new WordParagraph(
            new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId })),
            Run(text)));

    /// <summary>A paragraph of style <paramref name="styleId"/>.</summary>
    public DocxBuilder Styled(string styleId, string text) =>
        Add(new WordParagraph(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), Run(text)));

    /// <summary>A paragraph style with a display name ("toc 1", "TOC Heading").</summary>
    public DocxBuilder NamedStyle(string styleId, string name)
    {
        _styles.Add(new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = styleId });
        return this;
    }

    /// <summary>A paragraph with a border box, as the METI/JPO model contracts set their contract text.</summary>
    public DocxBuilder Boxed(string text) =>
        Add(new WordParagraph(
            new ParagraphProperties(new ParagraphBorders(new TopBorder { Val = BorderValues.Single }, new BottomBorder { Val = BorderValues.Single })),
            Run(text)));

    /// <summary>An abstract list: one (format, lvlText) pair per level, starting at <paramref name="start"/>.</summary>
    public DocxBuilder AbstractList(int abstractId, int start, params (NumberFormatValues Format, string Text)[] levels)
    {
        var abstractNum = new AbstractNum { AbstractNumberId = abstractId };
        for (var i = 0; i < levels.Length; i++)
        {
            abstractNum.Append(new Level(
                new StartNumberingValue { Val = start },
                new NumberingFormat { Val = levels[i].Format },
                new LevelText { Val = levels[i].Text })
            { LevelIndex = i });
        }

        _abstractNums.Add(abstractNum);
        return this;
    }

    public DocxBuilder List(int numId, int abstractId, int? restartAt = null)
    {
        var instance = new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = numId };
        if (restartAt is int start)
        {
            instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = 0 });
        }

        _nums.Add(instance);
        return this;
    }

    public DocxBuilder NumberedStyle(string styleId, int numId, string? basedOn = null)
    {
        var style = new Style(new StyleName { Val = styleId }) { Type = StyleValues.Paragraph, StyleId = styleId };
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = numId })));
        _styles.Add(style);
        return this;
    }

    /// <summary>Ties <paramref name="styleId"/> to a level of an abstract list, as Word's heading numbering does.</summary>
    public DocxBuilder LinkLevelToStyle(int abstractId, int level, string styleId)
    {
        var definition = _abstractNums.Single(a => a.AbstractNumberId?.Value == abstractId)
            .Elements<Level>().Single(l => l.LevelIndex?.Value == level);
        definition.InsertAfter(new ParagraphStyleIdInLevel { Val = styleId }, definition.GetFirstChild<NumberingFormat>());
        return this;
    }

    /// <summary>An abstract list that only points at a numbering style (numStyleLink).</summary>
    public DocxBuilder AbstractListLinkedToStyle(int abstractId, string numberingStyleId)
    {
        _abstractNums.Add(new AbstractNum(new NumberingStyleLink { Val = numberingStyleId }) { AbstractNumberId = abstractId });
        return this;
    }

    /// <summary>A list whose level 0 is replaced by the given format (lvlOverride with a full lvl).</summary>
    public DocxBuilder ListWithLevelOverride(int numId, int abstractId, NumberFormatValues format, string levelText, int start)
    {
        _nums.Add(new NumberingInstance(
            new AbstractNumId { Val = abstractId },
            new LevelOverride(new Level(new StartNumberingValue { Val = start }, new NumberingFormat { Val = format }, new LevelText { Val = levelText }) { LevelIndex = 0 })
            { LevelIndex = 0 })
        { NumberID = numId });
        return this;
    }

    public DocxBuilder Header(string text)
    {
        _header = text;
        return this;
    }

    public DocxBuilder Footer(string text)
    {
        _footer = text;
        return this;
    }

    public DocxBuilder Footnote(string text)
    {
        _footnote = text;
        return this;
    }

    public static Run Run(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body(_body.Select(e => e.CloneNode(true)));
            if (_abstractNums.Count > 0)
            {
                var numbering = main.AddNewPart<NumberingDefinitionsPart>();
                numbering.Numbering = new Numbering([.. _abstractNums.Select(a => a.CloneNode(true)), .. _nums.Select(n => n.CloneNode(true))]);
            }

            if (_styles.Count > 0)
            {
                main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(_styles.Select(s => s.CloneNode(true)));
            }

            var sectionProperties = new SectionProperties();
            if (_header is not null)
            {
                var header = main.AddNewPart<HeaderPart>();
                header.Header = new Header(new WordParagraph(Run(_header)));
                sectionProperties.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) });
            }

            if (_footer is not null)
            {
                var footer = main.AddNewPart<FooterPart>();
                footer.Footer = new Footer(new WordParagraph(Run(_footer)));
                sectionProperties.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) });
            }

            if (_footnote is not null)
            {
                var footnotes = main.AddNewPart<FootnotesPart>();
                footnotes.Footnotes = new Footnotes(new Footnote(new WordParagraph(Run(_footnote))) { Id = 1 });
                body.Append(new WordParagraph(Run("See note."), new Run(new FootnoteReference { Id = 1 })));
            }

            body.Append(sectionProperties);
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    /// <summary>Rewrites one part of a package, for hostile-input tests.</summary>
    public static byte[] ReplacePart(byte[] package, string partName, string content)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(partName)?.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(partName).Open(), new UTF8Encoding(false));
            writer.Write(content);
        }

        return stream.ToArray();
    }
}
