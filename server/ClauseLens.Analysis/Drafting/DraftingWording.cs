using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Writing;

namespace ClauseLens.Analysis.Drafting;

/// <summary>
/// The drafting checks' fixed texts in the reader's language: a Japanese result reads
/// 「参照されている別紙・別表が添付されていない」, not "A schedule, exhibit or annex is referred to but
/// not attached". The English texts are <see cref="DraftingTexts"/>; the details (a term, a
/// section number) are the contract's own words and stay as they are.
/// </summary>
internal static class DraftingWording
{
    /// <summary>The drafting findings among <paramref name="findings"/> with their texts in <paramref name="language"/>.</summary>
    public static IEnumerable<Finding> InLanguage(IEnumerable<Finding> findings, string? language) =>
        !ReaderWords.IsJapanese(language)
            ? findings
            : findings.Select(f => f is { Kind: FindingKind.Drafting, Check: { } check } && Japanese(check) is var (title, explanation, ask)
                ? f with { Title = title, Explanation = explanation, Ask = ask }
                : f);

    /// <summary>Title, why it matters, what to do, in Japanese.</summary>
    internal static (string Title, string Explanation, string Ask) Japanese(DraftingCheck check) => check switch
    {
        DraftingCheck.UndefinedTerm => (
            "定義語のように使われている用語に定義がない",
            "定義語のように書かれた用語に定義がないと、その意味が争いの種になる。",
            "用語を定義するか、通常の意味で使うのであれば定義語としての表記をやめること。"),
        DraftingCheck.UnusedDefinition => (
            "定義された用語が使われていない",
            "使われない定義は、以前の案や別のひな形の名残であることが多く、欠けている条項の兆候であることもある。",
            "定義を削除するか、その用語を使っていた条項を復元すること。"),
        DraftingCheck.DuplicateDefinition => (
            "同じ用語が異なる内容で二度定義されている",
            "一つの用語に二つの定義があると、どの意味がどこに適用されるのかが不明確になる。",
            "定義を一つにまとめ、すべての使用箇所をそれに合わせること。"),
        DraftingCheck.BrokenReference => (
            "存在しない条項が参照されている",
            "存在しない条項への参照は、条番号の変更や削除の後に生じやすく、参照先の定めが失われているおそれがある。",
            "参照を訂正するか、参照先の条項を復元すること。"),
        DraftingCheck.MissingAttachment => (
            "参照されている別紙・別表が添付されていない",
            "引用により組み込まれる書面も合意の一部であり、添付がなければその条件は未確定のままとなる。公開書類では省略されていることが多い。",
            "別紙を添付するか、別途合意され交付済みであることを確認すること。"),
        DraftingCheck.Numbering => (
            "条項または号の番号が飛んでいる、または重複している",
            "番号の欠落や重複は、条項の削除や挿入の跡であることが多く、参照がずれているおそれがある。",
            "番号を振り直し、新しい番号に合わせて参照を確認すること。"),
        DraftingCheck.PartyName => (
            "当事者の呼び方が一定していない",
            "当事者を別の法人形態や、どの当事者にも割り当てられていない呼称で呼ぶと、誰が義務を負うのかが不明確になる。",
            "各当事者の定義された呼称を一貫して用い、使用する呼称はすべて定義すること。"),
        DraftingCheck.BilingualMismatch => (
            "英語版と日本語版の内容が異なる",
            "二つの言語版で金額・期間・準拠法などが異なると、各当事者が自らに有利な版に依拠するおそれがある。",
            "署名前に両言語版の内容を一致させること。"),
        _ => (
            "優先する言語の定めがない、または矛盾している",
            "二か国語の契約には優先する版を一つ定める必要がある。定めがない場合や、各版が自らを優先としている場合、翻訳の差異を解決する基準がない。",
            "両言語版において、同じ言語版が優先する旨を定めること。"),
    };
}
