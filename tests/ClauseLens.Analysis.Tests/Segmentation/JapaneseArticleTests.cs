using System.Text.RegularExpressions;
using ClauseLens.Analysis;
using ClauseLens.Analysis.Segmentation;

namespace ClauseLens.Analysis.Tests.Segmentation;

public sealed partial class JapaneseArticleTests
{
    [Theory]
    [InlineData("第5条（秘密保持）", "第5条", "秘密保持")]
    [InlineData("第１０条（有効期間）", "第１０条", "有効期間")]
    [InlineData("第十条（有効期間）", "第十条", "有効期間")]
    [InlineData("第十二条 (準拠法)", "第十二条", "準拠法")]
    [InlineData("第5条の2（再委託）", "第5条の2", "再委託")]
    [InlineData("第5条 受領者は、秘密情報を善良なる管理者の注意をもって管理する。", "第5条", null)]
    public void ArticleHeadingGivesNumberAndTitle(string headingLine, string number, string? heading)
    {
        var document = ContractDocument.FromParagraphs(["秘密保持契約書", "甲と乙は、次のとおり契約を締結する。", headingLine, "受領者は、秘密情報を第三者に開示してはならない。"]);
        var clauses = SegmentationAssert.Segmented(document);

        var article = clauses[^1];
        Assert.Equal((number, heading, ClauseKind.Section, 2, 3), (article.Number, article.Heading, article.Kind, article.ParagraphStart, article.ParagraphEnd));
    }

    [Fact]
    public void ParagraphsAndItemsStayInsideTheirArticle()
    {
        var document = ContractDocument.FromParagraphs(
        [
            "第1条（定義）",
            "第1条　本契約において「秘密情報」とは、開示者が開示した一切の情報をいう。",
            "第2条（秘密保持）",
            "第2条　受領者は、秘密情報を第三者に開示してはならない。",
            "2. 前項の定めにかかわらず、受領者は、役員に限り開示できる。",
            "（１）　法令に基づく場合",
            "  1. 裁判所の命令がある場合",
            "①　監督官庁の要求がある場合",
            "第3条（期間）",
            "第3条　本契約の有効期間は1年とする。",
        ]);

        var clauses = SegmentationAssert.Segmented(document);

        Assert.Equal(
            [("第1条", "定義", ClauseKind.Definitions, 0, 1), ("第2条", "秘密保持", ClauseKind.Section, 2, 7), ("第3条", "期間", ClauseKind.Section, 8, 9)],
            clauses.Select(c => (c.Number!, c.Heading!, c.Kind, c.ParagraphStart, c.ParagraphEnd)));
    }

    [Theory]
    [MemberData(nameof(Contracts))]
    public void EveryArticleOfTheModelContractsIsAClause(string file)
    {
        var path = Path.Combine(SegmentationData.Root, file);
        var expected = File.ReadAllLines(path)
            .Select(l => ArticleHeading().Match(l))
            .Where(m => m.Success)
            .Select(m => (m.Groups["n"].Value, m.Groups["t"].Value))
            .ToList();
        var document = SegmentationData.Load(path);

        var clauses = SegmentationAssert.Segmented(document);

        Assert.NotEmpty(expected);
        var found = clauses.Where(c => c.Number?.StartsWith('第') == true).Select(c => (c.Number!, c.Heading!)).Distinct().ToList();
        Assert.Equal(expected, found);
    }

    public static TheoryData<string> Contracts()
    {
        var data = new TheoryData<string>();
        foreach (var file in SegmentationData.JapaneseContracts())
        {
            data.Add(Path.GetRelativePath(SegmentationData.Root, file));
        }

        return data;
    }

    [GeneratedRegex(@"^(?<n>第[0-9]+条)（(?<t>[^）]+)）\s*$")]
    private static partial Regex ArticleHeading();
}
