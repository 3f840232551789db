using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Server.Analyze;

/// <summary>
/// The contract the server analyses before it reports ready: written for the purpose (no real party's
/// text), short, with the clause kinds the playbooks look at, numbered headings, a list, durations,
/// places and a Japanese article, so every stage and the usual branches run.
/// </summary>
internal static class WarmUpSample
{
    public const string Text = """
        JOINT DEVELOPMENT AGREEMENT

        This Joint Development Agreement is made between Example Components K.K., a company organised under the laws of Japan ("Supplier"), and Sample Devices Ltd., a company organised under the laws of England ("Customer").

        1. Definitions
        1.1 "Confidential Information" means any technical or business information disclosed by one party to the other in connection with this Agreement.
        1.2 "Results" means all inventions, know-how and works created in the course of the joint development.

        2. Intellectual Property
        2.1 All Results shall be owned by Customer, and Supplier hereby assigns to Customer all rights in the Results.
        2.2 Supplier grants Customer a non-exclusive, worldwide, royalty-free licence to use Supplier's background technology to exploit the Results.

        3. Royalties
        Customer shall pay Supplier a royalty of three percent (3%) of net sales of products incorporating the Results, within sixty (60) days after the end of each calendar quarter.

        4. Confidentiality
        Each party shall keep the other party's Confidential Information confidential and shall not disclose it to any third party for a period of five (5) years after termination of this Agreement.

        5. Non-Competition
        During the term of this Agreement and for three (3) years thereafter, Supplier shall not develop or supply competing products to any third party anywhere in the world.

        6. Audit
        Supplier may, upon thirty (30) days' written notice and not more than once per year, audit Customer's records relating to royalties.

        7. Liability
        In no event shall Customer be liable for any indirect or consequential damages. Supplier's liability shall be unlimited.

        8. Term and Termination
        This Agreement shall remain in force for two (2) years and may be terminated by Customer at any time on ninety (90) days' notice.

        9. Assignment
        Neither party may assign this Agreement without the prior written consent of the other party, except that Customer may assign it to an affiliate.

        10. Governing Law and Disputes
        This Agreement shall be governed by the laws of England. Any dispute shall be finally resolved by arbitration in London under the LCIA Rules.

        第11条（秘密保持）
        甲及び乙は、本契約に関して相手方から開示された秘密情報を、相手方の事前の書面による承諾なく第三者に開示してはならない。本条の義務は、本契約終了後3年間存続する。
        """;

    /// <summary>
    /// A contract of about ten pages made of our own words: every built-in playbook's fallback
    /// language as a numbered clause under its topic, three times over. The short sample leaves the
    /// first real contract about twice as slow as the next (loops that ran only briefly are not yet
    /// optimised, and a few dozen distinct sentences never fill the detectors' batches); a warm-up
    /// over this text brings the first analysis of a ten-page contract to within a few tens of
    /// milliseconds of the warm ones (first-request benchmark).
    /// </summary>
    public static string FromPlaybooks(IEnumerable<Playbook> playbooks)
    {
        var fallbacks = playbooks.SelectMany(p => p.Rules)
            .Where(r => !string.IsNullOrWhiteSpace(r.FallbackText))
            .DistinctBy(r => r.FallbackText)
            .ToList();
        var clauses = Enumerable.Range(0, 3).SelectMany(_ => fallbacks)
            .Select((r, i) => $"{i + 1}. {r.Topic ?? r.Title}\n{r.FallbackText}");
        return "COLLABORATION AGREEMENT\n\n" + string.Join("\n\n", clauses);
    }
}
