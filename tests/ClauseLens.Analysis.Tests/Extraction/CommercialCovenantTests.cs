using ClauseLens.Analysis.Extraction;

namespace ClauseLens.Analysis.Tests.Extraction;

/// <summary>
/// Issue 16: the commercial covenants CUAD annotates, read in English as filed contracts word them
/// (phrasings written for these tests): a right to audit, an assignment of IP, restrictions on
/// assignment, change of control, non-solicitation, non-competition and exclusive dealing. Each makes a required clause present; none may fire on the
/// boilerplate that only shares its words.
/// </summary>
public sealed class CommercialCovenantTests
{
    private static readonly FactExtractor Extractor = new();

    [Theory]
    [InlineData(FactNames.AntiAssignment, "Neither party may assign this Agreement or any of its rights under it without the prior written consent of the other party.")]
    [InlineData(FactNames.AntiAssignment, "The Reseller shall not assign, transfer or delegate any of its obligations hereunder.")]
    [InlineData(FactNames.AntiAssignment, "This licence is personal to the Licensee and is non-assignable.")]
    [InlineData(FactNames.ChangeOfControl, "Either party may terminate this Agreement on notice if the other party undergoes a Change of Control.")]
    [InlineData(FactNames.ChangeOfControl, "The Supplier may assign this Agreement without consent in connection with the sale of all or substantially all of its assets.")]
    [InlineData(FactNames.NonSolicit, "During the Term and for twelve months after it, the Consultant shall not solicit or hire any employee of the Client.")]
    [InlineData(FactNames.NonSolicit, "The Distributor will not induce any customer of the Company to stop buying the Products.")]
    [InlineData(FactNames.NonCompeteCovenant, "The Agent shall not, during the Term, engage in any business that sells products similar to the Products in the Territory.")]
    [InlineData(FactNames.NonCompeteCovenant, "The Seller agrees not to compete with the Buyer in the Field for two years.")]
    [InlineData(FactNames.Exclusivity, "The Company appoints the Distributor as its exclusive distributor of the Products in the Territory.")]
    [InlineData(FactNames.Exclusivity, "The Buyer shall purchase all of its requirements for the Components from the Supplier.")]
    [InlineData(FactNames.Exclusivity, "The Company shall not appoint any other distributor for the Products in the Territory.")]
    [InlineData(FactNames.Exclusivity, "The Licensor hereby grants to the Licensee an exclusive, royalty-bearing licence to sell the Products in Japan.")]
    [InlineData(FactNames.Exclusivity, "The Manufacturer shall make the Devices exclusively for the Distributor.")]
    [InlineData(FactNames.Exclusivity, "During the Term the Owner will not grant any third party any right to sponsor events in the Category.")]
    [InlineData(FactNames.Audit, "The Licensor shall have the right, once a year, to audit the Licensee's records of Net Sales.")]
    [InlineData(FactNames.Audit, "Such records shall be available for inspection and audit by an independent accountant on reasonable notice.")]
    [InlineData(FactNames.Audit, "The Franchisor may conduct audits of the Franchisee's centres after five days' notice.")]
    [InlineData(FactNames.IpAssignment, "The Developer hereby irrevocably assigns to the Customer all right, title and interest in and to the Deliverables.")]
    [InlineData(FactNames.IpAssignment, "The Contractor shall promptly assign to the Company all inventions conceived in performing the Services.")]
    [InlineData(FactNames.IpAssignment, "All software written under this Statement of Work shall be works made for hire.")]
    public void ReadsTheCovenant(string element, string text) =>
        Assert.True(Extractor.Extract(text, 0).Has(element), $"{element} not read");

    [Theory]
    // Every assignment clause says "by operation of law"; that alone is no change of control.
    [InlineData(FactNames.ChangeOfControl, "Neither party may assign this Agreement, whether by operation of law or otherwise, without the other's consent.")]
    [InlineData(FactNames.Exclusivity, "The Company appoints the Reseller as a non-exclusive reseller of the Products.")]
    [InlineData(FactNames.Exclusivity, "The courts of England shall have exclusive jurisdiction over any dispute.")]
    [InlineData(FactNames.Exclusivity, "The rights and remedies in this Agreement are cumulative and not exclusive of any other rights or remedies.")]
    [InlineData(FactNames.Exclusivity, "The Contractor shall assign to the Company the sole and exclusive right, title and interest in the Works.")]
    [InlineData(FactNames.Exclusivity, "The Supplier hereby appoints the Reseller as a non\u2010 exclusive reseller and grants it a non-exclusive licence to the Marks.")]
    // People named in other duties are not solicited.
    [InlineData(FactNames.NonSolicit, "The Supplier shall not be liable for any act of the Customer's employees or customers.")]
    [InlineData(FactNames.NonCompeteCovenant, "Nothing in this Agreement prevents either party from developing competing products.")]
    // The word alone is no right to check the books.
    [InlineData(FactNames.Audit, "The financial statements in the Prospectus present fairly the position shown in the audited financial statements.")]
    [InlineData(FactNames.Audit, "\"Claim\" means any action, inquiry, audit or investigation by a governmental authority.")]
    [InlineData(FactNames.Audit, "The Distributor will promptly inspect the Products upon receipt at its facility.")]
    // Assigning the contract is not assigning IP.
    [InlineData(FactNames.IpAssignment, "Either party may assign this Agreement to an affiliate with notice.")]
    public void DoesNotReadBoilerplateAsTheCovenant(string element, string text) =>
        Assert.False(Extractor.Extract(text, 0).Has(element), $"{element} read in: {text}");
}
