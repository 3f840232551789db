using ClauseLens.Analysis.Briefs;
using ClauseLens.Analysis.Classification;
using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Segmentation;

namespace ClauseLens.Analysis.Tests.Briefs;

/// <summary>
/// Realistic contracts for brief tests: the real fact extractor and playbook evaluator run on them
/// with the default playbook; only segmentation (one clause per paragraph) and labels are given by
/// hand, as a reviewer would assign them, so the tests do not hang on the model's mistakes.
/// </summary>
internal static class RealisticContracts
{
    /// <summary>(paragraph, labels); the first two paragraphs are the preamble.</summary>
    public static readonly (string Text, string[] Labels)[] PlantedProblems =
    [
        ("JOINT DEVELOPMENT AGREEMENT", []),
        ("This Joint Development Agreement is made on 1 April 2026 by and between Northwind Robotics Inc., a Delaware corporation (\"Northwind\"), and Sakura Seiki Co., Ltd., a company organised under the laws of Japan (\"Sakura\").", []),
        ("1. Project. The parties shall jointly develop a compact servo actuator (the \"Project\") under the work plan in Schedule 1.", []),
        ("2. Ownership. All Background IP and know-how that Sakura discloses in the Project, and all results of the Project, shall be assigned to and owned exclusively by Northwind.", [ClauseLabels.IpOwnership]),
        ("3. Improvements. Sakura shall grant Northwind an exclusive, royalty-free licence to any improvements Sakura makes to the results of the Project.", [ClauseLabels.IpOwnership, ClauseLabels.LicenseGrant]),
        ("4. Confidentiality. Sakura shall keep confidential all information disclosed by Northwind and shall not disclose it to any third party.", [ClauseLabels.Confidentiality]),
        ("5. Non-Competition. During the term and for five (5) years after termination, Sakura shall not, directly or indirectly, engage in any business anywhere in the world that competes with Northwind.", [ClauseLabels.NonCompete]),
        ("6. Term. This Agreement shall remain in force for three (3) years from the Effective Date.", [ClauseLabels.TermTermination]),
        ("7. Governing Law. This Agreement shall be governed by the laws of the State of New York.", [ClauseLabels.GoverningLaw]),
        ("8. Jurisdiction. The courts of New York shall have exclusive jurisdiction over any dispute arising out of this Agreement.", [ClauseLabels.DisputeResolution]),
    ];

    public static readonly (string Text, string[] Labels)[] Balanced =
    [
        ("JOINT DEVELOPMENT AGREEMENT", []),
        ("This Joint Development Agreement is made by and between Northwind Robotics Inc., a Delaware corporation (\"Northwind\"), and Sakura Seiki Co., Ltd., a company organised under the laws of Japan (\"Sakura\").", []),
        ("1. Background IP. Each Party retains all rights in its Background IP, including know-how; nothing in this Agreement transfers any Background IP, and any use of the other Party's Background IP is limited to the Project.", [ClauseLabels.IpOwnership]),
        ("2. Results. Foreground IP made solely by one Party belongs to that Party; Foreground IP made jointly is jointly owned in equal shares, and each Party may exploit jointly owned Foreground IP without the consent of the other. Improvements to a Party's Background IP belong to that Party.", [ClauseLabels.IpOwnership]),
        ("3. Patents. The owning Party shall file, prosecute and maintain patent applications and registrations for its Foreground IP, pay the maintenance fees, and give the other Party sixty (60) days' notice before abandoning any of them.", [ClauseLabels.IpOwnership]),
        ("4. Confidentiality. \"Confidential Information\" means all technical and business information disclosed by a Party and marked or identified as confidential. The Receiving Party shall disclose Confidential Information only to its employees who need to know it for the Project. Confidential Information does not include information that (a) is or becomes publicly available through no fault of the Receiving Party, (b) was already known to the Receiving Party before disclosure, (c) is independently developed by the Receiving Party without use of the Confidential Information, or (d) is rightfully received from a third party without a duty of confidentiality. The Receiving Party may disclose Confidential Information where required by law or court order, after notice to the Disclosing Party.", [ClauseLabels.Confidentiality]),
        ("5. Return of Materials. On termination or expiry each Party shall return or destroy the other Party's Confidential Information, and all prototypes, samples and test data shall be returned to the Party that provided them.", [ClauseLabels.Confidentiality]),
        ("6. Access Controls. Each Party shall keep the other's Confidential Information in separate storage with access control limited to a restricted project team, and may work for other clients on similar subjects only with teams that have no access to it.", [ClauseLabels.Confidentiality]),
        ("7. Term. This Agreement shall remain in force for two (2) years from the Effective Date. Either Party may terminate it on thirty (30) days' notice if the other Party fails to remedy a material breach.", [ClauseLabels.TermTermination]),
        ("8. Survival. Clauses 1 to 6, 9 and 10 survive termination or expiry of this Agreement, and the obligations of confidentiality continue for three (3) years after termination.", [ClauseLabels.TermTermination, ClauseLabels.Confidentiality]),
        ("9. Governing Law. This Agreement shall be governed by the laws of Japan.", [ClauseLabels.GoverningLaw]),
        ("10. Dispute Resolution. The Parties shall first try to resolve any dispute by good-faith consultation between senior representatives for thirty (30) days. Any dispute not so resolved shall be finally settled by arbitration in Tokyo under the Commercial Arbitration Rules of the Japan Commercial Arbitration Association.", [ClauseLabels.DisputeResolution]),
    ];

    public static (ContractDocument Document, AnalysisResult Analysis) Analyse((string Text, string[] Labels)[] contract, Playbook? playbook = null)
    {
        playbook ??= BuiltInPlaybooks.Default;
        var document = ContractDocument.FromParagraphs(contract.Select(c => c.Text));
        var extractor = new FactExtractor();
        var clauses = new List<AnalyzedClause>
        {
            new("c1", null, null, ClauseKind.Preamble, 0, 1, 0, document.Paragraphs[1].End, [], [], ClauseFacts.Empty),
        };
        for (var i = 2; i < contract.Length; i++)
        {
            var p = document.Paragraphs[i];
            var number = p.Text[..p.Text.IndexOf('.')];
            var heading = p.Text[(number.Length + 2)..p.Text.IndexOf('.', number.Length + 1)];
            clauses.Add(new AnalyzedClause($"c{clauses.Count + 1}", number, heading, ClauseKind.Section, i, i, p.Start, p.End,
                [.. contract[i].Labels.Select(l => new LabelScore(l, 0.9))], [], extractor.Extract(p.Text, p.Start)));
        }

        var findings = new PlaybookEvaluator().Evaluate(playbook, document, clauses);
        var summary = new AnalysisSummary(document.Paragraphs.Count, clauses.Count, [], [], new Dictionary<string, int>(), new Dictionary<string, int>());
        return (document, new AnalysisResult("clause-classifier-test", new PlaybookReference(playbook.Id, playbook.Version, playbook.Name), clauses, findings, summary));
    }

    public static NegotiationBrief Brief((string Text, string[] Labels)[] contract)
    {
        var (document, analysis) = Analyse(contract);
        return new BriefBuilder().Build(document, analysis);
    }
}
