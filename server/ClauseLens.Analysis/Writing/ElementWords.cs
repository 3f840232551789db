using ClauseLens.Analysis.Extraction;

namespace ClauseLens.Analysis.Writing;

/// <summary>
/// The one table of what a fact or element is called where a person reads it (finding titles and
/// details, passed statements), in English and Japanese: "an exclusion for independently developed
/// information" (独自に開発した情報の除外). The API and the playbooks keep the ids
/// (<see cref="FactNames"/>); a test holds every id to an entry in both languages.
/// </summary>
public static class ElementWords
{
    /// <summary>
    /// One entry: the English description (with its article, as a finding detail lists it), a short
    /// English name for lists (null: the description without its article), the Japanese description
    /// (a noun phrase that reads before 「がない」) and a short Japanese name for lists (null: the same).
    /// </summary>
    private sealed record Words(string En, string? EnShort, string Ja, string? JaShort = null);

    private static readonly Dictionary<string, Words> Table = new(StringComparer.Ordinal)
    {
        [FactNames.Duration] = new("a duration", null, "期間"),
        [FactNames.Territory] = new("a territory", null, "地域"),
        [FactNames.Worldwide] = new("a worldwide territory", null, "全世界を対象とする地域"),
        [FactNames.Scope] = new("a scope", null, "範囲"),
        [FactNames.GoverningLaw] = new("a governing law", null, "準拠法"),
        [FactNames.Forum] = new("a forum", null, "紛争解決の場"),
        [FactNames.Court] = new("named courts", null, "合意管轄裁判所"),
        [FactNames.Arbitration] = new("arbitration", null, "仲裁"),

        [FactNames.ConfidentialDefinition] = new("a definition of confidential information", null, "秘密情報の定義"),
        [FactNames.ExclusionPublic] = new("an exclusion for information already public", "already public", "開示時に既に公知であった情報の除外", "開示時に既に公知であった情報"),
        [FactNames.ExclusionLaterPublic] = new("an exclusion for information that later becomes public without fault", "later public", "開示後に受領者の責めによらず公知となった情報の除外", "開示後に受領者の責めによらず公知となった情報"),
        [FactNames.ExclusionKnown] = new("an exclusion for information the recipient already knew", "already known", "開示時に既に受領者が保有していた情報の除外", "開示時に既に保有していた情報"),
        [FactNames.ExclusionIndependent] = new("an exclusion for independently developed information", "independently developed", "独自に開発した情報の除外", "独自に開発した情報"),
        [FactNames.ExclusionThirdParty] = new("an exclusion for information received from a third party without a duty of confidence", "received from a third party", "守秘義務を負わない第三者から適法に取得した情報の除外", "第三者から適法に取得した情報"),
        [FactNames.CompelledDisclosure] = new("a carve-out for disclosure compelled by law", "disclosure compelled by law", "法令等に基づく開示の例外", "法令等に基づく開示"),
        [FactNames.SeparateNda] = new("a separate confidentiality agreement", null, "別途の秘密保持契約"),
        [FactNames.ReturnOrDestroy] = new("return or destruction of materials", null, "資料の返還または廃棄の定め", "資料の返還・廃棄"),
        [FactNames.Residuals] = new("a residuals clause", null, "残留情報条項"),
        [FactNames.NeedToKnow] = new("disclosure on a need-to-know basis", null, "知る必要のある者に限った開示"),
        [FactNames.SegmentedAccess] = new("segmented access to information", null, "情報へのアクセスの限定（担当者の限定・分離管理）", "アクセスの限定"),
        [FactNames.PrototypesAndData] = new("handling of prototypes, samples and test data", null, "試作品・サンプル・試験データの取扱い"),
        [FactNames.MultiClient] = new("work for other clients on similar subjects", null, "同種の業務を他の顧客と行う場合の取扱い"),
        [FactNames.BackgroundIp] = new("background IP", null, "バックグラウンド知的財産"),
        [FactNames.BackgroundRetained] = new("background IP staying with its owner", null, "バックグラウンド知的財産が保有者に留保される旨"),
        [FactNames.ForegroundIp] = new("ownership of the project's results", null, "成果の帰属"),
        [FactNames.Improvements] = new("improvements and derivatives", null, "改良技術・派生物の取扱い"),
        [FactNames.JointOwnership] = new("joint ownership", null, "共有"),
        [FactNames.AssignsBackground] = new("an assignment of the other side's background IP", null, "相手方のバックグラウンド知的財産の譲渡"),
        [FactNames.AssignsImprovements] = new("an assignment of the licensee's improvements", null, "ライセンシーの改良技術の譲渡"),
        [FactNames.GrantBackExclusive] = new("an exclusive grant-back", null, "独占的なグラントバック"),
        [FactNames.GrantBackNonExclusive] = new("a non-exclusive grant-back", null, "非独占的なグラントバック"),
        [FactNames.LicenceExclusive] = new("an exclusive licence", null, "独占的ライセンス"),
        [FactNames.LicenceNonExclusive] = new("a non-exclusive licence", null, "非独占的ライセンス"),
        [FactNames.TermReference] = new("the licence term", null, "ライセンス期間"),
        [FactNames.Renewal] = new("renewal", null, "更新"),
        [FactNames.RoyaltyBasis] = new("how royalties are calculated", null, "ロイヤルティの算定方法"),
        [FactNames.RoyaltyRunning] = new("royalties that vary with sales", null, "売上に応じて変動するロイヤルティ"),
        [FactNames.Redacted] = new("redacted text", null, "黒塗りされた箇所"),
        [FactNames.Audit] = new("audit of books and records", null, "帳簿・記録の監査"),
        [FactNames.NoChallenge] = new("a no-challenge clause", null, "不争条項"),
        [FactNames.ResearchRestriction] = new("a restriction on the other side's own research", null, "相手方自身の研究開発の制限"),
        [FactNames.RestrictiveCovenant] = new("a covenant not to compete", null, "競業避止義務"),
        [FactNames.Survival] = new("survival after the agreement ends", null, "契約終了後の存続"),
        [FactNames.NoImpliedLicence] = new("no licence granted by disclosure", null, "開示によって権利を許諾しない旨"),
        [FactNames.NonCompeteCovenant] = new("a non-compete", null, "競業避止義務"),
        [FactNames.JointIpOwnership] = new("joint ownership of IP", null, "知的財産の共有"),
        [FactNames.Exclusivity] = new("exclusivity", null, "独占的取引"),
        [FactNames.NonSolicit] = new("a non-solicitation covenant", null, "勧誘・引抜きの禁止"),
        [FactNames.ChangeOfControl] = new("change of control", null, "支配権の変更"),
        [FactNames.AntiAssignment] = new("a restriction on assignment", null, "譲渡の制限"),
        [FactNames.IpAssignment] = new("an assignment of intellectual property", null, "知的財産の譲渡"),
        [FactNames.IpOwnershipStated] = new("a statement of who owns the intellectual property", null, "知的財産の帰属の定め"),
        [FactNames.LicenceGrant] = new("a licence grant", null, "ライセンスの許諾"),
        [FactNames.RegistrationMaintenance] = new("who keeps patents and registrations up", null, "特許等の権利維持の分担"),
        [FactNames.DisputeChannel] = new("consultation before formal disputes", null, "紛争前の協議手続"),
        [FactNames.Bilingual] = new("a second language version", null, "他の言語の版"),
        [FactNames.PrevailingLanguage] = new("which language version prevails", null, "優先する言語版"),
        [FactNames.ProceedingsLanguage] = new("the language of proceedings", null, "手続の言語"),
        [FactNames.CompelledDisclosureNotice] = new("notice to the discloser before a compelled disclosure", null, "法令に基づく開示の前の開示者への通知"),
        [FactNames.ReturnAtEnd] = new("return or destruction when the agreement or the discussions end", null, "契約または協議の終了時の返還または廃棄"),
    };

    /// <summary>True when <paramref name="name"/> has words in both languages.</summary>
    public static bool Has(string name) => Table.ContainsKey(name);

    /// <summary>
    /// The fact or element as a finding detail names it: "an exclusion for independently developed
    /// information" (独自に開発した情報の除外). Alternatives written "a|b" read "a or b" (「aまたはb」).
    /// </summary>
    public static string Describe(string name, string? language = null)
    {
        var ja = ReaderWords.IsJapanese(language);
        return string.Join(ja ? "または" : " or ", name.Split('|').Select(n => Table.TryGetValue(n, out var w) ? (ja ? w.Ja : w.En) : n.Replace('_', ' ')));
    }

    /// <summary>
    /// A short name for lists: "independently developed" (独自に開発した情報), "residuals clause"
    /// (残留情報条項): the description without its article when there is no shorter one.
    /// </summary>
    public static string Short(string name, string? language = null)
    {
        var ja = ReaderWords.IsJapanese(language);
        return string.Join(ja ? "または" : " or ", name.Split('|').Select(n => Table.TryGetValue(n, out var w)
            ? (ja ? w.JaShort ?? w.Ja : w.EnShort ?? Bare(w.En))
            : n.Replace('_', ' ')));
    }

    /// <summary>True for one of the standard exclusions from confidential information.</summary>
    public static bool IsExclusion(string name) => name.StartsWith("excl_", StringComparison.Ordinal);

    /// <summary>
    /// What an exclusion excludes, for a list under one heading: "independently developed
    /// information" (English: the description after "an exclusion for"; Japanese: the short name).
    /// </summary>
    public static string Excluded(string name, string? language = null)
    {
        if (ReaderWords.IsJapanese(language))
        {
            return Short(name, language);
        }

        const string Lead = "an exclusion for ";
        return string.Join(" or ", name.Split('|').Select(n => Describe(n) is var d && d.StartsWith(Lead, StringComparison.Ordinal) ? d[Lead.Length..] : d));
    }

    /// <summary>"an exclusive grant-back" → "exclusive grant-back", to read after "no".</summary>
    public static string Bare(string description)
    {
        foreach (var article in new[] { "an ", "a ", "the " })
        {
            if (description.StartsWith(article, StringComparison.Ordinal))
            {
                return description[article.Length..];
            }
        }

        return description;
    }
}
