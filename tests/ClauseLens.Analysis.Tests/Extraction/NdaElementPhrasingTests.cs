using ClauseLens.Analysis.Extraction;

namespace ClauseLens.Analysis.Tests.Extraction;

/// <summary>
/// Issue 16: NDA elements in the wordings real NDAs use beyond the usual phrase (the kinds found by
/// reading the training NDAs' gold; written for these tests), and sentences that only look like them.
/// </summary>
public sealed class NdaElementPhrasingTests
{
    private static readonly FactExtractor Extractor = new();

    private static bool Has(string text, string element) => Extractor.Extract(text, 0).Has(element);

    [Theory]
    [InlineData("(c) information that is revealed to the Recipient by a third person who owes the Discloser no duty of confidence;")]
    [InlineData("information that was rightfully obtained from third parties")]
    [InlineData("information that is lawfully acquired from others who were free to share it")]
    [InlineData("information that is acquired by the Recipient from an independent source having no obligation of secrecy")]
    [InlineData("information that becomes known to the Recipient from sources other than the Discloser without breach of any duty")]
    [InlineData("information that is learned by the Recipient through proper means other than from the Disclosing Party")]
    [InlineData("information that a third party later furnishes to the Recipient without restriction")]
    [InlineData("information that is obtained from another source that owed no duty of confidence")]
    [InlineData("Confidential Information does not include information that the Recipient obtained from a third party without restriction, including by purchase.")]
    [InlineData("(d) was or becomes available to the Recipient on a non-confidential basis, provided that the source is not known to the Recipient to be bound by a duty of confidence;")]
    [InlineData("(ii) is or becomes available to the Investor or its advisers on a non-confidential basis from a party other than the Company;")]
    [InlineData("(b) is known to the Recipient free of any obligation to keep it confidential;")]
    [InlineData("(c) is, or becomes, lawfully possessed by the Recipient without any restriction on disclosure;")]
    public void ReceiptFromAThirdPartyIsReadInItsUsualWordings(string text) =>
        Assert.True(Has(text, FactNames.ExclusionThirdParty));

    [Theory]
    [InlineData("The Recipient shall not disclose Confidential Information to any third party.")]
    [InlineData("The Supplier shall indemnify the Customer against claims brought by a third party.")]
    [InlineData("Proprietary Information also includes any information which the Disclosing Party has received from a third party which it is obligated to treat as confidential.")]
    [InlineData("The Software shall not contain any disabling device (including any routine supplied by third parties).")]
    [InlineData("The Receiving Party shall not: (a) answer any question put by a third party about the talks;")]
    [InlineData("(b) was in the Recipient's possession free of any obligation of confidence before the Discloser disclosed it;")]
    public void DisclosureToAThirdPartyIsNotReceiptFromOne(string text) =>
        Assert.False(Has(text, FactNames.ExclusionThirdParty));

    [Theory]
    [InlineData("The Recipient shall restrict access to the Confidential Information to its employees and contractors as is reasonably required for the Purpose.")]
    [InlineData("The Recipient may disclose the Confidential Information only to those of its staff who are required to see it for the Purpose.")]
    [InlineData("The Recipient shall not disclose it to persons within its organisation not having a reason to know it.")]
    [InlineData("Disclosure shall be limited to the minimum number of employees.")]
    [InlineData("The Recipient may share it with its employees and consultants involved in the Project.")]
    [InlineData("The Borrower shall limit the distribution of the Information within the firm to only those credit and compliance areas who perform the functions described above.")]
    public void NeedToKnowIsReadWithoutTheWords(string text) =>
        Assert.True(Has(text, FactNames.NeedToKnow));

    [Theory]
    [InlineData("The Recipient shall use the information only to evaluate a possible supply relationship.")]
    [InlineData("The Recipient shall keep all information strictly confidential and shall not disclose it to any person for any reason.")]
    public void AUseRestrictionIsNotANeedToKnowLimit(string text) =>
        Assert.False(Has(text, FactNames.NeedToKnow));

    [Theory]
    [InlineData("The obligations of confidentiality shall continue for a period of three (3) years after the termination of this Agreement.")]
    [InlineData("The undertakings in clauses 2 and 3 shall continue in force indefinitely.")]
    [InlineData("Notwithstanding the return or destruction of the Confidential Information, the Recipient will continue to be bound by its obligations hereunder.")]
    [InlineData("The Recipient shall keep the information confidential both during and after the term of this Agreement.")]
    [InlineData("The terms of this letter shall last while the talks continue and for two (2) years following their conclusion.")]
    [InlineData("I accept that these duties apply while I hold a pass to the site, and at all times thereafter.")]
    public void ObligationsThatOutliveTheAgreementSurvive(string text) =>
        Assert.True(Has(text, FactNames.Survival));

    [Theory]
    [InlineData("This Agreement continues for three (3) years from the date of signature.")]
    [InlineData("Either party may terminate this Agreement on thirty (30) days' notice.")]
    public void ATermIsNotSurvival(string text) =>
        Assert.False(Has(text, FactNames.Survival));

    [Theory]
    [InlineData("On termination all copies shall be handed back to the Discloser forthwith.")]
    [InlineData("When the engagement ends the Employee shall surrender to the Company all notes, drawings and records.")]
    [InlineData("The Recipient agrees to return Confidential Information, with all copies, within five days after the Discloser asks.")]
    public void AReturnIsReadInItsUsualWordings(string text) =>
        Assert.True(Has(text, FactNames.ReturnOrDestroy));

    [Fact]
    public void InReturnForIsNotAReturn() =>
        Assert.False(Has("In return for Confidential Information the Recipient pays a fee.", FactNames.ReturnOrDestroy));

    [Theory]
    [InlineData("(iv) was generated independently by the Recipient without reliance on the Confidential Information")]
    [InlineData("(c) is created by the Recipient's own staff without reference to the disclosed material")]
    [InlineData("a) which was developed by the receiving party itself independent of the disclosure,")]
    public void IndependentDevelopmentIsReadInItsUsualWordings(string text) =>
        Assert.True(Has(text, FactNames.ExclusionIndependent));

    [Fact]
    public void ForcedToDiscloseByARegulationIsACompelledDisclosure() =>
        Assert.True(Has("If the Recipient is forced to disclose the information because of a legal regulation or a court judgment, it shall inform the Discloser.", FactNames.CompelledDisclosure));
}
