using System.Globalization;
using ClauseLens.Analysis.Context;
using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Writing;

namespace ClauseLens.Analysis.Playbooks;

/// <summary>
/// The words of what the evaluator measured, in the reader's language: a finding's <c>detail</c>
/// ("60 months; limit 24 months", 「60か月（上限24か月）」) and the precise title of a partly met
/// <c>requires</c> rule ("An exclusion for independently developed information is missing; the
/// other 5 are in clause 2", 「除外事由のうち「独自に開発した情報」がない（他の5項目は第2条にある）」).
/// The English wording is the one the API has always given; element and place names come from
/// <see cref="ElementWords"/> and <see cref="PlaceWords"/>.
/// </summary>
public sealed class FindingWording
{
    /// <summary>Before the elements a <c>requires</c> detail lists as absent.</summary>
    public const string MissingMarker = "not found: ";

    /// <summary>Before the elements a <c>requires</c> detail lists as read only uncertainly.</summary>
    public const string UnsureMarker = "unsure: ";

    /// <summary><see cref="MissingMarker"/> in Japanese (the pane's 「欠けている事項」).</summary>
    public const string MissingMarkerJa = "欠けている事項：";

    /// <summary><see cref="UnsureMarker"/> in Japanese (the pane's 「判断できない事項」).</summary>
    public const string UnsureMarkerJa = "判断できない事項：";

    /// <summary>
    /// True when a finding's detail lists what was not found (in either language), rather than a
    /// measure ("60 months; limit 24 months"): such a detail reads "Missing: …", never "Found: …".
    /// </summary>
    public static bool ListsMissing(string? detail) =>
        detail is not null && (detail.TrimStart().StartsWith(MissingMarker, StringComparison.Ordinal) || detail.TrimStart().StartsWith(MissingMarkerJa, StringComparison.Ordinal));

    /// <summary>At most this many missing items are named in a title; the rest are counted.</summary>
    public const int MaxNamedInTitle = 3;

    private FindingWording(string language) => Language = language;

    /// <summary>English wording.</summary>
    public static FindingWording English { get; } = new(ContractLanguages.English);

    /// <summary>Japanese wording.</summary>
    public static FindingWording Japanese { get; } = new(ContractLanguages.Japanese);

    /// <summary>The wording for <paramref name="language"/> (ja: Japanese; anything else: English).</summary>
    public static FindingWording For(string? language) => ReaderWords.IsJapanese(language) ? Japanese : English;

    /// <summary>en or ja.</summary>
    public string Language { get; }

    private bool Ja => ReferenceEquals(this, Japanese);

    /// <summary>A required clause the classifier came close on.</summary>
    public string ClassifierUnsure => Ja
        ? "この条項が該当するか、分類モデルが判断できなかった"
        : "the classifier was unsure whether this clause covers it";

    /// <summary>
    /// What a <c>requires</c> rule did not find and what it found only uncertainly (with what made it
    /// uncertain), and what the contract refers to instead: "not found: A; B; unsure: C (unrecognised
    /// list item); but the contract refers to D".
    /// </summary>
    public string Requires(IReadOnlyList<string> absent, IReadOnlyList<(string Item, string? Seen)> unsure, string? elsewhere = null)
    {
        var separator = Ja ? "；" : "; ";
        var unsureText = unsure.Count == 0
            ? ""
            : (Ja ? UnsureMarkerJa : UnsureMarker) + string.Join(separator, unsure.Select(u => Ja
                ? $"{ElementWords.Describe(u.Item, Language)}（{SeenJa(u.Seen)}）"
                : $"{ElementWords.Describe(u.Item)} ({u.Seen ?? "a sentence reads like it"})"));
        if (absent.Count == 0)
        {
            return unsureText;
        }

        var text = (Ja ? MissingMarkerJa : MissingMarker) + string.Join(separator, absent.Select(item => ElementWords.Describe(item, Language)))
            + (unsureText.Length == 0 ? "" : separator + unsureText);
        return elsewhere is null
            ? text
            : Ja ? $"{text}{separator}ただし、{ElementWords.Describe(elsewhere, Language)}への言及がある" : $"{text}; but the contract refers to {ElementWords.Describe(elsewhere)}";
    }

    // The extractors' English notes on an uncertain element.
    private static string SeenJa(string? seen) => seen switch
    {
        null => "該当しそうな文がある",
        "unrecognised list item" => "内容を判別できない列挙項目がある",
        "an item the patterns read as another exclusion" => "別の除外事由と読める列挙項目がそれらしく読める",
        DetectedElements.UnreadTriggerNote => "依頼以外のきっかけによる返還の定めがあり、その意味を判別できない",
        _ => seen,
    };

    /// <summary>
    /// When the contract has some of what a rule asks for: a title naming what is missing (up to
    /// <see cref="MaxNamedInTitle"/>, then how many more) and where the rest is. Null (the rule's own
    /// title) when nothing asked for is there, or less than is missing.
    /// </summary>
    /// <param name="absent">The items missing outright.</param>
    /// <param name="there">How many items the contract has.</param>
    /// <param name="uncertain">True when some items are read only uncertainly: "3 others", not "the other 3".</param>
    /// <param name="focus">The clause that holds most of the rest.</param>
    public string? PartialTitle(IReadOnlyList<string> absent, int there, bool uncertain, AnalyzedClause focus)
    {
        // With most of it missing the rule's own title is the true one ("Standard exclusions are
        // missing"); the detail lists each.
        if (there == 0 || absent.Count == 0 || absent.Count > there)
        {
            return null;
        }

        var more = Math.Max(0, absent.Count - MaxNamedInTitle);
        var named = absent.Take(MaxNamedInTitle).ToList();
        var exclusions = absent.All(ElementWords.IsExclusion);
        return Ja ? PartialTitleJa(named, more, exclusions, there, uncertain, focus) : PartialTitleEn(named, more, exclusions, there, uncertain, focus);
    }

    /// <summary>
    /// When nothing is missing outright but some items are read only uncertainly: a title that asks the
    /// reader to check them rather than one that says they are missing ("Check whether there is an
    /// exclusion for information received from a third party …; the other 4 are in clause 2", or,
    /// when the rule asks for nothing else, "Check whether there is return or destruction when the
    /// agreement or the discussions end"): the rule's own title is a claim the analysis did not make.
    /// Null (the rule's own title) when nothing is unsure.
    /// </summary>
    public string? UnsureTitle(IReadOnlyList<string> unsure, int there, AnalyzedClause focus)
    {
        if (unsure.Count == 0)
        {
            return null;
        }

        var named = unsure.Take(MaxNamedInTitle).ToList();
        var more = unsure.Count - named.Count;
        // The compelled-disclosure carve-out sits in the exclusions list: "exclusions for A, B and 3
        // others" still reads right when one of the others is the carve-out.
        var exclusions = unsure.Any(ElementWords.IsExclusion) && unsure.All(x => ElementWords.IsExclusion(x) || x == FactNames.CompelledDisclosure);
        var n = there.ToString(CultureInfo.InvariantCulture);
        if (Ja)
        {
            var list = string.Join("、", NamesJa(named, exclusions)) + (more > 0 ? $"ほか{more}項目" : "");
            var check = $"{(exclusions ? "除外事由のうち" : "")}{list}が定められているか確認が必要";
            return there == 0 ? check : $"{check}（他の{n}項目は{WhereJa(focus)}にある）";
        }

        var listed = JoinEn(named.Select(x => exclusions && unsure.Count > 1 && ElementWords.IsExclusion(x) ? ElementWords.Excluded(x) : ElementWords.Describe(x)), Others(more));
        var what = exclusions && unsure.Count > 1 ? $"there are exclusions for {listed}" : $"there is {listed}";
        var where = WhereEn(focus);
        return there switch
        {
            0 => $"Check whether {what}",
            1 => $"Check whether {what}; the other one is in {where}",
            _ => $"Check whether {what}; the other {n} are in {where}",
        };
    }

    private static string PartialTitleEn(List<string> named, int more, bool exclusions, int there, bool uncertain, AnalyzedClause focus)
    {
        var count = named.Count + more;
        var others = Others(more);
        // "Exclusions for independently developed information and information received from a third
        // party are missing" reads better than the same "an exclusion for" twice.
        var what = exclusions && count > 1
            ? "Exclusions for " + JoinEn(named.Select(n => ElementWords.Excluded(n)), others)
            : Capitalise(JoinEn(named.Select(n => ElementWords.Describe(n)), others));
        var where = WhereEn(focus);
        var verb = count == 1 ? "is" : "are";
        var n = there.ToString(CultureInfo.InvariantCulture);
        // Items read only uncertainly are neither missing nor there: then "3 others", not "the other 3".
        var rest = (there == 1, uncertain) switch
        {
            (true, false) => $"the other one is in {where}",
            (false, false) => $"the other {n} are in {where}",
            (true, true) => $"one other is in {where}",
            (false, true) => $"{n} others are in {where}",
        };
        return $"{what} {verb} missing; {rest}";
    }

    // "1 other", "3 others"; null for none.
    private static string? Others(int more) =>
        more == 0 ? null : more == 1 ? "1 other" : $"{more.ToString(CultureInfo.InvariantCulture)} others";

    // "A", "A and B", "A, B and 2 others".
    private static string JoinEn(IEnumerable<string> items, string? others)
    {
        var all = items.Concat(others is null ? [] : [others]).ToList();
        return all.Count == 1 ? all[0] : $"{string.Join(", ", all.Take(all.Count - 1))} and {all[^1]}";
    }

    // Where the rest is: "clause 2", the heading in quotes, or "the same clause".
    private static string WhereEn(AnalyzedClause focus) =>
        focus.Number is { } number ? $"clause {number}" : focus.Heading is { } heading ? $"\"{heading}\"" : "the same clause";

    private static string WhereJa(AnalyzedClause focus) =>
        focus.Number is not null ? JapaneseNumber(focus.Number) : focus.Heading is { } heading ? $"「{heading}」" : "同じ条項";

    // An exclusion by its short name in 「」, anything else described.
    private List<string> NamesJa(IEnumerable<string> named, bool exclusions) => exclusions
        ? [.. named.Select(n => $"「{ElementWords.Short(n, Language)}」")]
        : [.. named.Select(n => ElementWords.Describe(n, Language))];

    private string PartialTitleJa(List<string> named, int more, bool exclusions, int there, bool uncertain, AnalyzedClause focus)
    {
        var names = NamesJa(named, exclusions);
        var list = names.Count == 1 ? names[0] : names.Count == 2 && more == 0 ? $"{names[0]}と{names[1]}" : string.Join("、", names);
        if (more > 0)
        {
            list += $"ほか{more}項目";
        }

        var what = exclusions ? $"除外事由のうち{list}" : list;
        var where = WhereJa(focus);
        // 「他の5項目」 is the rest; 「ほかに3項目」 says three more are there without claiming they are all the rest.
        var rest = uncertain ? $"ほかに{there}項目が{where}にある" : $"他の{there}項目は{where}にある";
        return $"{what}がない（{rest}）";
    }

    /// <summary>
    /// The title of a required clause that may be there: "Check whether there is a confidentiality
    /// clause", 「秘密保持の条項があるか確認が必要」.
    /// </summary>
    public string UnsureRequiredTitle(string label)
    {
        if (Ja)
        {
            return $"{ReaderWords.Label(label, Language)}の条項があるか確認が必要";
        }

        var name = LabelInSentence(label);
        if (name.Length == 0)
        {
            return "Check whether there is such a clause";
        }

        var article = "aeiouAEIOU".Contains(name[0], StringComparison.Ordinal) ? "an" : "a";
        return $"Check whether there is {article} {name} clause";
    }

    // A label's name inside an English sentence: "confidentiality", but "IP ownership" keeps its capitals.
    private static string LabelInSentence(string label)
    {
        var name = ReaderWords.Label(label);
        return name.Length == 0 || (name.Length > 1 && char.IsUpper(name[1])) ? name : char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>
    /// The title of a limit finding that could not be measured: "Check how long the non-compete
    /// lasts", 「競業避止義務の期間の確認が必要」; where and what for territory and scope.
    /// </summary>
    public string UnsureLimitTitle(LimitedFact fact, string label)
    {
        if (Ja)
        {
            var thingJa = label switch
            {
                ClauseLabels.NonCompete => "競業避止義務",
                ClauseLabels.Confidentiality => "秘密保持義務",
                ClauseLabels.LicenseGrant => "ライセンス",
                _ => ReaderWords.Label(label, Language) + "の条項",
            };
            return fact switch
            {
                LimitedFact.Duration => $"{thingJa}の期間の確認が必要",
                LimitedFact.Territory => $"{thingJa}の地域的範囲の確認が必要",
                _ => $"{thingJa}の対象範囲の確認が必要",
            };
        }

        var thing = label switch
        {
            ClauseLabels.NonCompete => "the non-compete",
            ClauseLabels.Confidentiality => "the confidentiality obligation",
            ClauseLabels.LicenseGrant => "the licence",
            _ => $"the {LabelInSentence(label)} clause",
        };
        return fact switch
        {
            LimitedFact.Duration => $"Check how long {thing} lasts",
            LimitedFact.Territory => $"Check where {thing} applies",
            _ => $"Check what {thing} covers",
        };
    }

    /// <summary>A fact a limit rule needed that the clause does not state: "no duration stated".</summary>
    public string NoneStated(LimitedFact fact) => Ja
        ? fact switch
        {
            LimitedFact.Duration => "期間の定めなし",
            LimitedFact.Territory => "地域の定めなし",
            _ => "範囲の定めなし",
        }
        : $"no {WireName.Of(fact)} stated";

    /// <summary>An indefinite restriction: "indefinite; limit 24 months".</summary>
    public string Indefinite(int? maxMonths) => Ja ? $"無期限（{Bound(maxMonths)}）" : $"indefinite; {Bound(maxMonths)}";

    /// <summary>A duration over the limit that runs after the end: "60 months; limit 24 months".</summary>
    public string OverLimit(int months, int? maxMonths) => Ja
        ? $"{MonthsJa(months)}（{Bound(maxMonths)}）"
        : $"{months.ToString(CultureInfo.InvariantCulture)} months; {Bound(maxMonths)}";

    /// <summary>A duration over the limit with no anchor in the text.</summary>
    public string Unanchored(int months, int? maxMonths) => Ja
        ? $"{MonthsJa(months)}。契約締結時からか契約終了後からかが定められていない（{Bound(maxMonths)}）"
        : $"{months.ToString(CultureInfo.InvariantCulture)} months, not said to run from signing or from the end; {Bound(maxMonths)}";

    // The bound as the playbooks state it (「契約終了後最長24か月」), the measure as contracts do (「5年間」).
    private string Bound(int? maxMonths) => maxMonths is { } max
        ? Ja ? $"上限{max}か月" : $"limit {max.ToString(CultureInfo.InvariantCulture)} months"
        : Ja ? "無期限は認められない" : "no indefinite term";

    /// <summary>「18か月」, or whole years as a Japanese contract states them: 「5年」.</summary>
    private static string MonthsJa(int months) => months % 12 == 0 ? $"{months / 12}年" : $"{months}か月";

    /// <summary>The second reader (label evidence) found the label in one sentence: what it read (its score means nothing to a reader; the quote is what was relied on).</summary>
    public string LabelReadInSentence(string label, string quote) => Ja
        ? $"この一文が{ReaderWords.Label(label, Language)}を定めている：「{quote}」"
        : $"{ReaderWords.Label(label, Language)} is stated in this sentence: \"{quote}\"";

    /// <summary>No clause carries the label, but one sentence reads somewhat like it: a person should check.</summary>
    public string LabelPerhapsInSentence(string label, string quote) => Ja
        ? $"{ReaderWords.Label(label, Language)}の条項は見当たらないが、この一文が該当する可能性がある。確認してください：「{quote}」"
        : $"No clause is about {ReaderWords.Label(label, Language).ToLowerInvariant()}, but this sentence may be; please check: \"{quote}\"";

    /// <summary>A worldwide territory.</summary>
    public string Worldwide => Ja ? "全世界" : "worldwide";

    /// <summary>The words that widen a restriction: "scope: any business".</summary>
    public string Scope(string cue) => Ja ? $"範囲：{ScopeCueJa(cue)}" : $"scope: {cue.Replace('_', ' ')}";

    /// <summary>A restriction on competing business not tied to the joint work.</summary>
    public string CompetingScope => Ja
        ? "範囲：競合する事業（特定の製品や共同研究に限定されていない）"
        : "scope: competing business, not tied to named products or the joint work";

    private static string ScopeCueJa(string cue) => cue switch
    {
        "in_any_field" => "分野を問わない",
        "whether_or_not_related" => "関連の有無を問わない",
        "any_business_whatsoever" => "種類を問わずあらゆる事業",
        "directly_or_indirectly" => "直接または間接",
        "similar_or_competing" => "類似または競合する事業",
        "any_business" => "あらゆる事業",
        "any_product_or_service" => "あらゆる製品・サービス",
        "any_technology" => "あらゆる技術",
        "joint_work" => "共同研究・開発",
        "named_products" => "特定の製品",
        "field" => "対象分野",
        _ => cue.Replace('_', ' '),
    };

    /// <summary>An element a <c>forbids</c> rule found: "residuals" (残留情報条項).</summary>
    public string Forbidden(string element) => Ja ? ElementWords.Describe(element, Language) : element.Replace('_', ' ');

    /// <summary>Courts in another country than the law's: "law: Japan; courts: United States".</summary>
    public string LawAndCourts(IEnumerable<string> lawCountries, string courtCountry) => Ja
        ? $"準拠法：{string.Join("、", lawCountries.Select(c => PlaceWords.Law(c, Language)))}；裁判所：{PlaceWords.Place(courtCountry, Language)}"
        : $"law: {string.Join(", ", lawCountries)}; courts: {courtCountry}";

    /// <summary>The language version that prevails: "prevails: English" (優先する言語：英語).</summary>
    public string Prevails(string? language) => Ja ? $"優先する言語：{PlaceWords.Place(language ?? "", Language)}" : $"prevails: {language}";

    /// <summary>A second language version with no prevailing language.</summary>
    public string NoPrevailingLanguage => Ja ? "優先する言語の定めなし" : "no prevailing language";

    /// <summary>Text in two languages with no prevailing language.</summary>
    public string TwoLanguagesNoPrevailing => Ja
        ? "二つの言語で書かれているが、優先する言語の定めなし"
        : "text in two languages; no prevailing language";

    /// <summary>
    /// A clause number as a Japanese reader cites it: 第12条 as it is; "12" → 第12条; "12.1" →
    /// 第12条1項; "Section 7" → 第7条; anything else (an annex letter) as written.
    /// </summary>
    public static string JapaneseNumber(string number)
    {
        var n = number.Trim().TrimEnd('.', ':');
        if (n.StartsWith('第'))
        {
            return n;
        }

        foreach (var word in new[] { "Article", "Section", "Clause", "Art.", "Sec.", "§" })
        {
            if (n.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                n = n[word.Length..].Trim();
                break;
            }
        }

        var parts = n.Split('.');
        if (parts.Length is < 1 or > 3 || !parts.All(p => p.Length is > 0 and <= 4 && p.All(char.IsAsciiDigit)))
        {
            return number.Trim();
        }

        var text = $"第{parts[0]}条";
        if (parts.Length > 1)
        {
            text += $"{parts[1]}項";
        }

        if (parts.Length > 2)
        {
            text += $"{parts[2]}号";
        }

        return text;
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
