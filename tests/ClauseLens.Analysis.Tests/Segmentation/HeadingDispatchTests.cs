using ClauseLens.Analysis.Segmentation;

namespace ClauseLens.Analysis.Tests.Segmentation;

/// <summary>
/// The parser dispatches on a heading's first character; every spelling of every word-started form
/// must still reach its pattern (a word added to a pattern without its first letter would be skipped).
/// </summary>
public sealed class HeadingDispatchTests
{
    [Theory]
    [InlineData("ARTICLE 5 TERM", "Article")]
    [InlineData("Article 5. Term", "Article")]
    [InlineData("SECTION 3.2 Fees", "Subsection")]
    [InlineData("Clause 7: Notices", "Article")]
    [InlineData("EXHIBIT A", "Schedule")]
    [InlineData("Schedule 2", "Schedule")]
    [InlineData("ANNEX B", "Schedule")]
    [InlineData("Appendix 1", "Schedule")]
    [InlineData("ATTACHMENT C", "Schedule")]
    [InlineData("Addendum 1", "Schedule")]
    [InlineData("別紙1", "Schedule")]
    [InlineData("IN WITNESS WHEREOF, the parties have signed.", "Signature")]
    [InlineData("Accepted and Agreed", "Signature")]
    [InlineData("AGREED AND ACCEPTED", "Signature")]
    [InlineData("By: ______________", "Signature")]
    [InlineData("Signed: ____", "Signature")]
    [InlineData("[Signature Page Follows]", "Signature")]
    [InlineData("/s/ Jane Roe", "Signature")]
    [InlineData("本契約締結の証として、本書2通を作成する。", "Signature")]
    [InlineData("以上の合意を証するため、本書を作成する。", "Signature")]
    [InlineData("上記契約の成立を証するため、本書を作成する。", "Signature")]
    [InlineData("WHEREAS, the Supplier makes widgets;", "Recitals")]
    [InlineData("RECITALS", "Recitals")]
    [InlineData("BACKGROUND", "Recitals")]
    [InlineData("PRELIMINARY STATEMENT", "Recitals")]
    [InlineData("W I T N E S S E T H", "Recitals")]
    [InlineData("第3条（秘密保持）", "Article")]
    [InlineData("\"Territory\" means Japan.", "Item")]
    public void EveryWordStartedFormIsRead(string paragraph, string role)
    {
        var heading = new HeadingParser().Parse(paragraph, 0, paragraph.Length, CandidateSite.ParagraphStart);

        Assert.NotNull(heading);
        Assert.Equal(role, heading.Role.ToString());
    }

    [Theory]
    [InlineData("Section 4 The Supplier shall deliver the goods.", true)]
    [InlineData("Exhibit A is attached.", false)]
    public void InsideAWrappedSentenceOnlyASectionKeywordStartsAClause(string paragraph, bool heading)
    {
        var parsed = new HeadingParser().Parse(paragraph, 0, paragraph.Length, CandidateSite.GapInSentence);

        Assert.Equal(heading, parsed is not null);
    }
}
