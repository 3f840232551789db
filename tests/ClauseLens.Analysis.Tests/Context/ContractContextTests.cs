using ClauseLens.Analysis.Context;
using ClauseLens.Analysis.Ingest;
using ClauseLens.TestSupport;

namespace ClauseLens.Analysis.Tests.Context;

public sealed class ContractContextTests
{
    [Theory]
    [InlineData("meti-jpo-model-1.txt", ContractTypes.Nda)]
    [InlineData("meti-jpo-model-2.txt", ContractTypes.Collaboration)]
    [InlineData("meti-jpo-model-3.txt", ContractTypes.Collaboration)]
    [InlineData("meti-jpo-model-4.txt", ContractTypes.Licence)]
    [InlineData("meti-jpo-model-1.docx", ContractTypes.Nda)]
    [InlineData("meti-jpo-model-2.docx", ContractTypes.Collaboration)]
    [InlineData("meti-jpo-model-3.docx", ContractTypes.Collaboration)]
    [InlineData("meti-jpo-model-4.docx", ContractTypes.Licence)]
    public void TheFourMetiJpoModelContractsGetTheirTypeAndJapanese(string file, string expected)
    {
        var path = SharedData.PathOf("ja", "contracts", file);
        using var stream = File.OpenRead(path);
        var document = new ContractIngestor().Read(stream, ContractIngestor.FormatOf(file)!.Value);

        var context = ContractContextReader.Shipped.Read(document);

        Assert.Equal(expected, context.ContractType.Id);
        Assert.Equal(ContractTypeSources.Detected, context.ContractType.Source);
        Assert.Equal(ContractLanguages.Japanese, context.Language);
    }

    [Fact]
    public void AGivenTypeWinsOverDetection()
    {
        var document = new ContractIngestor().FromText("MUTUAL NON-DISCLOSURE AGREEMENT\n1. Confidential Information. Each party shall keep the other's information confidential.");

        var context = ContractContextReader.Shipped.Read(document, ContractTypes.Supply);

        Assert.Equal(new ContractTypeResult(ContractTypes.Supply, ContractTypeSources.Given, 1), context.ContractType);
    }

    [Fact]
    public void AnEnglishNdaIsDetectedAsAnNdaWithAProbability()
    {
        var document = new ContractIngestor().FromText(
            "MUTUAL NON-DISCLOSURE AGREEMENT\n\nThis Non-Disclosure Agreement is entered into by Alpha Ltd and Beta Inc.\n" +
            "1. Confidential Information. \"Confidential Information\" means all information disclosed by a Party to the other Party.\n" +
            "2. Obligations. The Recipient shall keep the Discloser's Confidential Information in confidence and use it only for the Purpose.\n" +
            "3. Return. On request the Recipient shall return or destroy all Confidential Information.");

        var type = ContractContextReader.Shipped.Read(document).ContractType;

        Assert.Equal(ContractTypes.Nda, type.Id);
        Assert.InRange(type.Confidence, 0.34, 1.0);
    }

    [Theory]
    [InlineData("This Agreement is governed by the laws of Japan.", ContractLanguages.English)]
    [InlineData("本契約は、日本法に準拠し、同法に従って解釈される。", ContractLanguages.Japanese)]
    [InlineData("This Agreement is governed by the laws of Japan.\n本契約は、日本法に準拠し、同法に従って解釈される。", ContractLanguages.Mixed)]
    [InlineData("", ContractLanguages.English)]
    public void TheLanguageIsReadFromTheScript(string text, string expected) =>
        Assert.Equal(expected, ContractLanguages.Detect(text));

    [Theory]
    [InlineData("JOINT DEVELOPMENT AGREEMENT", ContractTypes.Collaboration)]
    [InlineData("Strategic Alliance Agreement", ContractTypes.Collaboration)]
    [InlineData("EXCLUSIVE DISTRIBUTOR AGREEMENT", ContractTypes.Supply)]
    [InlineData("Master Services Agreement", ContractTypes.Services)]
    [InlineData("TRADEMARK LICENSE AGREEMENT", ContractTypes.Licence)]
    [InlineData("SPONSORSHIP AGREEMENT", ContractTypes.Other)]
    [InlineData("Mutual Non-Disclosure Agreement", ContractTypes.Nda)]
    [InlineData("Software License and Maintenance Agreement", null)]
    [InlineData("INTELLECTUAL PROPERTY AGREEMENT", null)]
    public void ANameSaysOneTypeOrNone(string name, string? expected) =>
        Assert.Equal(expected, ContractTypeNames.FromEnglishName(name));

    [Theory]
    [InlineData("モデル契約書ver1.0\n秘密保持契約書（新素材）\n第1条", ContractTypes.Nda)]
    [InlineData("技術検証（PoC）契約書\n第1条", ContractTypes.Collaboration)]
    [InlineData("共同研究開発契約書\n第1条", ContractTypes.Collaboration)]
    [InlineData("特許ライセンス契約書\n第1条", ContractTypes.Licence)]
    [InlineData("業務委託契約書\n第1条", ContractTypes.Services)]
    [InlineData("第1条（目的）\n本契約は、甲と乙の共同開発に関する。", null)]
    public void AJapaneseTitleSaysItsType(string text, string? expected) =>
        Assert.Equal(expected, ContractTypeNames.FromJapaneseTitle(text));

    [Theory]
    [InlineData("Exhibit 10.5\nNote: portions of this exhibit are omitted.\nDistributor Agreement\nThis Distributor Agreement (the \"Agreement\") is made", ContractTypes.Supply)]
    [InlineData("STRATEGIC ALLIANCE AGREEMENT This Strategic Alliance Agreement is entered into by", ContractTypes.Collaboration)]
    [InlineData("[LOGO]\nSECOND AMENDMENT TO CO-BRANDING AGREEMENT\nTHIS SECOND AMENDMENT", ContractTypes.Other)]
    [InlineData("LICENSE AND HOSTING AGREEMENT\nThis License and Hosting Agreement", null)]
    [InlineData("DEVELOPMENT AGREEMENT\nThis Development Agreement is made", null)]
    [InlineData("LIMITED POWER OF ATTORNEY\nThe undersigned hereby appoints the Manager as its attorney to sign on its behalf any notice given under the Services Agreement", null)]
    [InlineData("1. Definitions. In this document words have the meanings given below.", null)]
    public void AnEnglishTitleSaysItsTypeAndASentenceSaysNothing(string text, string? expected) =>
        Assert.Equal(expected, ContractTypeNames.FromEnglishTitle(text));

    [Fact]
    public void ATitleThatNamesOneTypeDecidesOverTheBody()
    {
        // A services agreement whose body is mostly about confidential information: the title is
        // what a lawyer goes by, and so does the Context stage.
        var body = string.Join("\n", Enumerable.Repeat("The Recipient shall keep the Confidential Information of the Discloser confidential and shall not disclose it to any third party.", 12));
        var document = new ContractIngestor().FromText("MASTER SERVICES AGREEMENT\n\n" + body);

        var context = ContractContextReader.Shipped.Read(document);

        Assert.Equal(ContractTypes.Services, context.ContractType.Id);
        Assert.Equal(ContractContextReader.TitleRuleConfidence, context.ContractType.Confidence);
    }
}
