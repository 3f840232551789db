using System.Text;
using ClauseLens.Analysis.Ingest;

namespace ClauseLens.Analysis.Tests.Ingest;

public sealed class PlainTextIngestTests
{
    private static readonly ContractIngestor Ingestor = new();

    private static string[] Paragraphs(string text) => Ingestor.FromText(text).Paragraphs.Select(p => p.Text).ToArray();

    [Theory]
    [InlineData("First clause.\r\n\r\nSecond clause.")]
    [InlineData("First clause.\r\rSecond clause.")]
    [InlineData("First clause.\n\nSecond clause.")]
    [InlineData("First clause.\u2029Second clause.")]
    [InlineData("First clause.\u2028\u2028Second clause.")]
    public void LineEndingsOfEveryKindSeparateParagraphs(string text)
    {
        Assert.Equal(["First clause.", "Second clause."], Paragraphs(text));
    }

    [Fact]
    public void DocumentTextIsParagraphsJoinedByNewline()
    {
        var document = Ingestor.FromText("  Alpha  \r\n\r\n\r\n  Beta\t\r\n");

        Assert.Equal("Alpha\nBeta", document.Text);
        Assert.All(document.Paragraphs, p => Assert.Equal(p.Text, document.Slice(p.Start, p.End)));
    }

    [Fact]
    public void HardWrappedLinesJoinIntoOneParagraph()
    {
        const string text =
            "The Receiving Party shall hold the Confidential Information in strict\r\n" +
            "confidence and shall not disclose it to any third party without the prior\r\n" +
            "written consent of the Disclosing Party.\r\n" +
            "\r\n" +
            "This Agreement is governed by the laws of the State of New York without\r\n" +
            "regard to its conflict of laws principles.\r\n";

        var paragraphs = Paragraphs(text);

        Assert.Equal(2, paragraphs.Length);
        Assert.StartsWith("The Receiving Party shall hold the Confidential Information in strict confidence and shall", paragraphs[0]);
        Assert.EndsWith("written consent of the Disclosing Party.", paragraphs[0]);
        Assert.Equal("This Agreement is governed by the laws of the State of New York without regard to its conflict of laws principles.", paragraphs[1]);
    }

    [Theory]
    [InlineData("1. Definitions apply throughout.")]
    [InlineData("1.1 \"Affiliate\" means any controlled entity.")]
    [InlineData("Section 3 Term and Termination")]
    [InlineData("ARTICLE V CONFIDENTIALITY")]
    [InlineData("第5条 秘密保持")]
    [InlineData("GOVERNING LAW")]
    public void NumberedItemOrHeadingStartsNewParagraphEvenAfterAFullLine(string item)
    {
        var text =
            "The parties agree to the following terms, each of which is binding upon\n" +
            "them and their successors, and which shall survive any termination of\n" +
            "this agreement for any reason whatsoever, including expiry of the term,\n" +
            item + "\n" +
            "and the remaining provisions continue in force as written here for all\n" +
            "purposes of the agreement between the parties and their successors too.";

        var paragraphs = Paragraphs(text);

        Assert.Contains(paragraphs, p => p.StartsWith(item, StringComparison.Ordinal));
        Assert.StartsWith("The parties agree", paragraphs[0]);
        Assert.DoesNotContain(item, paragraphs[0]);
    }

    [Theory]
    [InlineData("(a) the Licensee may sublicense to its Affiliates;")]
    [InlineData("(iv) any other remedy available at law or in equity.")]
    [InlineData("(2) the Licensor keeps all rights not granted here.")]
    public void LetteredItemStartsNewParagraphAfterALineThatEndedEarly(string item)
    {
        var text =
            "The Licensor grants the Licensee a licence on the following terms and\n" +
            "subject to the following conditions:\n" +
            item + "\n" +
            "and the remaining provisions continue in force as written here for all\n" +
            "purposes of the agreement between the parties and their successors too.";

        var paragraphs = Paragraphs(text);

        // The item line itself ends early too, so what follows it is a paragraph of its own.
        Assert.Equal(3, paragraphs.Length);
        Assert.Equal(item, paragraphs[1]);
    }

    [Fact]
    public void InlineEnumerationWrappedToTheStartOfALineRunsOn()
    {
        const string text =
            "Confidential Information does not include information that is or becomes\n" +
            "publicly available other than through a breach of this Agreement, or that\n" +
            "was known to the Recipient before disclosure, or that is independently\n" +
            "developed, and the Recipient may disclose it only where required by law;\n" +
            "(ii) to its advisers who are bound by duties of confidence no less strict\n" +
            "than these.";

        Assert.Single(Paragraphs(text));
    }

    [Fact]
    public void ShortLinesOfWrappedTextStayParagraphs()
    {
        const string text =
            "CONFIDENTIALITY AGREEMENT\n" +
            "Dear Steven:\n" +
            "You have requested information regarding the Company in connection with\n" +
            "your consideration of a possible acquisition of the Company by you or by\n" +
            "your affiliates.\n" +
            "Very truly yours,\n" +
            "Mesirow Financial";

        var paragraphs = Paragraphs(text);

        Assert.Equal(
            ["CONFIDENTIALITY AGREEMENT", "Dear Steven:",
             "You have requested information regarding the Company in connection with your consideration of a possible acquisition of the Company by you or by your affiliates.",
             "Very truly yours,", "Mesirow Financial"],
            paragraphs);
    }

    [Fact]
    public void LongLinesAreEachTheirOwnParagraph()
    {
        var line = string.Concat(Enumerable.Repeat("The Recipient shall keep the Evaluation Material confidential. ", 4)).Trim();
        var text = string.Join("\n", Enumerable.Repeat(line, 6));

        Assert.Equal(6, Paragraphs(text).Length);
    }

    [Fact]
    public void SpacingInsideALineIsKeptForTheSegmenter()
    {
        Assert.Equal(["1.1   Term.   This Agreement starts today."], Paragraphs("   1.1   Term.   This Agreement starts today.   "));
    }

    [Fact]
    public void WrappedJapaneseJoinsWithoutSpace()
    {
        const string text =
            "受領者は、善良なる管理者が払うべき注意義務をもって秘密情報を管理し、その秘密\n" +
            "を保持するものとし、開示者の事前の書面による承諾なしに第三者に対して開示等\n" +
            "または漏えいしてはならない。\n" +
            "第3条 受領者は、開示者から開示等された秘密情報を、本目的以外のために使用\n" +
            "してはならないものとする。";

        var paragraphs = Paragraphs(text);

        Assert.Equal(2, paragraphs.Length);
        Assert.Contains("その秘密を保持する", paragraphs[0]);
        Assert.StartsWith("第3条", paragraphs[1]);
    }

    [Fact]
    public void ControlCharactersAreRemovedAndLoneSurrogatesReplaced()
    {
        var paragraphs = Paragraphs("Ter\u0000m\u0007 of\tthe \uD800deal\u001B");

        Assert.Equal(["Term of\tthe \uFFFDdeal"], paragraphs);
    }

    [Fact]
    public void SymbolFontBulletGlyphsAreDropped()
    {
        Assert.Equal(["前文 3"], Paragraphs("\uF06E 前文 3"));
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    [InlineData("utf-8")]
    public void TextFilesDecodeByTheirByteOrderMark(string encodingName)
    {
        const string text = "Governing law: 日本法 — Tokyo District Court.";
        var bytes = encodingName switch
        {
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            _ => Encoding.UTF8.GetBytes(text),
        };

        var document = Ingestor.Read(new MemoryStream(bytes), ContractFormat.Text);

        Assert.Equal(text, document.Text);
    }

    [Fact]
    public void InvalidUtf8BytesBecomeReplacementCharacters()
    {
        byte[] bytes = [.. "Fee: "u8.ToArray(), 0xA3, .. " 100"u8.ToArray()];

        var document = Ingestor.Read(new MemoryStream(bytes), ContractFormat.Text);

        Assert.Equal("Fee: \uFFFD 100", document.Text);
    }

    [Fact]
    public void ParagraphsOverTheLimitAreRefusedNamingTheLimit()
    {
        var ingestor = new ContractIngestor(new IngestLimits { MaxParagraphs = 3 });

        var error = Assert.Throws<IngestException>(() => ingestor.FromText("a\n\nb\n\nc\n\nd"));

        Assert.Equal(IngestFailure.LimitExceeded, error.Failure);
        Assert.Contains("MaxParagraphs", error.Message);
    }

    [Fact]
    public void CharactersOverTheLimitAreRefusedNamingTheLimit()
    {
        var ingestor = new ContractIngestor(new IngestLimits { MaxCharacters = 50 });

        var error = Assert.Throws<IngestException>(() => ingestor.FromText(new string('x', 60)));

        Assert.Equal(IngestFailure.LimitExceeded, error.Failure);
        Assert.Contains("MaxCharacters", error.Message);
    }

    [Fact]
    public void FilesLargerThanTheByteLimitAreRefusedBeforeParsing()
    {
        var ingestor = new ContractIngestor(new IngestLimits { MaxFileBytes = 1024 });

        var error = Assert.Throws<IngestException>(() => ingestor.Read(new MemoryStream(new byte[4096]), ContractFormat.Text));

        Assert.Equal(IngestFailure.LimitExceeded, error.Failure);
        Assert.Contains("MaxFileBytes", error.Message);
    }

    [Fact]
    public void ParagraphsFromWordKeepTheirCountAndOrderEvenWhenEmpty()
    {
        var document = Ingestor.FromParagraphs(["1. Term", "", "The term is\u0000 two years."]);

        Assert.Equal(["1. Term", "", "The term is two years."], document.Paragraphs.Select(p => p.Text));
        Assert.Equal(2, document.Paragraphs[2].Index);
    }

    [Theory]
    [InlineData("Governing\vLaw", "Governing Law")]
    [InlineData("page\fbreak", "page break")]
    [InlineData("next\u0085line", "next line")]
    public void WordLineBreaksInsideAParagraphSeparateWords(string paragraph, string expected)
    {
        var document = Ingestor.FromParagraphs([paragraph]);

        Assert.Equal(expected, document.Paragraphs[0].Text);
    }

    [Fact]
    public void ParagraphsFromWordOverTheLimitAreRefused()
    {
        var ingestor = new ContractIngestor(new IngestLimits { MaxParagraphs = 2 });

        var error = Assert.Throws<IngestException>(() => ingestor.FromParagraphs(["a", "b", "c"]));

        Assert.Equal(IngestFailure.LimitExceeded, error.Failure);
    }

    [Theory]
    [InlineData("contract.DOCX", ContractFormat.Docx)]
    [InlineData("a.pdf", ContractFormat.Pdf)]
    [InlineData("a.htm", ContractFormat.Html)]
    [InlineData("a.txt", ContractFormat.Text)]
    public void FormatFollowsTheFileExtension(string name, ContractFormat expected)
    {
        Assert.Equal(expected, ContractIngestor.FormatOf(name));
    }

    [Fact]
    public void UnknownExtensionHasNoFormat()
    {
        Assert.Null(ContractIngestor.FormatOf("contract.odt"));
    }
}
