using System.Text.RegularExpressions;

namespace ClauseLens.Analysis.Extraction;

/// <summary>
/// The NDA and collaboration elements as Japanese contracts word them: the METI/JPO model contracts'
/// own phrases (<see cref="Phrases"/>, read in the whole clause), and beyond them patterns read in one
/// unit of <see cref="JapaneseUnits"/> (a sentence or a list item), so an exclusions list is read
/// item by item and no pattern joins two items. Each alternative is a family of wordings (「開示の時点で
/// 公然と知られていた」「利用することなく…自ら開発した」「開示者以外の者から…入手した」「法令に従い開示が
/// 義務付けられる」「返却し」「必要な最小限度の役員」「終了後もその効力を失わない」…); each is held by
/// a phrasing in <c>JapanesePhrasings</c>, written for the tests, and a sentence sharing its words
/// that does not state it. Measured with <c>ja-elements-report</c> (models/ELEMENTS.md).
/// </summary>
internal static partial class JapaneseElements
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // A Japanese sentence's negative endings: "shall not", "cannot", "does not".
    private const string Forbidden = @"(?:てはならない|てはならず|ことはできない|ことができない|できないものとする|しないものとする|しない|行わない|禁止)";

    // One character of a Japanese sentence: "。" ends it except inside brackets ("（以下「役員等」という。）").
    private const string InSentence = @"(?:[^。]|。(?=[）)」]))";

    // The model contracts' own phrases (moved from ElementExtractor, where each English pattern ended in
    // them), read in the whole clause as they always were: one pattern per element.
    private static readonly (string Element, Regex Pattern)[] Phrases =
    [
        (FactNames.ConfidentialDefinition, Phrase(@"「?(?:秘密|機密|営業秘密|本件)情報(?:等)?」?とは|以下(?:総称して)?「(?:秘密|機密)情報(?:等)?」という")),
        (FactNames.ExclusionPublic, Phrase(@"(?:開示|受領)(?:等)?(?:を受けた|された|の)?(?:時点|際|時)(?:に|で)(?:おいて)?(?:既に|すでに)?公知|(?:既に|すでに)公知")),
        (FactNames.ExclusionLaterPublic, Phrase(@"公知となった|公知になった|公知となる")),
        (FactNames.ExclusionKnown, Phrase(@"(?:既に|すでに)(?:適法に|正当に|自ら|自己が)?(?:保有|知得|所有|保持|知って)|開示(?:を受ける|される|等される|の)前から(?:自ら)?(?:保有|知得|知って)")),
        (FactNames.ExclusionIndependent, Phrase(@"独自に(?:開発|取得|創出|知得|創作)")),
        (FactNames.ExclusionThirdParty, Phrase(@"第三者から.{0,30}?(?:取得|入手|開示|受領|提供)")),
        (FactNames.CompelledDisclosure, Phrase(@"法令(?:等)?(?:の定め|に基づき|により|上).{0,20}(?:開示|求め|要求)|裁判所.{0,12}命令|官公庁.{0,20}(?:要求|命令|要請)")),
        (FactNames.SeparateNda, Phrase(@"別途.{0,20}秘密保持契約|秘密保持契約(?:書)?(?:の定め|に定める|に従)")),
        (FactNames.ReturnOrDestroy, Phrase(@"返還(?:又は|または|もしくは|若しくは|し、)?.{0,10}(?:破棄|廃棄|消去)|(?:破棄|廃棄|消去)(?:又は|または|もしくは|若しくは|し、|および|及び)?[^。]{0,12}?返還|(?:秘密情報|資料|媒体|複製物|有体物|素材|書類)[^。]{0,60}?(?<!不)(?:返還|破棄|廃棄)(?:し|する|させ)")),
        (FactNames.Residuals, Phrase(@"残留情報")),
        (FactNames.NeedToKnow, Phrase(@"知る必要(?:の|が)(?:ある|あるもの)|必要最小限の(?:役員|従業員|者)|必要(?:な|最小限の)範囲" + InSentence + "{0,50}?(?:役員|従業員|社員)" + InSentence + "{0,60}?開示")),
        (FactNames.SegmentedAccess, Phrase(@"アクセス(?:制限|権限|管理)|分別(?:して)?(?:管理|保管)")),
        (FactNames.PrototypesAndData, Phrase(@"試作品|サンプル|試料|評価用|実験データ|素材等")),
        (FactNames.MultiClient, Phrase(@"他の(?:顧客|取引先|事業者)|第三者との(?:間で)?(?:共同|同種)")),
        (FactNames.BackgroundIp, Phrase(@"バックグラウンド(?:情報|知財|技術)?|既存(?:の)?(?:知的財産|技術|ノウハウ)")),
        (FactNames.ForegroundIp, Phrase(@"研究成果|開発成果|本成果|本発明|成果物")),
        (FactNames.Improvements, Phrase(@"改良(?:技術|発明)?|派生")),
        (FactNames.TermReference, Phrase(@"本契約の有効期間|有効期間中|契約期間中|契約の期間中")),
        (FactNames.Renewal, Phrase(@"自動(?:的に)?(?:更新|延長)|更新")),
        (FactNames.RoyaltyRunning, Phrase(@"正味販売|売上(?:高|額)の|ランニング・?ロイヤルティ|実施料率")),
        (FactNames.RoyaltyBasis, Phrase(@"正味販売|売上(?:高|額)の|ランニング・?ロイヤルティ|実施料率" + "|" + @"一時金|定額|マイルストーン|(?:した|する)時(?:点)?[：:][\s\u3000]*[●0-9０-９][●0-9０-９,，]*円")),
        (FactNames.Audit, Phrase(@"監査|帳簿(?:等)?の(?:閲覧|検査|調査)")),
        (FactNames.NoChallenge, Phrase(@"不争|有効性を争わない|無効審判(?:を)?請求(?:しない|してはならない)")),
        (FactNames.ResearchRestriction, Phrase(@"研究開発を(?:行っては|してはならない|禁止)|独自に研究開発.{0,10}(?:禁止|ならない|しない)")),
        (FactNames.Survival, Phrase(@"有効に存続|なお(?:その)?効力を有する|存続する|終了(?:後|した後)(?:においても|も)" + InSentence + "{0,100}?(?:有効に適用|適用される|効力を有)|終了した場合であっても" + InSentence + "{0,200}?(?:効力を有|有効に存続)")),
        (FactNames.RegistrationMaintenance, Phrase(@"(?:出願|維持|年金).{0,12}(?:手続|費用|管理)")),
        (FactNames.DisputeChannel, Phrase(@"誠実に協議|協議の上|協議により|協議して")),
        (FactNames.Bilingual, Phrase(@"(?:英文|英語|英語版)(?:及び|および|と)(?:和文|日本語|日本語版)|(?:和文|日本語|日本語版)(?:及び|および|と)(?:英文|英語|英語版)")),
    ];

    private static Regex Phrase(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | Options | RegexOptions.Compiled, TimeSpan.FromMilliseconds(RegexTimeouts.Milliseconds));

    private static readonly (string Element, Func<Regex> Pattern)[] UnitPatterns =
    [
        (FactNames.ConfidentialDefinition, Definition),
        (FactNames.ExclusionPublic, PublicAtDisclosure),
        (FactNames.ExclusionLaterPublic, PublicLater),
        (FactNames.ExclusionKnown, KnownBefore),
        (FactNames.ExclusionIndependent, Independent),
        (FactNames.ExclusionThirdParty, ThirdParty),
        (FactNames.CompelledDisclosure, Compelled),
        (FactNames.ReturnOrDestroy, Return),
        (FactNames.NeedToKnow, NeedToKnow),
        (FactNames.Survival, Survival),
        (FactNames.NoImpliedLicence, NoImpliedLicence),
        (FactNames.BackgroundRetained, BackgroundRetained),
        (FactNames.JointOwnership, JointOwnership),
        (FactNames.RoyaltyBasis, RoyaltyPerUnit),
        (FactNames.Audit, Audit),
        (FactNames.AntiAssignment, AntiAssignment),
        (FactNames.ChangeOfControl, ChangeOfControl),
        (FactNames.RestrictiveCovenant, Competing),
        (FactNames.Exclusivity, ExclusiveDealing),
        (FactNames.LicenceExclusive, ExclusiveLicence),
        (FactNames.NonSolicit, NonSolicit),
    ];

    /// <summary>The Japanese elements of one clause's <paramref name="text"/>; spans are offset by <paramref name="offset"/>.</summary>
    public static IEnumerable<ElementFact> Extract(string text, int offset)
    {
        if (!JapaneseUnits.HasJapanese(text))
        {
            yield break;
        }

        foreach (var (element, pattern) in Phrases)
        {
            foreach (Match m in pattern.Matches(text))
            {
                yield return new ElementFact(offset + m.Index, offset + m.Index + m.Length, element);
            }
        }

        // A list item under 「次の各号に掲げる行為をしてはならない」 is a prohibition without saying so.
        var prohibitingLeadIn = ProhibitingLeadIn().IsMatch(text);
        foreach (var (start, end) in JapaneseUnits.Split(text))
        {
            var unit = text[start..end];
            foreach (var (element, pattern) in UnitPatterns)
            {
                if (element == FactNames.RestrictiveCovenant && Lifted().IsMatch(unit))
                {
                    continue;
                }

                if (element == FactNames.NoImpliedLicence && !AboutDisclosure().IsMatch(unit))
                {
                    continue;
                }

                var m = pattern().Match(unit);
                if (m.Success)
                {
                    yield return new ElementFact(offset + start + m.Index, offset + start + m.Index + m.Length, element);
                }
            }

            if (prohibitingLeadIn && JapaneseUnits.IsListItem(unit) && AssignmentAct().Match(unit) is { Success: true } act)
            {
                yield return new ElementFact(offset + start + act.Index, offset + start + act.Index + act.Length, FactNames.AntiAssignment);
            }
        }
    }

    // 「（以下「本件秘密情報」という。）」「秘密情報とは」: a definition whatever the concept is prefixed with.
    [GeneratedRegex(@"以下(?:総称して)?「[^」]{0,12}(?:秘密|機密)情報[^」]{0,4}」(?:と)?いう|(?:秘密|機密)情報(?:等)?」?とは", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Definition();

    // 「開示の時点で公然と知られていた」「受領時において既に一般に入手可能であった」.
    [GeneratedRegex(@"(?:開示|受領)[^。後]{0,8}(?:時点|時|際)[^。後]{0,12}(?:公知|公然と知られ|公衆の知る|一般に(?:入手|利用)可能|一般に知られ)", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex PublicAtDisclosure();

    // 「開示を受けた後、受領者の過失によらずに刊行物その他により公開された」「開示後…公知になった」.
    [GeneratedRegex(@"(?:開示|受領)[^。]{0,10}後[^。]{0,40}(?:公知|公開|公表|刊行|公然と知られ|公衆の知るところ|一般に(?:入手|利用)可能|一般に知られる)(?:と|に|ように)?(?:なっ|され|なる|至っ)", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex PublicLater();

    // 「開示を受ける前から受領者が正当に保有していた情報」「既に受領者が保有していた情報」.
    [GeneratedRegex(@"(?:前から|以前から|既に|すでに)[^。]{0,20}(?:保有|知得|所持|所有)(?:して)?(?:い|お)(?:た|る)(?:情報|もの)(?![^。]{0,3}除)", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex KnownBefore();

    // 「秘密情報を利用することなく受領者が自ら開発した」「依拠せずに…単独で創作した」「独立して開発した」.
    [GeneratedRegex(@"(?:利用|使用|依拠|参照|アクセス)(?:する)?(?:こと)?(?:なく|せずに|せず|しないで)[^。]{0,30}?(?:開発|創作|創出|取得|生成|考案|作成)|独立して[^。]{0,10}(?:開発|創作|創出|取得)", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Independent();

    // 「第三者より守秘義務を負わずに入手した」「開示者以外の者から…正当に入手した」.
    [GeneratedRegex(@"第三者(?:から|より)[^。]{0,40}(?:取得|入手|開示|受領|提供|知得)|(?:権限|権原|権利)を有する(?:者|第三者)(?:から|より)[^。]{0,40}(?:取得|入手|開示|受領|提供|知得)|(?:開示者|相手方|甲|乙)以外の(?:者|第三者)(?:から|より)[^。]{0,40}(?:取得|入手|開示|受領|提供|知得)", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex ThirdParty();

    // 「法令に従い開示が義務付けられる」「行政機関又は司法機関から法的な開示要求を受けた」「法令または裁判所の命令により」.
    [GeneratedRegex(@"(?:法令|法律|規則|条例)[^。]{0,20}(?:により|に基づき|に基づいて|に従い|に従って|上)[^。]{0,12}(?:開示|提出|求め|要求|義務)|(?:開示|提出)[^。]{0,6}(?:義務付け|命じ)|(?:行政機関|司法機関|捜査機関|監督官庁|官公庁|証券取引所|金融商品取引所|裁判所)[^。]{0,30}(?:要求|要請|命令|命じ|求め)", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Compelled();

    // 「媒体を開示者に返却する」「資料を返却し、又は消去する」「引き渡し、または破棄する」 (返還・破棄 are ElementExtractor's).
    [GeneratedRegex(@"(?:秘密情報|資料|媒体|複製物|有体物|素材|書類|記録|物品)[^。]{0,60}?返却(?:し|する|させ)|(?:秘密情報|資料|媒体|複製物|記録)[^。]{0,30}(?:消去|削除)(?:し|する)|(?:返却|引き?渡し)(?:、)?(?:又は|または|もしくは|若しくは)?[^。]{0,10}(?:破棄|廃棄|消去|削除)", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Return();

    // 「必要な最小限度の役員及び従業員に限り」「本件の検討に直接従事する従業員に限って」.
    [GeneratedRegex(@"必要(?:な|とする)?最小限(?:度)?の[^。]{0,10}(?:役員|従業員|社員|者)|(?:直接|専ら)[^。]{0,10}(?:従事|関与|携わ|担当)[^。]{0,20}(?:役員|従業員|社員|者)[^。]{0,10}(?:に限|のみ)|(?:従事|関与|携わ|担当)[^。]{0,20}のうち[^。]{0,10}必要(?:な|とする)者に限", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex NeedToKnow();

    // 「本契約が終了した後も、第5条の規定はなお有効とする」「終了後もその効力を失わない」.
    [GeneratedRegex(@"(?:終了|満了|解除)(?:後|した後|の後|した場合)(?:も|においても|であっても)[^。]{0,60}(?:有効|効力を失わない|効力を有|存続|適用|継続)", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Survival();

    // 「いかなる権利の許諾を意味するものでもない」「実施を許諾するものと解釈してはならない」.
    [GeneratedRegex(@"(?:許諾|譲渡|移転|付与|実施権|ライセンス)[^。]{0,20}(?:ものでは?ない|ものでもない|を意味するものでは?ない|を意味するものでもない|と解釈(?:されて|して)はならない|と解してはならない|と解釈されない)", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex NoImpliedLicence();

    [GeneratedRegex(@"秘密情報|開示", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex AboutDisclosure();

    // 「各当事者が本契約締結前から保有する知的財産権は、引き続き当該当事者に帰属する」「…有していた…権利は、当該当事者に留保される」.
    [GeneratedRegex(@"(?:前|以前)から[^。]{0,30}(?:保有|有し|有す|所有)[^。]{0,60}(?:当事者|各自|その者)に(?:帰属|留保)", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex BackgroundRetained();

    // 「甲乙の共有とする」「甲及び乙に共同で帰属する」; not 「第三者と共有することはできない」.
    [GeneratedRegex(@"(?<!第三者と)共有(?:と(?:する|し|なる)|に(?:属|帰属|係る)|する|の(?:特許|知的財産|発明|権利))(?![^。]{0,12}(?:ことはできない|ことができない|てはならない|しない|禁))|共同(?:で|して)?(?:帰属|所有|保有)|共同出願", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex JointOwnership();

    // 「販売数量1個当たり100円のロイヤリティ」「締結日から1ヶ月以内に金●円」.
    [GeneratedRegex(@"以内に金[0-9０-９●][0-9０-９●,，]*(?:万|百万|億)?円|(?:売上|販売価格|販売額)[^。]{0,10}?[0-9０-９●][0-9０-９●.．]*\s*(?:パーセント|％|%)|(?:個|台|本|枚|単位|件)(?:当たり|あたり|につき)[^。]{0,20}(?:円|ドル|％|%)", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex RoyaltyPerUnit();

    // 「帳簿その他の記録を閲覧し、検査する」「公認会計士に乙の会計帳簿を調査させる」.
    [GeneratedRegex(@"帳簿[^。]{0,20}(?:閲覧|検査|調査|監査|謄写)|帳簿[^。]{0,10}(?:開示|提出)[^。]{0,10}(?:請求|求め|要求)|(?:会計|経理)(?:帳簿|書類|記録)[^。]{0,20}(?:調査|検査|閲覧)|(?:公認会計士|監査人)[^。]{0,30}(?:調査|検査|監査)", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Audit();

    // 「本契約上の地位または本契約に基づく権利義務を第三者に譲渡してはならない」「同意を得ずに…権利を他に移転…できない」.
    [GeneratedRegex(@"(?:契約上の地位|権利(?:又は|または|もしくは|若しくは|及び|および)?義務|本契約(?:に基づく|から生じる|上の)権利)[^。]{0,50}(?:譲渡|移転|承継|担保に供)[^。]{0,40}" + Forbidden, Options, RegexTimeouts.Milliseconds)]
    private static partial Regex AntiAssignment();

    // A list item of a prohibitions list: 「本契約に基づく権利を…第三者に譲渡、移転…すること」.
    [GeneratedRegex(@"(?:契約上の地位|本契約(?:に基づく|から生じる|上の)権利(?:義務)?)[^。]{0,30}(?:譲渡|移転|承継)", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex AssignmentAct();

    [GeneratedRegex(@"(?:各号|以下)[^。]{0,20}(?:行為|事項)を(?:し|行っ)てはならない", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex ProhibitingLeadIn();

    // 「支配権に変更が生じた」「株主構成に重大な変更」「合併により消滅し」.
    [GeneratedRegex(@"支配(?:権|関係)[^。]{0,20}(?:変更|異動|移転)|(?:株主|出資者)(?:構成|比率)?[^。]{0,10}(?:重大な)?(?:変更|異動)|合併[^。]{0,40}(?:解除|通知|承諾|同意)|(?:議決権|発行済株式)[^。]{0,20}(?:過半数|[0-9０-９]+\s*(?:%|％))[^。]{0,20}(?:取得|移転|譲渡)", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex ChangeOfControl();

    // 「甲と競合する製品を開発してはならない」「同種の製品を第三者と共同で開発しないものとする」.
    [GeneratedRegex(@"(?:競合|競業|同種|同一(?:又は|または|もしくは|若しくは)?類似|類似)(?:する|の)?[^。]{0,30}(?:製品|商品|事業|サービス|研究|開発|業務)[^。]{0,40}" + Forbidden, Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Competing();

    [GeneratedRegex(@"妨げない|制限するものではない|自由に", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Lifted();

    // 「独占的販売権」「本製品を乙以外の者に販売しない」.
    [GeneratedRegex(@"(?<!非)独占(?:的)?(?:な)?(?:販売|供給|取引|代理|仕入)|専売|一手販売|総代理店|(?:甲|乙|相手方)以外の(?:者|第三者)に(?:対し(?:て)?)?[^。]{0,20}(?:販売|供給|製造委託|卸)(?:してはならない|しないものとする|しない)", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex ExclusiveDealing();

    // 「独占的通常実施権を設定し、その後は非独占的…」: the exclusive period of a licence that later turns non-exclusive.
    [GeneratedRegex(@"(?<!非)独占的(?:な)?(?:通常|専用)?(?:実施権|使用権|利用権|ライセンス|許諾権)", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex ExclusiveLicence();

    // 「相手方の従業員を引き抜き、または勧誘してはならない」「役職員に対し雇用の勧誘を行わない」.
    [GeneratedRegex(@"(?:従業員|役職員|役員|社員|人材|技術者)[^。]{0,30}(?:引き抜|引抜|勧誘|雇用の申込)[^。]{0,20}" + Forbidden, Options, RegexTimeouts.Milliseconds)]
    private static partial Regex NonSolicit();
}
