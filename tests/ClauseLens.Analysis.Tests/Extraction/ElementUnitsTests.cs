using ClauseLens.Analysis.Extraction;

namespace ClauseLens.Analysis.Tests.Extraction;

/// <summary>The units the element detectors score: sentences, and each item of an inline list on its own.</summary>
public sealed class ElementUnitsTests
{
    private static string[] Units(string text) => [.. ElementUnits.Split(text).Select(u => text[u.Start..u.End])];

    [Fact]
    public void AnExclusionsListIsReadItemByItem()
    {
        const string text = "Confidential Information does not include information that (a) is or becomes public; (b) was known to the Recipient, (c) is created by the Recipient's own staff, or (d) comes from another source.";

        Assert.Equal(
            [
                "Confidential Information does not include information that",
                "(a) is or becomes public;",
                "(b) was known to the Recipient,",
                "(c) is created by the Recipient's own staff, or",
                "(d) comes from another source.",
            ],
            Units(text));
    }

    [Fact]
    public void ACrossReferenceDoesNotCutASentence()
    {
        const string text = "Oral instructions shall be confirmed in writing, as described in Section 6(d) of this Agreement. The Supplier may ask its lawyers.";

        Assert.Equal(
            ["Oral instructions shall be confirmed in writing, as described in Section 6(d) of this Agreement.", "The Supplier may ask its lawyers."],
            Units(text));
    }

    [Fact]
    public void AFigureAfterANumberInWordsIsNotAListItem()
    {
        const string text = "The obligations continue for three (3) years from the date of disclosure.";

        Assert.Equal([text], Units(text));
    }

    [Theory]
    [InlineData("Confidential Information shall not include any information or documents that\n(a) are public.", true)]
    [InlineData("The obligations do not apply to information which is:\n(a) public.", true)]
    [InlineData("Exclusions from Confidential Information\n(a) information that is public.", true)]
    [InlineData("The Recipient shall return all documents.\n(a) This applies to copies.", false)]
    [InlineData("The Recipient shall return all documents.", false)]
    public void AListsLeadInIsToldFromASentence(string text, bool leadIn)
    {
        var units = ElementUnits.Split(text);

        Assert.Equal(leadIn, ElementUnits.IsLeadIn(text, units, 0));
    }

    [Fact]
    public void BareMarkersAndHeadingsAreNotUnits()
    {
        Assert.Empty(Units("(a) Term. "));
    }
}
