using ClauseLens.Analysis.Briefs;
using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis.Tests.Briefs;

/// <summary>A contract whose party names, headings and quoted clauses carry markup, links and table breakers.</summary>
internal static class HostileBrief
{
    public const string ScriptParty = "<script>alert`party`</script> Evil Corp";
    public const string ImageQuote = "<img src=x onerror=alert('quote')> shall not compete [click](javascript:alert(1)) | cell";

    public static NegotiationBrief Build() => new BriefContractBuilder()
        .Preamble("<b>JOINT</b> DEVELOPMENT AGREEMENT",
            $"This Agreement is made between {ScriptParty} and # Heading ![x](http://evil.example/x.png) Ltd.")
        .Clause("7", "Non-Compete <iframe src=//evil.example>", $"Sakura {ImageQuote} anywhere.", [ClauseLabels.NonCompete], out var id)
        .Finding("non-compete-scope", FindingKind.OverlyBroad, Severity.High, ClauseLabels.NonCompete, id, ImageQuote, "Non-compete")
        .Finding("nda-return", FindingKind.Uncertain, Severity.Medium, ClauseLabels.Confidentiality, id, "<img src=x onerror=alert('quote')>")
        .Brief();
}
