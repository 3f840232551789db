using System.Text.RegularExpressions;

namespace ClauseLens.Analysis.Context;

/// <summary>
/// What a contract's name says about its type. Two uses: weak labels for training and measuring
/// the learned detector (CUAD's "Document Name" answers, in English), and the Japanese title rule
/// layered over the model, which has no Japanese contracts to learn from.
/// </summary>
public static partial class ContractTypeNames
{
    // Name fragments per type. A name that hits two types ("Software Licence and Maintenance
    // Agreement") is ambiguous and says nothing.
    private static readonly (string Type, Regex Pattern)[] English =
    [
        (ContractTypes.Nda, NdaName()),
        (ContractTypes.Licence, LicenceName()),
        (ContractTypes.Collaboration, CollaborationName()),
        (ContractTypes.Supply, SupplyName()),
        (ContractTypes.Services, ServicesName()),
        (ContractTypes.Other, OtherName()),
    ];

    private static readonly (string Type, string[] Fragments)[] Japanese =
    [
        (ContractTypes.Nda, ["秘密保持", "機密保持", "守秘義務"]),
        (ContractTypes.Collaboration, ["技術検証", "PoC", "共同研究", "共同開発", "業務提携", "資本提携", "合弁"]),
        (ContractTypes.Licence, ["ライセンス", "実施許諾", "使用許諾", "利用許諾"]),
        (ContractTypes.Supply, ["売買", "供給", "製造委託", "販売店", "販売代理店", "取引基本"]),
        (ContractTypes.Services, ["業務委託", "準委任", "請負", "保守", "コンサルティング", "役務"]),
    ];

    /// <summary>
    /// The type an English contract name says, or null when it names none or more than one
    /// ("Joint Development Agreement" → collaboration; "Licence and Hosting Agreement" → null).
    /// </summary>
    public static string? FromEnglishName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        // "Joint development" and "research and development" are collaborations, a bare
        // "development agreement" may be either a collaboration or a commissioned service.
        var types = English.Where(e => e.Pattern.IsMatch(name)).Select(e => e.Type).Distinct().ToList();
        return types.Count == 1 ? types[0] : null;
    }

    /// <summary>
    /// The type a Japanese title says (秘密保持契約書 → nda, 技術検証（PoC）契約書 → collaboration), read
    /// in the first lines of <paramref name="text"/> that name a contract (…契約書, …契約): the first
    /// of them that names a type decides; null when none does or it names more than one.
    /// </summary>
    public static string? FromJapaneseTitle(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var line in TitleLines(text))
        {
            // A title names the contract ("…契約書", "…契約"); an article's sentence mentioning a
            // 共同開発契約 in passing is no title.
            var title = line.TrimEnd(')', '）').Split('（', '(')[0].Trim();
            if (line.Length > 60 || !(line.Contains("契約書", StringComparison.Ordinal) || title.EndsWith("契約", StringComparison.Ordinal)))
            {
                continue;
            }

            // A heading such as "モデル契約書ver1.0" names no type: the title may be on the next line.
            var types = Japanese.Where(j => j.Fragments.Any(f => line.Contains(f, StringComparison.Ordinal))).Select(j => j.Type).Distinct().ToList();
            if (types.Count > 0)
            {
                return types.Count == 1 ? types[0] : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The type an English contract's title says ("STRATEGIC ALLIANCE AGREEMENT" → collaboration),
    /// or null. The title is the name that ends at the first "Agreement" or "Contract" in the first
    /// <see cref="TitleWindow"/> characters, read back to the start of its line and at most
    /// <see cref="TitleWords"/> words ("Exhibit 10.5 Distributor Agreement" → supply); a name that
    /// names no type or two ("Licence and Hosting Agreement") says nothing and the model decides.
    /// </summary>
    public static string? FromEnglishTitle(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var head = text.Length > TitleWindow ? text[..TitleWindow] : text;
        var word = AgreementWord().Match(head);
        if (!word.Success)
        {
            return null;
        }

        var lineStart = head.LastIndexOf('\n', word.Index) + 1;
        var words = head[lineStart..word.Index].Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);

        // Many words before it on its line: a sentence mentioning some agreement ("… pursuant to
        // the Services Agreement"), not a title.
        return words.Length > SentenceWords ? null : FromEnglishName(string.Join(' ', words.TakeLast(TitleWords)));
    }

    /// <summary>Characters at the start of a contract in which its English title is looked for.</summary>
    public const int TitleWindow = 1_500;

    /// <summary>Words before "Agreement" that can belong to the title.</summary>
    public const int TitleWords = 8;

    /// <summary>More words than this before "Agreement" on its line make the line a sentence.</summary>
    public const int SentenceWords = 14;

    /// <summary>
    /// The weak label of a document of <c>shared/data/documents</c>: every ContractNLI document is an
    /// NDA; a CUAD document has the type its "Document Name" answer says, or none when the name is
    /// ambiguous or names no type.
    /// </summary>
    public static string? WeakLabel(string source, string? documentName) =>
        source == "contractnli" ? ContractTypes.Nda
        : documentName is null ? null
        : FromEnglishName(documentName);

    /// <summary>The first non-blank lines of a contract, where its title sits.</summary>
    internal static IEnumerable<string> TitleLines(string text, int lines = 5, int maxCharacters = 2_000)
    {
        var head = text.Length > maxCharacters ? text[..maxCharacters] : text;
        return head.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Take(lines);
    }

    [GeneratedRegex(@"\b(AGREEMENT|CONTRACT)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex AgreementWord();

    [GeneratedRegex(@"\b(NON-?DISCLOSURE|CONFIDENTIALITY|SECRECY)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex NdaName();

    [GeneratedRegex(@"\b(LICEN[CS]E|LICEN[CS]ING)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex LicenceName();

    [GeneratedRegex(@"\b(COLLABORATION|CO-?OPERATION|JOINT VENTURE|ALLIANCE|JOINT DEVELOPMENT|RESEARCH|PROOF OF CONCEPT|PARTNERSHIP)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex CollaborationName();

    [GeneratedRegex(@"\b(SUPPLY|SUPPLIER|MANUFACTUR(E|ING)|DISTRIBUT(OR|ION|ORSHIP)|RE-?SELLER|RESALE|PURCHASE|OEM)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex SupplyName();

    [GeneratedRegex(@"\b(SERVICES?|SERVICING|OUTSOURC(E|ING)|HOSTING|MAINTENANCE|CONSULTING|CONSULTANCY|SUPPORT)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex ServicesName();

    [GeneratedRegex(@"\b(SPONSORSHIP|ENDORSEMENT|AGENCY|PROMOTION|MARKETING|CO-?BRANDING|FRANCHISE|JOINT FILING|AFFILIATE|POWER OF ATTORNEY|EMPLOYMENT|LEASE)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex OtherName();
}
