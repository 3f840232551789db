using ClauseLens.Analysis.Drafting;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Segmentation;

namespace ClauseLens.Analysis.Tests.Drafting;

/// <summary>
/// Contracts written for these tests, each holding one kind of text the drafting checks used to
/// misread (a name read as an undefined term, a title read as a definition, a table of contents read
/// as numbering, an exhibit whose title comes before its id). None has a drafting error, so none may
/// draw a drafting finding; the last tests check that real errors next to them are still found.
/// </summary>
public sealed class DraftingPrecisionTests
{
    // A supply agreement with a definitions article, numbered sections and an attached exhibit; each
    // test adds one paragraph or replaces one line.
    private static readonly string[] Base =
    [
        "SUPPLY AGREEMENT",
        "This Supply Agreement is made between Northwind Traders Inc., a Delaware corporation (\"Supplier\"), and Contoso Foods Inc., a New York corporation (\"Buyer\").",
        "1. Definitions",
        "1.1 \"Affiliate\" of a Party means any entity that controls, is controlled by or is under common control with that Party.",
        "1.2 \"Products\" means the frozen foods listed in Exhibit A.",
        "1.3 \"Territory\" means the United States.",
        "1.4 \"Delivery Point\" means the Buyer's warehouse in the Territory.",
        "2. Supply",
        "2.1 Supplier shall sell the Products to Buyer and its Affiliates for resale in the Territory.",
        "2.2 Supplier shall deliver the Products to the Delivery Point within ten days of each order.",
        "3. Price",
        "3.1 Buyer shall pay the prices set out in Exhibit A within thirty days of delivery of the Products.",
        "4. Term",
        "4.1 This Agreement runs for two years and renews for one year unless a party gives notice.",
        "5. Governing Law",
        "5.1 This Agreement is governed by the laws of the State of New York.",
        "EXHIBIT A",
        "Products and prices: frozen vegetables, frozen fruit.",
    ];

    private static IReadOnlyList<Finding> Check(IEnumerable<string> paragraphs)
    {
        var document = ContractDocument.FromParagraphs(paragraphs);
        return new DraftingChecker().Check(document, new ClauseSegmenter().Segment(document));
    }

    private static string[] Adding(string afterStart, string paragraph) =>
        [.. Base.SelectMany(p => p.StartsWith(afterStart, StringComparison.Ordinal) ? new[] { p, paragraph } : [p])];

    private static string Describe(IReadOnlyList<Finding> findings) =>
        string.Join("; ", findings.Select(f => $"{f.Check}: {f.Detail}"));

    [Fact]
    public void BaseContractDrawsNoDraftingFinding()
    {
        var findings = Check(Base);
        Assert.True(findings.Count == 0, Describe(findings));
    }

    [Fact]
    public void DefinitionOfAPartyIsADefinition()
    {
        // '"Affiliate" of a Party means' defines "Affiliate": using "Affiliates" is no undefined term, and
        // an unused "Control" written the same way is still reported as unused.
        var findings = Check(Adding("1.4 ", "1.5 \"Control\" of an entity means the power to direct its management."));
        var finding = Assert.Single(findings);
        Assert.Equal(DraftingCheck.UnusedDefinition, finding.Check);
        Assert.Equal("\"Control\"", finding.Detail);
    }

    [Theory]
    // Markets, courts, statutes and brands: capitalised names, not terms the contract forgot to define.
    [InlineData("2.3 Supplier shares are listed on the Nasdaq Global Market, and any notice to the Nasdaq Global Market is public.")]
    [InlineData("5.2 The parties submit to the courts of the Borough of Manhattan; claims go to the Southern District of New York or to the Borough of Manhattan.")]
    [InlineData("2.3 Supplier shall meet the requirements of the Occupational Safety and Health Administration and report to the Occupational Safety and Health Administration.")]
    [InlineData("2.3 Supplier may list the Products on the ClearLobby platform and on any successor to the ClearLobby platform.")]
    [InlineData("5.2 The application of the Convention on Contracts for the International Sale of Goods is excluded, and no party relies on the International Sale of Goods rules.")]
    [InlineData("2.3 Products sold in the Auctions, Books or Gourmet & Groceries departments and in the Auctions, Books or Toys departments are excluded.")]
    [InlineData("2.3 The Products qualify under the Plan of Additional Stock Issuance dated June 21, 2006 and the Plan of Additional Stock Issuance dated May 1, 2007.")]
    public void ProperNamesAreNotUndefinedTerms(string paragraph)
    {
        var findings = Check(Adding("2.2 ", paragraph));
        Assert.True(findings.Count == 0, Describe(findings));
    }

    [Fact]
    public void TermDefinedInCapitalsIsKnownInTitleCase()
    {
        var contract = Adding("1.4 ", "1.5 \"CONFIDENTIAL INFORMATION\" means the Buyer's recipes.");
        contract = [.. contract.Select(p => p.StartsWith("4.1 ", StringComparison.Ordinal) ? p + " Supplier shall keep the Confidential Information secret and return the Confidential Information on request." : p)];
        var findings = Check(contract);
        Assert.True(findings.Count == 0, Describe(findings));
    }

    [Theory]
    // Quoted names, titles, former names, translations and examples define nothing.
    [InlineData("2.3 Supplier shall label each carton (with \"Contoso Select\" or such other wording as Buyer approves).")]
    [InlineData("2.3 Disputes go to mediation under the rules of JAMS, Inc. (formerly, \"Judicial Arbitration and Mediation Services, Inc.\").")]
    [InlineData("2.3 Supplier may use its brand (translation: \"Northwind Kitchen\") on the Products.")]
    [InlineData("2.3 Interest runs at the prime rate (as published in the \"Money Rates\" table of The Wall Street Journal).")]
    [InlineData("2.3 Buyer shall identify Supplier as a partner (e.g., a \"Preferred Supplier\" for the purposes of its website).")]
    [InlineData("2.3 Item 17(d), titled \"Termination by franchisee\": the franchisee may terminate on any grounds available by law.")]
    [InlineData("2.3 Supplier shall sponsor an area of the stadium (currently referred to as the \"Faithful Mile\") at each home game.")]
    public void QuotedNamesAreNotDefinitions(string paragraph)
    {
        var findings = Check(Adding("2.2 ", paragraph));
        Assert.True(findings.Count == 0, Describe(findings));
    }

    [Theory]
    // A definition used only in another form is used: plural in capitals, a plural with an apostrophe,
    // an abbreviation given with it, a line broken after a hyphen.
    [InlineData("1.5 \"TRAIT FEE\" means the fee for each trait.", "3.2 TRAIT FEES are added to the price.")]
    [InlineData("1.5 Changes are made by engineering change orders (\"ECO's\").", "3.2 Buyer bears the cost of ECOs it requests.")]
    [InlineData("1.5 \"Current Good Manufacturing Practices\" (abbreviated \"cGMPs\") means the FDA rules in force.", "3.2 Supplier shall make the Products in compliance with cGMPs.")]
    [InlineData("1.5 \"Paid-For Development\" means work Buyer pays for.", "3.2 Buyer owns all Paid- For Development.")]
    public void DefinitionUsedInAnotherFormIsUsed(string definition, string use)
    {
        var contract = Adding("1.4 ", definition);
        contract = [.. contract.SelectMany(p => p.StartsWith("3.1 ", StringComparison.Ordinal) ? new[] { p, use } : [p])];
        var findings = Check(contract);
        Assert.True(findings.Count == 0, Describe(findings));
    }

    [Fact]
    public void TableOfContentsAndOmittedSectionsDrawNoNumberingFinding()
    {
        string[] contract =
        [
            .. Base.Take(2),
            "TABLE OF CONTENTS",
            "1.", "DEFINITIONS", "2.", "SUPPLY", "4.", "TERM", "5.", "GOVERNING LAW",
            .. Base.Skip(2).Take(8),
            "3. [Intentionally omitted]",
            .. Base.Skip(12),
        ];
        var findings = Check(contract);
        Assert.True(findings.Count == 0, Describe(findings));
    }

    [Fact]
    public void InlineSectionHeadingsAreSectionsAReferenceCanPointAt()
    {
        // "ARTICLE VI MISCELLANEOUS Section 6.1 Notices. …" all on one line, as EDGAR text often has it.
        var contract = Adding("5.1 ", "ARTICLE VI MISCELLANEOUS Section 6.1 Notices. Notices go to the addresses above. Section 6.2 Counterparts. This Agreement may be signed in counterparts, and notices under Section 6.1 may be sent by email.");
        var findings = Check(contract);
        Assert.True(findings.Count == 0, Describe(findings));
    }

    [Theory]
    [InlineData("Form of Escrow Agreement, Exhibit B")]
    [InlineData("STATEMENT OF WORK - EXHIBIT B The services are listed below.")]
    public void AttachmentTitledBeforeItsIdIsAttached(string heading)
    {
        var contract = Adding("3.1 ", "3.2 The parties shall sign the escrow agreement in the form of Exhibit B.");
        contract = [.. contract, heading, "The escrow agent holds the deposit until the Products are delivered."];
        var findings = Check(contract);
        Assert.True(findings.Count == 0, Describe(findings));
    }

    [Fact]
    public void AmendmentDrawsNoDefinitionOrNumberingNoise()
    {
        var findings = Check(
        [
            "AMENDMENT NO. 2 TO SUPPLY AGREEMENT",
            "This Amendment No. 2 amends the Supply Agreement between Northwind Traders Inc. (\"Supplier\") and Contoso Foods Inc. (\"Buyer\").",
            "1. Section 6.5 of the Agreement is replaced with the following:",
            "6.5 Each twelve-month period is a \"Contract Period\". Buyer shall order the Minimum Volume in each Contract Year.",
            "2. Section 1.12 of the Agreement is replaced with the following:",
            "1.12 \"Delivery Date\" means the date the Products reach the Delivery Point.",
            "3. Exhibit D of the Agreement is amended to add the Products in the Price List.",
            "4. All other terms of the Agreement remain in force.",
        ]);
        Assert.True(findings.Count == 0, Describe(findings));
    }

    [Fact]
    public void PreambleDatesAreNoPartiesOfARole()
    {
        var findings = Check(
        [
            "MUTUAL NON-DISCLOSURE AGREEMENT",
            "This Agreement is made on 1 March 2020 (the \"Effective Date\") for the purpose of a possible joint venture (the \"Business Purpose\").",
            "1. Confidential Information disclosed for the Business Purpose shall be kept secret by the Recipient from the Effective Date.",
            "2. The Recipient shall use it only for the Business Purpose, and the Recipient shall return it on request.",
            "3. This Agreement is governed by the laws of England.",
        ]);
        Assert.DoesNotContain(findings, f => f.Check == DraftingCheck.PartyName);
    }

    // A phrase of words contracts define with ("minimum", "volume") still reads as a term the contract forgot to define.
    [Fact]
    public void RealUndefinedTermNextToNamesIsStillReported()
    {
        var contract = Adding("2.2 ", "2.3 Supplier shares are listed on the Nasdaq Global Market. Buyer shall order each Minimum Volume, and Supplier may hold back any Minimum Volume not ordered.");
        var finding = Assert.Single(Check(contract));
        Assert.Equal(DraftingCheck.UndefinedTerm, finding.Check);
        Assert.Equal("Minimum Volume", finding.Detail);
    }

    [Fact]
    public void RealMissingAttachmentNextToATitledOneIsStillReported()
    {
        var contract = Adding("3.1 ", "3.2 The parties shall sign the escrow agreement in the form of Exhibit B and follow the quality plan in Exhibit C.");
        contract = [.. contract, "Form of Escrow Agreement, Exhibit B", "The escrow agent holds the deposit until the Products are delivered."];
        var finding = Assert.Single(Check(contract));
        Assert.Equal(DraftingCheck.MissingAttachment, finding.Check);
        Assert.Equal("Exhibit C", finding.Detail);
    }
}
