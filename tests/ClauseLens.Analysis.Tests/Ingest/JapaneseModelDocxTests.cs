using ClauseLens.Analysis.Ingest;
using ClauseLens.Analysis.Segmentation;
using ClauseLens.TestSupport;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ClauseLens.Analysis.Tests.Ingest;

/// <summary>
/// Japanese .docx as the METI/JPO model contracts are drafted: article headings written "1条（目的）"
/// after a list bullet (Word prints no 第), the contract text in boxes, and explanatory notes
/// (想定シーン, ＜ポイント＞, ＜解説＞, 【コラム】) and a table of contents around it. A reviewer must
/// see 第1条（目的） with its title, and no note or contents line may become a clause.
/// </summary>
public sealed class JapaneseModelDocxTests
{
    private static readonly ContractIngestor Ingestor = new();

    private static ContractDocument Read(byte[] docx) => Ingestor.Read(new MemoryStream(docx), ContractFormat.Docx);

    private static byte[] ModelShapedNda() => new DocxBuilder()
        .AbstractList(0, 1, (NumberFormatValues.Bullet, "\uF06E"))
        .List(1, 0)
        .NamedStyle("toc1", "toc 1")
        .NamedStyle("tocHeading", "TOC Heading")
        .Paragraph("秘密保持契約書")
        .Paragraph("　想定シーン　")
        .Paragraph("X社は新素材を開発したスタートアップであり、Y社との共同研究を前提に秘密情報を開示する予定である。")
        .Paragraph("X社としては、秘密情報の目的外使用を禁止したい。")
        .Styled("tocHeading", "目次")
        .Styled("toc1", "前文3")
        .Styled("toc1", "1条（目的）4")
        .Styled("toc1", "2条（秘密保持）5")
        .Numbered(1, 0, "前文")
        .Boxed("X社（以下「甲」という。）とY社（以下「乙」という。）とは、秘密情報の取扱いについて、以下のとおり契約を締結する。")
        .Paragraph("＜ポイント＞")
        .Paragraph("本契約の目的を定める前文である。受領者が秘密情報を第三者に開示することは一切禁止されるべきである。")
        .Numbered(1, 0, "1条（目的）")
        .Boxed("第1条　本契約は、甲乙間の共同研究の可能性を検討する目的（以下「本目的」という。）で開示される秘密情報の取扱いを定める。")
        .Paragraph("＜解説＞")
        .Paragraph("目的の記載の仕方によって、禁止したい利用形態を禁止できなくなる場合があるので注意が必要である。")
        .Paragraph("【コラム】秘密情報管理について")
        .Paragraph("秘密情報の管理体制が十分でない場合、損害賠償を請求しても回収できないことがある。")
        .Numbered(1, 0, "2条（秘密保持）")
        .Boxed("第2条　乙は、甲の事前の書面による承諾なく、秘密情報を第三者に開示してはならない。")
        .Boxed("2　乙は、本目的のために必要な範囲のみにおいて、乙の役員および従業員に限り秘密情報を開示できる。")
        .Paragraph("＜ポイント＞")
        .Paragraph("秘密保持義務を定める条項である。")
        .Paragraph("本契約締結の証として、本書2通を作成し、甲乙記名押印の上、各1通を保有する。")
        .Build();

    [Fact]
    public void NotesContentsAndScenarioAreNotReadAsContractText()
    {
        var paragraphs = Read(ModelShapedNda()).Paragraphs.Select(p => p.Text).ToList();

        Assert.Equal(
            ["秘密保持契約書", "前文",
             "X社（以下「甲」という。）とY社（以下「乙」という。）とは、秘密情報の取扱いについて、以下のとおり契約を締結する。",
             "1条（目的）",
             "第1条　本契約は、甲乙間の共同研究の可能性を検討する目的（以下「本目的」という。）で開示される秘密情報の取扱いを定める。",
             "2条（秘密保持）",
             "第2条　乙は、甲の事前の書面による承諾なく、秘密情報を第三者に開示してはならない。",
             "2　乙は、本目的のために必要な範囲のみにおいて、乙の役員および従業員に限り秘密情報を開示できる。",
             "本契約締結の証として、本書2通を作成し、甲乙記名押印の上、各1通を保有する。"],
            paragraphs);
    }

    [Fact]
    public void ArticlesKeepTheirNumberAndTitleAndTheNoteIsNoClause()
    {
        var document = Read(ModelShapedNda());

        var clauses = new ClauseSegmenter().Segment(document);

        var articles = clauses.Where(c => c.Kind is ClauseKind.Section or ClauseKind.Definitions).Select(c => (c.Number, c.Heading)).Distinct().ToList();
        Assert.Equal([("第1条", "目的"), ("第2条", "秘密保持")], articles);
        Assert.Equal(ClauseKind.Preamble, clauses[0].Kind);
        Assert.DoesNotContain(clauses, c => document.Slice(c.Start, c.End).Contains("一切禁止", StringComparison.Ordinal));
    }

    [Fact]
    public void ANumberWordDrawsAsListTextReadsAsTheArticleNumber()
    {
        // Word's list numbering may draw 第N条 itself (lvlText "第%1条"): the heading reads the same.
        var docx = new DocxBuilder()
            .AbstractList(0, 1, (NumberFormatValues.Decimal, "第%1条"))
            .List(1, 0)
            .Paragraph("共同研究開発契約書")
            .Numbered(1, 0, "（目的）")
            .Paragraph("甲および乙は、共同して研究開発を行う。")
            .Numbered(1, 0, "（期間）")
            .Paragraph("本契約の有効期限は本契約締結日から1年間とする。")
            .Build();
        var document = Read(docx);

        var clauses = new ClauseSegmenter().Segment(document);

        Assert.Equal([("第1条", "目的"), ("第2条", "期間")], clauses.Where(c => c.Number is not null).Select(c => (c.Number, c.Heading)));
    }

    [Theory]
    [InlineData("2条の規定により、乙は秘密情報を返還する。")]
    [InlineData("3条（目的）に定める範囲で使用できる。")]
    public void ACitationAtTheStartOfABodyLineIsNoHeading(string line)
    {
        var document = ContractDocument.FromParagraphs(["契約書", "第1条（目的）", "第1条　甲および乙は、共同して研究を行う。", line]);

        var clauses = new ClauseSegmenter().Segment(document);

        Assert.Equal(["第1条"], clauses.Where(c => c.Number is not null).Select(c => c.Number!).Distinct());
    }

    public static TheoryData<string> ModelContracts() => new(["meti-jpo-model-1.docx", "meti-jpo-model-2.docx", "meti-jpo-model-3.docx", "meti-jpo-model-4.docx"]);

    [Theory]
    [MemberData(nameof(ModelContracts))]
    public void ThePublishedModelContractsReadWithoutTheirCommentary(string file)
    {
        var document = ReadShared(file);
        var clauses = new ClauseSegmenter().Segment(document);

        foreach (var marker in new[] { "＜ポイント＞", "＜解説＞", "【コラム】", "想定シーン", "目次" })
        {
            Assert.DoesNotContain(marker, document.Text, StringComparison.Ordinal);
        }

        // Every article is cited as 第N条 and shows its title; none is a contents line.
        var articles = clauses.Where(c => c.Number?.StartsWith('第') == true && !c.Number.Contains('項')).ToList();
        Assert.True(articles.Count >= 12, $"{articles.Count} articles");
        Assert.All(articles.Where(c => c.Heading is not null), c => Assert.Matches(@"^第[0-9]+条$", c.Number));
        Assert.Equal(ClauseKind.Preamble, clauses[0].Kind);
    }

    [Theory]
    [InlineData("meti-jpo-model-2.docx", 15)]
    [InlineData("meti-jpo-model-3.docx", 22)]
    [InlineData("meti-jpo-model-4.docx", 17)]
    public void EveryArticleOfAModelContractHasItsTitle(string file, int articles)
    {
        var clauses = new ClauseSegmenter().Segment(ReadShared(file));

        var titled = clauses.Where(c => c.Number?.StartsWith('第') == true && c.Heading is not null).Select(c => c.Number).Distinct().ToList();
        Assert.Equal(Enumerable.Range(1, articles).Select(n => $"第{n}条"), titled);
    }

    private static ContractDocument ReadShared(string file)
    {
        using var stream = File.OpenRead(SharedData.PathOf("ja", "contracts", file));
        return Ingestor.Read(stream, ContractFormat.Docx);
    }
}
