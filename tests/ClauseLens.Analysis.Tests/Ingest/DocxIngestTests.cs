using System.IO.Compression;
using System.Text;
using ClauseLens.Analysis.Ingest;
using DocumentFormat.OpenXml.Wordprocessing;
using WordParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace ClauseLens.Analysis.Tests.Ingest;

public sealed class DocxIngestTests
{
    private static readonly ContractIngestor Ingestor = new();

    private static string[] Read(byte[] docx) =>
        Ingestor.Read(new MemoryStream(docx), ContractFormat.Docx).Paragraphs.Select(p => p.Text).ToArray();

    private static DocxBuilder TwoLevelList() => new DocxBuilder()
        .AbstractList(0, 1, (NumberFormatValues.Decimal, "%1."), (NumberFormatValues.Decimal, "%1.%2"), (NumberFormatValues.LowerLetter, "(%3)"));

    [Fact]
    public void DocxNumberedListKeepsItsNumbers()
    {
        var docx = TwoLevelList().List(1, 0)
            .Numbered(1, 0, "Definitions")
            .Numbered(1, 1, "Affiliate means a controlled entity.")
            .Numbered(1, 1, "Product means the licensed software.")
            .Numbered(1, 2, "including updates;")
            .Numbered(1, 0, "Term")
            .Numbered(1, 1, "The term is two years.")
            .Build();

        Assert.Equal(
            ["1. Definitions", "1.1 Affiliate means a controlled entity.", "1.2 Product means the licensed software.",
             "(a) including updates;", "2. Term", "2.1 The term is two years."],
            Read(docx));
    }

    [Theory]
    [InlineData("decimal", "%1.", "1. x", "2. y")]
    [InlineData("lowerLetter", "(%1)", "(a) x", "(b) y")]
    [InlineData("upperLetter", "%1.", "A. x", "B. y")]
    [InlineData("lowerRoman", "(%1)", "(i) x", "(ii) y")]
    [InlineData("upperRoman", "Article %1", "Article I x", "Article II y")]
    [InlineData("decimalFullWidth", "第%1条", "第１条 x", "第２条 y")]
    [InlineData("japaneseCounting", "第%1条", "第一条 x", "第二条 y")]
    [InlineData("ideographDigital", "第%1条", "第一条 x", "第二条 y")]
    [InlineData("bullet", "\u2022", "x", "y")]
    public void NumberFormatsRenderAsWordShowsThem(string format, string levelText, string first, string second)
    {
        var docx = new DocxBuilder()
            .AbstractList(0, 1, (new NumberFormatValues(format), levelText)).List(1, 0)
            .Numbered(1, 0, "x").Numbered(1, 0, "y")
            .Build();

        Assert.Equal([first, second], Read(docx));
    }

    [Fact]
    public void JapaneseCountingSpellsTensInKanji()
    {
        var builder = new DocxBuilder().AbstractList(0, 10, (NumberFormatValues.JapaneseCounting, "第%1条")).List(1, 0);
        for (var i = 0; i < 12; i++)
        {
            builder.Numbered(1, 0, "x");
        }

        var paragraphs = Read(builder.Build());

        Assert.Equal(["第十条 x", "第十一条 x", "第二十一条 x"], [paragraphs[0], paragraphs[1], paragraphs[11]]);
    }

    [Fact]
    public void StartOverrideRestartsTheList()
    {
        var docx = TwoLevelList().List(1, 0).List(2, 0, restartAt: 1)
            .Numbered(1, 0, "first list").Numbered(1, 0, "still first")
            .Numbered(2, 0, "restarted")
            .Build();

        Assert.Equal(["1. first list", "2. still first", "1. restarted"], Read(docx));
    }

    [Fact]
    public void ListsSharingADefinitionContinueEachOther()
    {
        var docx = TwoLevelList().List(1, 0).List(3, 0)
            .Numbered(1, 0, "one").Paragraph("Unnumbered text.").Numbered(3, 0, "two")
            .Build();

        Assert.Equal(["1. one", "Unnumbered text.", "2. two"], Read(docx));
    }

    [Fact]
    public void LevelStartValueIsHonoured()
    {
        var docx = new DocxBuilder().AbstractList(0, 5, (NumberFormatValues.Decimal, "%1.")).List(1, 0)
            .Numbered(1, 0, "fifth").Build();

        Assert.Equal(["5. fifth"], Read(docx));
    }

    [Fact]
    public void NumberingFromAParagraphStyleIsRendered()
    {
        var docx = new DocxBuilder().AbstractList(0, 1, (NumberFormatValues.Decimal, "Section %1.")).List(4, 0)
            .NumberedStyle("ClauseHeading", 4)
            .Styled("ClauseHeading", "Fees").Styled("ClauseHeading", "Audit")
            .Build();

        Assert.Equal(["Section 1. Fees", "Section 2. Audit"], Read(docx));
    }

    [Fact]
    public void HeadingStylesTiedToListLevelsNumberAsOutline()
    {
        var docx = TwoLevelList().List(1, 0)
            .LinkLevelToStyle(0, 0, "Heading1").LinkLevelToStyle(0, 1, "Heading2")
            .NumberedStyle("Heading1", 1).NumberedStyle("Heading2", 1, basedOn: "Heading1")
            .Styled("Heading1", "Licence").Styled("Heading2", "Grant").Styled("Heading2", "Restrictions")
            .Styled("Heading1", "Fees").Styled("Heading2", "Royalties")
            .Build();

        Assert.Equal(["1. Licence", "1.1 Grant", "1.2 Restrictions", "2. Fees", "2.1 Royalties"], Read(docx));
    }

    [Fact]
    public void ListDefinedThroughANumberingStyleIsFollowed()
    {
        var docx = TwoLevelList().List(1, 0)
            .NumberedStyle("LegalList", 1)
            .AbstractListLinkedToStyle(5, "LegalList").List(9, 5)
            .Numbered(9, 0, "Scope").Numbered(9, 1, "Services")
            .Build();

        Assert.Equal(["1. Scope", "1.1 Services"], Read(docx));
    }

    [Fact]
    public void LevelOverrideReplacesTheLevelDefinition()
    {
        var docx = TwoLevelList().ListWithLevelOverride(2, 0, NumberFormatValues.UpperRoman, "Article %1", start: 3)
            .Numbered(2, 0, "Term").Numbered(2, 0, "Law")
            .Build();

        Assert.Equal(["Article III Term", "Article IV Law"], Read(docx));
    }

    [Fact]
    public void TableRowsBecomeParagraphsWithCellsJoined()
    {
        var table = new Table(
            new TableRow(new TableCell(new WordParagraph(DocxBuilder.Run("Party"))), new TableCell(new WordParagraph(DocxBuilder.Run("Role")))),
            new TableRow(
                new TableCell(new WordParagraph(DocxBuilder.Run("Acme")), new WordParagraph(DocxBuilder.Run("Inc."))),
                new TableCell(new WordParagraph(DocxBuilder.Run("Licensor"))),
                new TableCell(new WordParagraph())));
        var docx = new DocxBuilder().Paragraph("Parties:").Add(table).Paragraph("After the table.").Build();

        Assert.Equal(["Parties:", "Party | Role", "Acme Inc. | Licensor", "After the table."], Read(docx));
    }

    [Fact]
    public void TrackedInsertionsAreKeptAndDeletionsDropped()
    {
        var paragraph = new WordParagraph(
            DocxBuilder.Run("The term is "),
            new DeletedRun(new Run(new DeletedText("one year"))) { Id = "1", Author = "A" },
            new InsertedRun(DocxBuilder.Run("two years")) { Id = "2", Author = "A" },
            new MoveFromRun(DocxBuilder.Run(" moved away")) { Id = "3", Author = "A" },
            DocxBuilder.Run("."));
        var docx = new DocxBuilder().Add(paragraph).Build();

        Assert.Equal(["The term is two years."], Read(docx));
    }

    [Fact]
    public void HeadersFootersAndFootnotesAreLeftOut()
    {
        var docx = new DocxBuilder().Header("CONFIDENTIAL DRAFT HEADER").Footer("Page footer 7").Footnote("Footnote body")
            .Paragraph("Body clause.").Build();

        var paragraphs = Read(docx);

        Assert.Equal(["Body clause.", "See note."], paragraphs);
    }

    [Fact]
    public void FieldCodesAreIgnoredButTheirResultsKept()
    {
        var paragraph = new WordParagraph(
            DocxBuilder.Run("See clause "),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" REF _Ref123 \\h ")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            DocxBuilder.Run("4.2"),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
            DocxBuilder.Run("."));

        Assert.Equal(["See clause 4.2."], Read(new DocxBuilder().Add(paragraph).Build()));
    }

    [Fact]
    public void TabsAndBreaksBecomeSpacesInsideTheParagraph()
    {
        var paragraph = new WordParagraph(new Run(new Text("1.1"), new TabChar(), new Text("Fees"), new Break(), new Text("are due.")));

        Assert.Equal(["1.1 Fees are due."], Read(new DocxBuilder().Add(paragraph).Build()));
    }

    [Fact]
    public void HiddenTextAndEmptyParagraphsAreLeftOut()
    {
        var hidden = new Run(new RunProperties(new Vanish()), new Text("secret note"));
        var docx = new DocxBuilder().Add(new WordParagraph(DocxBuilder.Run("Visible"), hidden)).Add(new WordParagraph()).Paragraph("  ").Build();

        Assert.Equal(["Visible"], Read(docx));
    }

    [Fact]
    public void CorruptDocxIsUnreadableWithoutQuotingContent()
    {
        var error = Assert.Throws<IngestException>(() => Ingestor.Read(new MemoryStream("SECRET-CONTENT not a zip"u8.ToArray()), ContractFormat.Docx));

        Assert.Equal(IngestFailure.Unreadable, error.Failure);
        Assert.StartsWith("The .docx file could not be read", error.Message);
        Assert.DoesNotContain("SECRET", error.Message);
    }

    [Fact]
    public void ZipWithoutWordDocumentIsUnreadable()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("hello.txt").Open());
            writer.Write("SECRET-CONTENT");
        }

        var error = Assert.Throws<IngestException>(() => Ingestor.Read(new MemoryStream(stream.ToArray()), ContractFormat.Docx));

        Assert.Equal(IngestFailure.Unreadable, error.Failure);
        Assert.DoesNotContain("SECRET", error.Message);
    }

    [Fact]
    public void BrokenDocumentXmlIsUnreadable()
    {
        var docx = DocxBuilder.ReplacePart(new DocxBuilder().Paragraph("x").Build(), "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>SECRET");

        var error = Assert.Throws<IngestException>(() => Ingestor.Read(new MemoryStream(docx), ContractFormat.Docx));

        Assert.Equal(IngestFailure.Unreadable, error.Failure);
        Assert.DoesNotContain("SECRET", error.Message);
    }

    [Fact]
    public void EntityExpansionBombDoesNotExpand()
    {
        var entities = new StringBuilder("<!DOCTYPE w:document [<!ENTITY e0 \"BOOM-BOOM-BOOM-BOOM\">");
        for (var i = 1; i < 12; i++)
        {
            entities.Append($"<!ENTITY e{i} \"{string.Concat(Enumerable.Repeat($"&e{i - 1};", 10))}\">");
        }

        entities.Append("]>");
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + entities +
                  "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&e11;</w:t></w:r></w:p></w:body></w:document>";
        var docx = DocxBuilder.ReplacePart(new DocxBuilder().Paragraph("x").Build(), "word/document.xml", xml);

        var error = Assert.Throws<IngestException>(() => Ingestor.Read(new MemoryStream(docx), ContractFormat.Docx));

        Assert.Equal(IngestFailure.Unreadable, error.Failure);
        Assert.IsType<System.Xml.XmlException>(error.InnerException);
    }

    [Fact]
    public void ZipBombIsRefusedFromItsDeclaredSize()
    {
        var bomb = ZipOf(("word/document.xml", 3 * 1024 * 1024));
        var ingestor = new ContractIngestor(new IngestLimits { MaxUnpackedBytes = 1024 * 1024 });

        var error = Assert.Throws<IngestException>(() => ingestor.Read(new MemoryStream(bomb), ContractFormat.Docx));

        Assert.Equal(IngestFailure.LimitExceeded, error.Failure);
        Assert.Contains("MaxUnpackedBytes", error.Message);
        Assert.True(bomb.Length < 64 * 1024, "the bomb is small on disk");
    }

    [Fact]
    public void ZipBombThatLiesAboutItsSizeCannotInflatePastTheLie()
    {
        // A real package whose document.xml inflates to 3 MiB of padding, declared as 100 bytes.
        var padding = new string(' ', 3 * 1024 * 1024);
        var xml = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p>"
                  + padding + "</w:body></w:document>";
        var bomb = Recompressed(DocxBuilder.ReplacePart(new DocxBuilder().Paragraph("x").Build(), "word/document.xml", xml));
        LieAboutUncompressedSizes(bomb, claimed: 100);
        var ingestor = new ContractIngestor(new IngestLimits { MaxUnpackedBytes = 1024 * 1024 });

        var error = Assert.Throws<IngestException>(() => ingestor.Read(new MemoryStream(bomb), ContractFormat.Docx));

        // .NET's ZipArchive stops an entry at its declared length, so the lie only truncates the XML;
        // the inflate-and-count pass in ZipBombGuard is the second line should that ever change.
        Assert.Equal(IngestFailure.Unreadable, error.Failure);
        Assert.True(bomb.Length < 64 * 1024, "the bomb is small on disk");
    }

    [Fact]
    public void ZipWithTooManyEntriesIsRefused()
    {
        var many = ZipOf(Enumerable.Range(0, 50).Select(i => ($"part{i}.xml", 10)).ToArray());
        var ingestor = new ContractIngestor(new IngestLimits { MaxZipEntries = 20 });

        var error = Assert.Throws<IngestException>(() => ingestor.Read(new MemoryStream(many), ContractFormat.Docx));

        Assert.Equal(IngestFailure.LimitExceeded, error.Failure);
        Assert.Contains("MaxZipEntries", error.Message);
    }

    private static byte[] ZipOf(params (string Name, int Size)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, size) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                entry.Write(new byte[size]);
            }
        }

        return stream.ToArray();
    }

    private static byte[] Recompressed(byte[] package)
    {
        using var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var stream = new MemoryStream();
        using (var target = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName, CompressionLevel.SmallestSize).Open();
                from.CopyTo(to);
            }
        }

        return stream.ToArray();
    }

    // Patches the uncompressed-size fields of every local header and central directory record.
    private static void LieAboutUncompressedSizes(byte[] zip, int claimed)
    {
        for (var i = 0; i + 4 <= zip.Length; i++)
        {
            var signature = BitConverter.ToUInt32(zip, i);
            var offset = signature switch
            {
                0x04034b50 => 22, // local file header
                0x02014b50 => 24, // central directory header
                _ => -1,
            };
            if (offset > 0)
            {
                BitConverter.GetBytes(claimed).CopyTo(zip, i + offset);
            }
        }
    }
}
