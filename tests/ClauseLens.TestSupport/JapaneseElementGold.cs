using System.Text.RegularExpressions;

namespace ClauseLens.TestSupport;

/// <summary>Where one article of a METI/JPO model contract states an element: the article's id in
/// <c>ja/clauses.ja.jsonl</c> and a short phrase that picks out the paragraph or list item.</summary>
/// <param name="Article">The article's id in <c>ja/clauses.ja.jsonl</c> ("meti-jpo-model-2-art8").</param>
/// <param name="Phrase">A few words unique inside that article, on the line that states the element.</param>
/// <param name="Note">Why a reader counts it, when that is not obvious.</param>
public sealed record JapaneseGoldEvidence(string Article, string Phrase, string? Note = null);

/// <summary>Whether a model contract states an element (evidence) or not (no evidence).</summary>
public sealed record JapaneseGoldElement(string DocId, string Element, IReadOnlyList<JapaneseGoldEvidence> Evidence)
{
    /// <summary>True when the contract states the element.</summary>
    public bool Present => Evidence.Count > 0;
}

/// <summary>
/// Issue 16 item 2, Japanese: per element, which article and line of the four METI/JPO model
/// contracts for open innovation (<c>../shared/data/ja</c>, CC BY 4.0) states it, read by hand from
/// the text (2026-12-07). Every (contract, element) pair is listed: no evidence means the contract
/// does not state the element. The data is referenced by article id and a short phrase, never
/// copied. Elements are <c>FactNames</c>; <c>exclusivity</c> is an exclusive grant or exclusive
/// dealing, however the extractor names it (<see cref="ExclusivityFacts"/>).
/// Four contracts, three of which share one confidentiality article almost word for word: this gold
/// tells whether the model contracts are read right, not how well unseen Japanese contracts are.
/// </summary>
public static partial class JapaneseElementGold
{
    /// <summary>The four model contracts: NDA, PoC, joint research and development, licence.</summary>
    public static readonly IReadOnlyList<string> Contracts = ["meti-jpo-model-1", "meti-jpo-model-2", "meti-jpo-model-3", "meti-jpo-model-4"];

    /// <summary>The elements annotated, in report order.</summary>
    public static readonly IReadOnlyList<string> Elements =
    [
        "ci_definition", "excl_public", "excl_later_public", "excl_known", "excl_independent", "excl_third_party",
        "compelled_disclosure", "return_or_destroy", "need_to_know", "survival", "no_implied_licence",
        "background_retained", "improvements", "joint_ownership", "royalty_basis", "audit",
        "anti_assignment", "change_of_control", "restrictive_covenant", "exclusivity", "non_solicit",
    ];

    /// <summary>Facts that count as <c>exclusivity</c>: an exclusive licence or grant-back, or exclusive dealing.</summary>
    public static readonly IReadOnlyList<string> ExclusivityFacts = ["exclusivity", "licence_exclusive", "grant_back_exclusive"];

    private static readonly Dictionary<(string Doc, string Element), JapaneseGoldEvidence[]> Stated = new()
    {
        // Model 1, the NDA: no exclusions list at all, no IP, licence or commercial terms.
        [("meti-jpo-model-1", "ci_definition")] = [new("meti-jpo-model-1-art1", "「秘密情報」とは")],
        [("meti-jpo-model-1", "compelled_disclosure")] = [new("meti-jpo-model-1-art2", "法令の定めに基づき開示等すべき"), new("meti-jpo-model-1-art2", "裁判所の命令")],
        [("meti-jpo-model-1", "return_or_destroy")] = [new("meti-jpo-model-1-art6", "速やかに破棄または返還"), new("meti-jpo-model-1-art6", "媒体を廃棄し")],
        [("meti-jpo-model-1", "need_to_know")] = [new("meti-jpo-model-1-art2", "必要な範囲のみにおいて")],
        [("meti-jpo-model-1", "survival")] = [new("meti-jpo-model-1-art10", "本契約の終了後においても")],

        // Model 2, the PoC contract: article 8 is the confidentiality article the others repeat.
        [("meti-jpo-model-2", "ci_definition")] = [new("meti-jpo-model-2-art8", "以下「秘密情報等」という")],
        [("meti-jpo-model-2", "excl_public")] = [new("meti-jpo-model-2-art8", "既に公知となっていたもの")],
        [("meti-jpo-model-2", "excl_later_public")] = [new("meti-jpo-model-2-art8", "帰責事由によらずに公知")],
        [("meti-jpo-model-2", "excl_third_party")] = [new("meti-jpo-model-2-art8", "正当な権限を有する第三者から")],
        [("meti-jpo-model-2", "excl_known")] = [new("meti-jpo-model-2-art8", "既に適法に保有していたもの")],
        [("meti-jpo-model-2", "excl_independent")] = [new("meti-jpo-model-2-art8", "独自に取得し")],
        [("meti-jpo-model-2", "compelled_disclosure")] = [new("meti-jpo-model-2-art8", "法令の定めに基づき開示等すべき"), new("meti-jpo-model-2-art8", "裁判所の命令")],
        [("meti-jpo-model-2", "return_or_destroy")] = [new("meti-jpo-model-2-art8", "破棄もしくは開示者に返還")],
        [("meti-jpo-model-2", "need_to_know")] = [new("meti-jpo-model-2-art8", "知る必要のある自己の役員")],
        [("meti-jpo-model-2", "survival")] = [new("meti-jpo-model-2-art8", "5年間有効に存続"), new("meti-jpo-model-2-art13", "定めは有効に存続")],
        [("meti-jpo-model-2", "no_implied_licence")] = [new("meti-jpo-model-2-art8", "利用許諾するものでない")],
        [("meti-jpo-model-2", "background_retained")] = [new("meti-jpo-model-2-art9", "従前から保有しているものを除き", "results vest in one party except what either party already held")],

        // Model 3, the joint research and development contract.
        [("meti-jpo-model-3", "ci_definition")] = [new("meti-jpo-model-3-art11", "以下「秘密情報等」という")],
        [("meti-jpo-model-3", "excl_public")] = [new("meti-jpo-model-3-art11", "既に公知となっていたもの")],
        [("meti-jpo-model-3", "excl_later_public")] = [new("meti-jpo-model-3-art11", "帰責事由によらずに公知")],
        [("meti-jpo-model-3", "excl_third_party")] = [new("meti-jpo-model-3-art11", "正当な権限を有する第三者から")],
        [("meti-jpo-model-3", "excl_known")] = [new("meti-jpo-model-3-art11", "既に適法に保有していたもの")],
        [("meti-jpo-model-3", "excl_independent")] = [new("meti-jpo-model-3-art11", "独自に取得し")],
        [("meti-jpo-model-3", "compelled_disclosure")] = [new("meti-jpo-model-3-art11", "法令の定めに基づき開示等すべき"), new("meti-jpo-model-3-art11", "裁判所の命令")],
        [("meti-jpo-model-3", "return_or_destroy")] = [new("meti-jpo-model-3-art11", "破棄もしくは開示者に返還")],
        [("meti-jpo-model-3", "need_to_know")] = [new("meti-jpo-model-3-art11", "知る必要のある自己の役員")],
        [("meti-jpo-model-3", "survival")] = [new("meti-jpo-model-3-art11", "5年間有効に存続"), new("meti-jpo-model-3-art18", "定めは有効に存続")],
        [("meti-jpo-model-3", "no_implied_licence")] = [new("meti-jpo-model-3-art11", "利用許諾するものでない")],
        [("meti-jpo-model-3", "background_retained")] =
        [
            new("meti-jpo-model-3-art11", "利用許諾するものでない", "the confidential information includes the background information; disclosing it transfers no IP"),
            new("meti-jpo-model-3-art7", "本単独発明にかかる知的財産権は", "what a party makes alone stays its own"),
        ],
        [("meti-jpo-model-3", "improvements")] = [new("meti-jpo-model-3-art7", "改良、改善等がなされた場合")],
        [("meti-jpo-model-3", "royalty_basis")] = [new("meti-jpo-model-3-art7", "正味販売価格の"), new("meti-jpo-model-3-art10", "研究成果に対する対価を支払う")],
        [("meti-jpo-model-3", "anti_assignment")] = [new("meti-jpo-model-3-art15", "本契約上の地位を第三者に承継")],
        [("meti-jpo-model-3", "restrictive_covenant")] = [new("meti-jpo-model-3-art13", "独自に研究開発をしてはならず")],
        [("meti-jpo-model-3", "exclusivity")] = [new("meti-jpo-model-3-art7", "独占的通常実施権を設定し"), new("meti-jpo-model-3-art7", "独占的許諾権")],

        // Model 4, the licence contract (non-exclusive throughout).
        [("meti-jpo-model-4", "ci_definition")] = [new("meti-jpo-model-4-art10", "以下「秘密情報等」という")],
        [("meti-jpo-model-4", "excl_public")] = [new("meti-jpo-model-4-art10", "既に公知となっていたもの")],
        [("meti-jpo-model-4", "excl_later_public")] = [new("meti-jpo-model-4-art10", "帰責事由によらずに公知")],
        [("meti-jpo-model-4", "excl_third_party")] = [new("meti-jpo-model-4-art10", "正当な権限を有する第三者から")],
        [("meti-jpo-model-4", "excl_known")] = [new("meti-jpo-model-4-art10", "既に適法に保有していたもの")],
        [("meti-jpo-model-4", "excl_independent")] = [new("meti-jpo-model-4-art10", "独自に取得し")],
        [("meti-jpo-model-4", "compelled_disclosure")] = [new("meti-jpo-model-4-art10", "法令の定めに基づき開示等すべき"), new("meti-jpo-model-4-art10", "裁判所の命令")],
        [("meti-jpo-model-4", "return_or_destroy")] =
        [
            new("meti-jpo-model-4-art10", "破棄もしくは開示者に返還"),
            new("meti-jpo-model-4-art13", "引き渡し、または破棄", "stock and promotional material on termination"),
        ],
        [("meti-jpo-model-4", "need_to_know")] = [new("meti-jpo-model-4-art10", "知る必要のある自己の役員")],
        [("meti-jpo-model-4", "survival")] = [new("meti-jpo-model-4-art10", "5年間有効に存続"), new("meti-jpo-model-4-art15", "定めは有効に存続")],
        [("meti-jpo-model-4", "no_implied_licence")] = [new("meti-jpo-model-4-art10", "利用許諾するものでない")],
        [("meti-jpo-model-4", "background_retained")] = [new("meti-jpo-model-4-art10", "利用許諾するものでない", "the confidential information includes the background information; disclosing it transfers no IP")],
        [("meti-jpo-model-4", "improvements")] = [new("meti-jpo-model-4-art7", "改良技術を開発した場合"), new("meti-jpo-model-4-art7", "乙により開発されたすべての改良技術")],
        [("meti-jpo-model-4", "royalty_basis")] = [new("meti-jpo-model-4-art4", "正味販売価格の"), new("meti-jpo-model-4-art4", "1ヶ月以内に金●円")],
        [("meti-jpo-model-4", "audit")] = [new("meti-jpo-model-4-art5", "帳簿類を開示すべきこと"), new("meti-jpo-model-4-art5", "監査を請求することができる")],
        [("meti-jpo-model-4", "anti_assignment")] = [new("meti-jpo-model-4-art3", "第三者に譲渡、移転")],
    };

    /// <summary>Every (contract, element) pair, present or not.</summary>
    public static IEnumerable<JapaneseGoldElement> All() =>
        from doc in Contracts
        from element in Elements
        select new JapaneseGoldElement(doc, element, Stated.TryGetValue((doc, element), out var evidence) ? evidence : []);

    /// <summary>
    /// The line of <paramref name="text"/> (a model contract as plain text or read from its .docx)
    /// that holds <paramref name="evidence"/>: its phrase inside its article (from "第N条" to the next
    /// article's heading), or anywhere when the article heading is not found.
    /// </summary>
    public static (int Start, int End)? Locate(string text, JapaneseGoldEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(evidence);
        var number = int.Parse(evidence.Article[(evidence.Article.LastIndexOf("-art", StringComparison.Ordinal) + 4)..], System.Globalization.CultureInfo.InvariantCulture);
        var from = 0;
        var to = text.Length;
        var heading = ArticleHeading(number).Match(text);
        if (heading.Success)
        {
            from = heading.Index;
            var next = ArticleHeading(number + 1).Match(text, from);
            to = next.Success ? next.Index : text.Length;
        }

        var at = text.IndexOf(evidence.Phrase, from, to - from, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var start = text.LastIndexOf('\n', at) + 1;
        var end = text.IndexOf('\n', at);
        return (start, end < 0 ? text.Length : end);
    }

    private static Regex ArticleHeading(int number) =>
        new($@"(?m)^[ \t\u3000]*第{number}条\s*[（(]", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
