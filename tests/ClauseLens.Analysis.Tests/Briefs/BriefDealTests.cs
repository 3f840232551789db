using ClauseLens.Analysis.Briefs;
using ClauseLens.Analysis.Extraction;

namespace ClauseLens.Analysis.Tests.Briefs;

public sealed class BriefDealTests
{
    [Theory]
    [InlineData(
        "This Joint Development Agreement is entered into by and between Northwind Robotics Inc., a Delaware corporation (\"Northwind\"), and Sakura Seiki Co., Ltd., a company organised under the laws of Japan (\"Sakura\").",
        "Northwind Robotics Inc.", "Sakura Seiki Co., Ltd.")]
    [InlineData(
        "This Agreement is made between Alpha Medical GmbH (the \"Licensor\") and Hoshino Kogyo K.K. (the \"Licensee\"). WHEREAS the Licensor owns patents;",
        "Alpha Medical GmbH", "Hoshino Kogyo K.K.")]
    [InlineData(
        "BETWEEN: Contoso Ltd, having its registered office at 1 High Street, London and Fuji Precision Co., Ltd., with its principal office in Osaka.",
        "Contoso Ltd", "Fuji Precision Co., Ltd.")]
    [InlineData(
        "株式会社さくら精機（以下「甲」という。）とNorthwind Robotics Inc.（以下「乙」という。）は、共同開発に関し、次のとおり契約を締結する。",
        "株式会社さくら精機", "Northwind Robotics Inc.")]
    [InlineData(
        "This Agreement is entered into between Capsugel US, LLC and its Affiliates with an address at 412 Main Street, Morristown, NJ 07960 and Cardax, Inc. and its Affiliates with an address at 2800 Woodlawn Drive, Honolulu. Capsugel and Cardax are each a \"Party\" and together the \"Parties\"",
        "Capsugel US, LLC", "Cardax, Inc.")]
    public void PartiesAreReadFromThePreamble(string preamble, string first, string second)
    {
        var brief = new BriefContractBuilder().Preamble("AGREEMENT", preamble).Brief();

        Assert.Equal([first, second], brief.Deal.Parties);
    }

    [Theory]
    [InlineData("JOINT DEVELOPMENT AGREEMENT", "Joint development agreement")]
    [InlineData("Patent Licence Agreement", "Licence agreement")]
    [InlineData("MUTUAL NON-DISCLOSURE AGREEMENT", "Non-disclosure agreement")]
    [InlineData("共同研究開発契約書", "Joint research and development agreement")]
    [InlineData("秘密保持契約書", "Non-disclosure agreement")]
    [InlineData("RESEARCH COLLABORATION AGREEMENT", "Collaboration agreement")]
    [InlineData("FRANCHISE AGREEMENT", "Franchise agreement")]
    [InlineData("Manufacturing and Supply Agreement", "Supply agreement")]
    [InlineData("CO-BRANDING AGREEMENT", "Co-branding agreement")]
    public void TheTypeOfAgreementComesFromItsTitle(string title, string expected)
    {
        var brief = new BriefContractBuilder().Preamble(title, "Made between A Ltd and B K.K.").Brief();

        Assert.Equal(title, brief.Deal.Title);
        Assert.Equal(expected, brief.Deal.AgreementType);
    }

    [Fact]
    public void WithoutATitleTheTypeIsInferredFromTheClausesAndSaysSo()
    {
        var brief = new BriefContractBuilder()
            .Preamble("The parties set out below agree as follows.")
            .Clause("1", "Grant", "Licensor grants a non-exclusive licence.", ClauseLabels.LicenseGrant)
            .Brief();

        Assert.Equal(NegotiationBrief.NotStated, brief.Deal.Title);
        Assert.Equal("Licence agreement (inferred from its clauses)", brief.Deal.AgreementType);
    }

    [Fact]
    public void LawAndForumComeFromTheExtractedFacts()
    {
        var brief = new BriefContractBuilder()
            .Preamble("LICENCE AGREEMENT")
            .Clause("14", "Governing Law", "This Agreement is governed by the laws of Japan.", [ClauseLabels.GoverningLaw], out _,
                at => new ClauseFacts { GoverningLaw = [new GoverningLawFact(at.Span("Japan").Start, at.Span("Japan").End, "Japan", "Japan")] })
            .Clause("15", "Arbitration", "Disputes shall be finally settled by arbitration under the JCAA Rules in Tokyo.", [ClauseLabels.DisputeResolution], out _,
                at => new ClauseFacts { Forums = [new ForumFact(at.Span("JCAA").Start, at.Span("Tokyo").End, ForumKind.Arbitration, "JCAA", "Tokyo", "Japan", null)] })
            .Brief();

        Assert.Equal("Japan", brief.Deal.GoverningLaw);
        Assert.Equal("Arbitration (JCAA), seated in Tokyo", brief.Deal.Forum);
    }

    [Fact]
    public void ASubNationalLawNamesItsCountryAndCourtsSayWhetherTheyAreExclusive()
    {
        var brief = new BriefContractBuilder()
            .Clause("20", "Law and Courts", "Governed by New York law; the courts of New York City have exclusive jurisdiction.",
                [ClauseLabels.GoverningLaw, ClauseLabels.DisputeResolution], out _,
                at => new ClauseFacts
                {
                    GoverningLaw = [new GoverningLawFact(at.Span("New York law").Start, at.Span("New York law").End, "New York", "United States")],
                    Forums = [new ForumFact(at.Span("courts").Start, at.Span("courts").End, ForumKind.Court, null, "New York City", "United States", true)],
                })
            .Brief();

        Assert.Equal("New York (United States)", brief.Deal.GoverningLaw);
        Assert.Equal("Courts in New York City (exclusive)", brief.Deal.Forum);
    }

    [Fact]
    public void ABareMentionOfArbitrationDoesNotRepeatTheNamedOne()
    {
        var brief = new BriefContractBuilder()
            .Clause("15", "Arbitration", "Disputes go to arbitration under the JAMS rules in New York; the arbitration is binding.", [ClauseLabels.DisputeResolution], out _,
                at => new ClauseFacts
                {
                    Forums =
                    [
                        new ForumFact(at.Span("JAMS").Start, at.Span("JAMS").End, ForumKind.Arbitration, "JAMS", "New York", "United States", null),
                        new ForumFact(at.Span("the arbitration").Start, at.Span("the arbitration").End, ForumKind.Arbitration, null, null, null, null),
                    ],
                })
            .Brief();

        Assert.Equal("Arbitration (JAMS), seated in New York", brief.Deal.Forum);
    }

    [Fact]
    public void AnInstitutionNamedTwiceIsGivenOnceWithItsSeat()
    {
        var brief = new BriefContractBuilder()
            .Clause("3", "Steering", "Issues may be mediated under the JAMS mediation rules.", [ClauseLabels.DisputeResolution], out _,
                at => new ClauseFacts { Forums = [new ForumFact(at.Span("JAMS").Start, at.Span("JAMS").End, ForumKind.Arbitration, "JAMS", null, null, null)] })
            .Clause("11", "Disputes", "Finally settled before JAMS; the arbitration shall be conducted in New York.", [ClauseLabels.DisputeResolution], out _,
                at => new ClauseFacts { Forums = [new ForumFact(at.Span("JAMS").Start, at.Span("JAMS").End, ForumKind.Arbitration, "JAMS", "New York", "United States", null)] })
            .Brief();

        Assert.Equal("Arbitration (JAMS), seated in New York", brief.Deal.Forum);
    }

    [Fact]
    public void WhatTheContractDoesNotStateIsSaidPlainly()
    {
        var brief = new BriefContractBuilder()
            .Clause("1", "Scope", "The parties will cooperate.", ClauseLabels.IpOwnership)
            .Brief();

        Assert.Equal(NegotiationBrief.NotStated, brief.Deal.GoverningLaw);
        Assert.Equal(NegotiationBrief.NotStated, brief.Deal.Forum);
        Assert.Empty(brief.Deal.Parties);
    }

    [Fact]
    public void AVeryLongPartyNameIsShortened()
    {
        var longName = "Alpha " + string.Join(" ", Enumerable.Repeat("Holdings", 40)) + " Ltd";
        var brief = new BriefContractBuilder().Preamble("AGREEMENT", $"Made between {longName} and Beta K.K.").Brief();

        Assert.True(brief.Deal.Parties[0].Length <= 101);
        Assert.Equal("Beta K.K.", brief.Deal.Parties[1]);
    }
}

/// <summary>
/// Parties as filed contracts write them (preambles written for these tests, after the shapes that
/// put wrong names on the brief's first line: facts-report measures them against CUAD's Parties).
/// </summary>
public sealed class BriefPartyShapesTests
{
    [Theory]
    // "organized and existing": the "and" of a description does not start a party.
    [InlineData(
        "This Supply Agreement is made by and between Alpha Ltd., a corporation organized and existing under the laws of Israel (\"Alpha\") and Beta Bio Co., Ltd., a corporation organized and existing under the laws of the Republic of China (\"Beta\").",
        new[] { "Alpha Ltd.", "Beta Bio Co., Ltd." }, new[] { "Israel", "Taiwan" })]
    // "England and Wales" is one place, not a party.
    [InlineData(
        "This Agreement is made between Gamma Semiconductor (UK) Ltd, a company registered in England and Wales with number 123, and Delta Corporation, a Delaware corporation.",
        new[] { "Gamma Semiconductor", "Delta Corporation" }, new[] { null, "Delaware" })]
    // An "and" inside a name stays in it; with no description between two names, the last "and" before a name splits them.
    [InlineData(
        "This Collaboration Agreement is entered into between the Institute of Grassland and Environmental Research and Ceres, Inc. on 1 April 2026.",
        new[] { "the Institute of Grassland and Environmental Research", "Ceres, Inc." }, new string?[] { null, null })]
    [InlineData(
        "JOINT DEVELOPMENT AGREEMENT between FUELCELL ENERGY, INC. and EXXONMOBIL RESEARCH AND ENGINEERING COMPANY",
        new[] { "FUELCELL ENERGY, INC.", "EXXONMOBIL RESEARCH AND ENGINEERING COMPANY" }, new string?[] { null, null })]
    // A name ends at its company form: a title block's date and table of contents are not part of it.
    [InlineData(
        "LICENSE AGREEMENT between OMEGA THERAPEUTICS, INC. and SIGMA GROUP LIMITED Dated: May 1, 2026 TABLE OF CONTENTS ARTICLE 1 DEFINITIONS 1 ARTICLE 2 LICENCES 4",
        new[] { "OMEGA THERAPEUTICS, INC.", "SIGMA GROUP LIMITED" }, new string?[] { null, null })]
    // "by and among" a list, each with its defined name; a list's numbering is not part of a name.
    [InlineData(
        "This Agreement is entered into by and among Omicron Holdings, Inc. (the \"Company\"), Pi Partners LLC (\"Pi\") and Rho Capital L.P. (\"Rho\").",
        new[] { "Omicron Holdings, Inc.", "Pi Partners LLC", "Rho Capital L.P." }, new string?[] { null, null, null })]
    [InlineData(
        "This Supply Agreement is entered into by and between (1) Sigma Medical, a Delaware corporation (\"SIGMA\"), and (2) Tau Labs, S.A., a corporation organized under the laws of Switzerland (\"TAU\").",
        new[] { "Sigma Medical", "Tau Labs, S.A." }, new string?[] { "Delaware", "Switzerland" })]
    // No "between": the names each followed by a defined name in brackets.
    [InlineData(
        "Upsilon Concepts Group, Inc. (\"UCG\") and Phi Self Service Tech, Inc. (\"PSS\"), by this Agreement associate themselves as joint venturers.",
        new[] { "Upsilon Concepts Group, Inc.", "Phi Self Service Tech, Inc." }, new string?[] { null, null })]
    public void EachPartyIsANameAndOnlyAName(string preamble, string[] parties, string?[] homes)
    {
        var brief = new BriefContractBuilder().Preamble("AGREEMENT", preamble).Brief();

        Assert.Equal(parties, brief.Deal.Parties);
        Assert.Equal(homes, brief.Deal.PartyHomes);
    }

    [Theory]
    [InlineData("This Agreement is made between Kappa Inc., having its principal place of business at 10 Main Street, Springfield, and the company set forth below.")]
    [InlineData("This Reseller Agreement is between Lambda LLC and existing customers of Lambda in the Territory.")]
    [InlineData("This Agreement is made between Mu Foods, Inc. (\"Mu\"), with offices at 8 Harbour Road, Suite 500N, Chicago, IL 60631, and Nu Dairy LLC (\"Nu\").")]
    public void APhraseIsNotTakenForAParty(string preamble)
    {
        var brief = new BriefContractBuilder().Preamble("AGREEMENT", preamble).Brief();

        Assert.DoesNotContain(brief.Deal.Parties, p => char.IsLower(p[0]) || p.Any(char.IsDigit));
    }
}

public sealed class BriefAgreementTypeTests
{
    // The title block is too long to be a title; the preamble names the agreement before a recital
    // mentions a licence.
    [Fact]
    public void ThePreamblesOwnNameForTheAgreementWinsOverALaterWord()
    {
        var brief = new BriefContractBuilder()
            .Preamble("Exhibit 10.6 Alpha Ltd. and Beta Co., Ltd. — as amended on 1 March 2026 — filed with the registrar under reference 2026-118-7 and 2026-118-8",
                "This Supply Agreement is made by and between Alpha Ltd. (\"Alpha\") and Beta Co., Ltd. (\"Beta\"). Whereas Beta holds a license to the process and will supply the product.")
            .Brief();

        Assert.Equal("Supply agreement", brief.Deal.AgreementType);
    }

    [Fact]
    public void AJapaneseReaderSeesTheTypeInJapanese() =>
        Assert.Equal("フランチャイズ契約", BriefWording.Japanese.AgreementType("Franchise agreement", inferred: false));
}

public sealed class BriefClauseReferenceTests
{
    // A filed contract's "WITNESSETH" or "WHEREAS" heads its recitals: the brief calls them that, not a clause.
    [Theory]
    [InlineData("WITNESSETH")]
    [InlineData(null)]
    public void RecitalsAreCalledTheRecitals(string? heading)
    {
        var recitals = new AnalyzedClause("c2", null, heading, Analysis.Segmentation.ClauseKind.Recitals, 1, 1, 40, 90, [], [], new ClauseFacts());

        Assert.Equal("The recitals", BriefWording.English.ClauseReference(recitals));
        Assert.Equal("前文", BriefWording.Japanese.ClauseReference(recitals));
    }
}
