using System.Globalization;
using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Writing;

namespace ClauseLens.Analysis.Briefs;

/// <summary>
/// The brief in Japanese: every word <see cref="BriefWording"/> prints, written as a Japanese
/// lawyer writes a negotiation memo (である調 for the memo, です・ます調 for what to say across the
/// table), not translated word for word. Labels, kinds, severities and contract types come from
/// <see cref="ReaderWords"/>, as on every other surface. A test holds this class to overriding
/// every virtual member of <see cref="BriefWording"/>, so no English heading is left in a Japanese brief.
/// </summary>
internal sealed class JapaneseBriefWording : BriefWording
{
    private const string StartupGuidelines = "公正取引委員会・経済産業省「スタートアップとの事業連携及びスタートアップへの出資に関する指針」";
    private const string ModelContracts = "経済産業省・特許庁「研究開発型スタートアップと事業会社のオープンイノベーション促進のためのモデル契約書ver1.0」";

    public override string Language => Context.ContractLanguages.Japanese;

    public override string Kicker => "交渉メモ";
    public override string NotInContract => "契約に定めなし";
    public override string WholeContract => "契約全体";
    public override string DealHeading => "取引の概要";
    public override string PartiesLabel => "当事者";
    public override string TypeLabel => "契約の種類";
    public override string LawLabel => "準拠法";
    public override string ForumLabel => "紛争解決";
    public override string AskLabel => "要望";
    public override string FallbackLabel => "代替案";
    public override string AtStakeLabel => "リスク";
    public override string RaiseLabel => "伝え方";
    public override string InContractLabel => "契約の文言";
    public override string DetailHeading => "各論点の詳細";
    public override string SourceLabel => "出典";
    public override string FallbackRestLabel => "代替案（続き）";
    public override string OtherFindingsHeading => "その他の指摘事項（分野別）";
    public override string NoOtherFindings => "ほかに交渉すべき事項は見当たらなかった。";
    public override string InPlaceHeading => "手当て済みの事項";
    public override string NothingInPlace => "すべての要件を満たしたチェック項目はなかった。";
    public override string QuestionsHeading => "署名前に確認すべき事項";
    public override string NoQuestions => "なし。すべてのチェックについて判断でき、取引の基本事項も確認できた。";
    public override string GuidanceHeading => "日本の中小企業との交渉の進め方";
    public override string AfterSigningHeading => "契約締結後の管理事項";
    public override string NoTopPoints => "重要度が中以上の論点は見当たらなかった。すべての指摘事項は以下の詳細に記載している。";
    public override string[] FindingColumns => ["重要度", "指摘事項", "要望", "該当箇所"];

    public override string Disclaimer => "本メモはソフトウェアが作成した判断材料であり、法的助言ではない。署名前に、弁護士による契約書の確認を受けること。";
    public override string NotStated => "記載なし";

    public override string Colon => "\uff1a";
    public override string Stop => "\u3002";
    public override string Quoted(string quote) => $"\u300c{quote}\u300d";
    public override string Parenthesised(string text) => $"\uff08{text}\uff09";
    public override string ListSeparator => "\u3001";
    public override string ItemSeparator => "\uff0f";

    public override string TopPointsHeading(int count) => count switch
    {
        0 => "重要な論点",
        1 => "最も重要な論点",
        _ => $"特に重要な{N(count)}つの論点",
    };

    public override string PointLine(BriefGap gap) => $"{gap.Topic}\uff0f{KindWord(gap.Kind)}\uff0f{gap.Where.Reference}";

    public override string DetailTitle(BriefGap gap) => $"論点{N(gap.Rank)}\uff1a{gap.Topic}\uff0f{gap.Where.Reference}";

    public override string PointTitle(BriefGap gap) => $"{N(gap.Rank)}. {gap.Title}\uff08重要度\uff1a{SeverityWord(gap.Severity)}\uff09";

    public override string PartiesLine(BriefDeal deal) => deal.Parties.Count == 0
        ? NotStated
        : string.Join("\u3001", deal.Parties.Select((p, i) => i < deal.PartyHomes.Count && deal.PartyHomes[i] is { } home ? $"{p}\uff08{Place(home)}\uff09" : p));

    // The places the extractor names most often; any other keeps its English name.
    private static readonly Dictionary<string, string> Places = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Japan"] = "日本", ["United States"] = "米国", ["New York"] = "ニューヨーク州", ["California"] = "カリフォルニア州",
        ["Delaware"] = "デラウェア州", ["Texas"] = "テキサス州", ["Illinois"] = "イリノイ州", ["Massachusetts"] = "マサチューセッツ州",
        ["Washington"] = "ワシントン州", ["Singapore"] = "シンガポール", ["Hong Kong"] = "香港", ["China"] = "中国",
        ["Korea"] = "韓国", ["Taiwan"] = "台湾", ["Germany"] = "ドイツ", ["France"] = "フランス", ["Switzerland"] = "スイス",
        ["Netherlands"] = "オランダ", ["Sweden"] = "スウェーデン", ["India"] = "インド", ["Canada"] = "カナダ",
        ["Australia"] = "オーストラリア", ["Israel"] = "イスラエル", ["Ireland"] = "アイルランド", ["Italy"] = "イタリア",
        ["Spain"] = "スペイン", ["Thailand"] = "タイ", ["Vietnam"] = "ベトナム", ["Malaysia"] = "マレーシア",
        ["Indonesia"] = "インドネシア", ["England and Wales"] = "イングランドおよびウェールズ", ["United Kingdom"] = "英国",
        ["Scotland"] = "スコットランド", ["Tokyo"] = "東京", ["Osaka"] = "大阪", ["Nagoya"] = "名古屋", ["Kyoto"] = "京都",
        ["Yokohama"] = "横浜", ["Fukuoka"] = "福岡", ["Kobe"] = "神戸", ["Sapporo"] = "札幌", ["London"] = "ロンドン",
        ["Paris"] = "パリ", ["Geneva"] = "ジュネーブ", ["Zurich"] = "チューリッヒ", ["Seoul"] = "ソウル", ["Beijing"] = "北京",
        ["Shanghai"] = "上海", ["Taipei"] = "台北",
    };

    public override string Place(string place)
    {
        var written = place.Trim().TrimEnd('.', ',');
        return Places.TryGetValue(written, out var ja) ? ja
            // "the State of Delaware" is Delaware.
            : Extraction.Places.Resolve(written) is { } resolved && Places.TryGetValue(resolved.Jurisdiction, out ja) ? ja
            : place;
    }

    public override string Law(string jurisdiction, string? country) =>
        jurisdiction == country || string.IsNullOrWhiteSpace(country) ? $"{jurisdiction}法" : $"{jurisdiction}法\uff08{country}\uff09";

    public override string Forum(ForumFact forum)
    {
        var exclusivity = forum.Exclusive switch { true => "\uff08専属的\uff09", false => "\uff08非専属的\uff09", null => "" };
        if (forum.Kind == ForumKind.Arbitration)
        {
            return "仲裁" + (forum.Name is { Length: > 0 } n ? $"\uff08{n}\uff09" : "")
                + (forum.Place is { Length: > 0 } p ? $"\u3001仲裁地\uff1a{Place(p)}" : "") + exclusivity;
        }

        // The extractor names Japanese courts in English ("Tokyo District Court", "Japanese district court").
        var court = forum.Name switch
        {
            null or "" => "裁判所",
            "Japanese district court" => "日本の地方裁判所",
            var name when name.EndsWith(" District Court", StringComparison.Ordinal) => Place(name[..^" District Court".Length]) + "地方裁判所",
            var name => name,
        };
        return (forum.Place is { Length: > 0 } place && !(forum.Name ?? "").Contains(place, StringComparison.Ordinal) && !court.Contains(Place(place), StringComparison.Ordinal)
            ? $"{Place(place)}の{court}" : court) + exclusivity;
    }

    public override string AgreementType(string type, bool inferred)
    {
        var ja = type switch
        {
            "Joint research and development agreement" => "共同研究開発契約",
            "Joint development agreement" => "共同開発契約",
            "Joint research agreement" => "共同研究契約",
            "Licence agreement" => "ライセンス契約",
            "Non-disclosure agreement" => "秘密保持契約",
            "Joint venture agreement" => "合弁契約",
            "Collaboration agreement" => "協業契約",
            "Development agreement" => "開発契約",
            "Research agreement" => "研究契約",
            "Supply agreement" => "供給契約",
            "Distribution agreement" => "販売店契約",
            "Services agreement" => "業務委託契約",
            "Manufacturing agreement" => "製造委託契約",
            "Reseller agreement" => "再販売契約",
            "Franchise agreement" => "フランチャイズ契約",
            "Outsourcing agreement" => "業務委託契約",
            "Hosting agreement" => "ホスティング契約",
            "Maintenance agreement" => "保守契約",
            "Sponsorship agreement" => "スポンサー契約",
            "Endorsement agreement" => "エンドースメント契約",
            "Co-branding agreement" => "共同ブランド契約",
            "Strategic alliance agreement" => "戦略的提携契約",
            "Marketing agreement" => "マーケティング契約",
            "Promotion agreement" => "販売促進契約",
            "Consulting agreement" => "コンサルティング契約",
            "Agency agreement" => "代理店契約",
            "Transportation agreement" => "運送契約",
            "Affiliate agreement" => "アフィリエイト契約",
            _ => type,
        };
        return inferred ? ja + "\uff08条項の内容からの推定\uff09" : ja;
    }

    public override string TopicName(string topic) => topic switch
    {
        BriefTopics.Ownership => "成果・改良の帰属",
        BriefTopics.Licence => "ライセンスと対価",
        BriefTopics.Confidentiality => "秘密保持と技術流出",
        BriefTopics.NonCompete => "競業避止",
        BriefTopics.LawAndDisputes => "準拠法と紛争解決",
        BriefTopics.AfterProject => "プロジェクト終了後",
        _ => "その他の条件",
    };

    public override string DefaultTalkingPoint(string topic) => topic switch
    {
        BriefTopics.Ownership => "御社のノウハウは御社のものであり、今後も変わりません。契約にもそのことをはっきり書き、共同で生み出すものの扱いも同じように明確にしておきたいと考えています。",
        BriefTopics.Licence => "ライセンスの条件を明確にしておくことは通常の実務であり、双方が計画を立てやすくなり、後日の行き違いも防げます。",
        BriefTopics.Confidentiality => "こうした管理は通常の実務であり、双方のノウハウを等しく守るためのものです。",
        BriefTopics.NonCompete => "御社の事業が今後も伸びていくことを望んでいます。制限を設けるとしても、共同で開発するものに限りたいと考えています。",
        BriefTopics.LawAndDisputes => "万一意見が食い違った場合でも、まずは当事者同士で話し合いたいと考えています。正式な紛争解決手続はあくまで最後の手段です。",
        BriefTopics.AfterProject => "終了時の扱いを今のうちに決めておくのはごく通常の手順で、後になって双方の担当者が困らずに済みます。",
        _ => "双方にとってうまく機能する契約とするため、通常の実務としてこの点を確認させてください。",
    };

    public override string WithDetail(string explanation, string detail) =>
        $"{explanation}\uff08検出内容\uff1a{detail.Trim().TrimEnd('.', '\u3002')}\uff09";

    public override string ClauseReference(AnalyzedClause clause)
    {
        var number = string.IsNullOrWhiteSpace(clause.Number) ? null : clause.Number.Trim();
        var heading = string.IsNullOrWhiteSpace(clause.Heading) ? null : Shorten(clause.Heading, 60).Trim('\uff08', '\uff09', '(', ')');
        var numbered = number switch
        {
            null => null,
            _ when number.Contains('\u6761') || number.StartsWith('\u7b2c') => number,
            _ when number.TrimEnd('.').All(c => char.IsAsciiDigit(c) || c == '.') => $"第{number.TrimEnd('.')}条",
            _ => $"{number}項",
        };
        return (numbered, heading, clause.Kind) switch
        {
            (not null, not null, _) => $"{numbered}\uff08{heading}\uff09",
            (not null, null, _) => numbered,
            (null, _, Segmentation.ClauseKind.Recitals) => "前文",
            (null, not null, _) => $"\u300c{heading}\u300dの条項",
            (null, null, Segmentation.ClauseKind.Preamble) => "前文",
            _ => $"条項{clause.Id}",
        };
    }

    public override string Months(int months) =>
        months % 12 == 0 ? $"{N(months / 12)}年" : $"{N(months)}か月";

    public override string AreaTitle(BriefChecklistArea area) => area switch
    {
        BriefChecklistArea.AuditsAndCheckIns => "監査と定期確認",
        BriefChecklistArea.Registrations => "維持すべき登録",
        BriefChecklistArea.Survival => "終了後も存続する義務とその期間",
        _ => "試作品と共有データ",
    };

    public override string Produced(BriefProvenance p) =>
        $"プレイブック\u300c{p.PlaybookName}\u300d\uff08{p.PlaybookId}\u3001バージョン{p.PlaybookVersion}\uff09およびモデル{p.ModelVersion}により作成。";

    // --- Negotiation guidance --------------------------------------------------------------------

    private static readonly IReadOnlyList<BriefGuidance> JapaneseGuidance =
    [
        new("修正案を送る前に協議する",
            "修正履歴付きの契約書案をいきなり送るのではなく、まず論点を短い一覧にまとめて打合せで説明し、協議で合意した内容を反映してから修正案を送る。予告なく届く赤字は不信の表れと受け取られやすい。また、事前に相談を受けていない先方の担当者は、その修正を社内で説明し、守ることができない。",
            $"{StartupGuidelines}\uff08契約条件の説明と協議\uff09\u3001{ModelContracts}\uff08逐条解説\uff09"),
        new("相手の面子を保ちながら論点を示す",
            "要望は、先方の案の欠陥を指摘する形ではなく、公表された基準（経済産業省・特許庁のモデル契約書）や自社の社内規程を根拠として示す。先方の文言を削るだけでなく代わりの文言を提案し、代替案もこちらから示す。折り合わない論点は、先方の経営層の前で押し通そうとせず、実務担当者同士の別の打合せに移す。",
            $"{ModelContracts}\uff08逐条解説\uff09\u3001{StartupGuidelines}"),
        new("先方の専門家が検討する時間を確保する",
            "中小企業は、弁理士や外部の弁護士に契約書の確認を依頼することが多い。十分な検討期間を設け、その旨をこちらから伝える。優越的な立場にある当事者が一方的な知的財産条項を押し付けることは優越的地位の濫用に当たり得るため、均衡のとれた契約案は自社を守ることにもなる。",
            $"{StartupGuidelines}\uff08優越的地位の濫用\uff09"),
        new("今決められない事項には協議条項を使う",
            "誠実協議条項は、将来の製品の取引条件、特許の出願・維持費用、契約終了時の扱いなど、現時点では決めきれない事項に向いており、仲裁や訴訟の前段階の手続としても役立つ。一方、成果の帰属、独占性、ライセンス、解除を決める代わりにはならない。これらを「別途協議」に委ねると、結局は交渉力の強い側の意向どおりになりやすい。",
            $"{ModelContracts}\u3001共同研究開発契約書\uff08成果の帰属と協議に関する解説\uff09"),
        new("日本語の資料を用意しておく",
            "論点ごとに要望、理由、提案文言を記載した1枚の論点表を、日本語と英語で用意する。代替案の条項の訳文、いずれの言語版を正本とするかの定め、通訳または日英両語に対応できる弁護士の同席も準備する。打合せのたびに議事録を送り、合意した内容を双方で確認する。",
            $"{ModelContracts}\uff08日本語版および英語版\uff09\u3001{StartupGuidelines}"),
    ];

    public override IReadOnlyList<BriefGuidance> Guidance => JapaneseGuidance;

    public override string AsymmetrySource => "ClauseLens 取引条件チェック\u3001" + StartupGuidelines;

    public override (string Title, string AtStake, string Ask, string Fallback, string Say) HomeCourt(string party, string place, bool lawAndForum) => (
        lawAndForum ? $"準拠法と紛争解決地がいずれも{party}の本拠地（{place}）にある" : $"準拠法が{party}の本拠地の法（{place}法）である",
        $"{party}は地元で争える。自らの弁護士がその法と手続に通じている一方、相手方はそれを調べる費用を負い、審理のたびに出向かなければならない。",
        "中立的な準拠法と紛争解決地とするか、国際的な仲裁規則（ICCまたはSIAC）に基づき第三国を仲裁地とする仲裁とする。",
        "準拠法は維持したうえで、仲裁地を第三国とする（アジアではSIAC規則によるシンガポールでの仲裁が一般的である）。仲裁は英語で行い、仲裁人は1名とする。",
        "どちらも一から調べる必要のない紛争解決地にしたいと考えています。国をまたぐ協業では中立的な仲裁地が一般的で、どちらにも余計な負担は生じません。");

    public override (string Title, string AtStake, string Ask, string Fallback, string Say) OneWayTermination(string party, bool atWill) => (
        atWill ? $"{party}だけが任意に解除できる" : $"{party}だけが解除権を持つ",
        $"{party}は通知ひとつで離脱できるが、相手方はプロジェクトに投資した後も契約に拘束され続ける。",
        "解除権を双方に認めるか、解除権を行使する場合には実施済みの作業の対価と支出が確定した費用を支払うものとする。",
        $"{party}が理由なく本契約を解除する場合、{party}は、解除時までに実施された業務の対価を支払い、支出が確定した費用を償還し、受領した成果物を返還し又は相手方に実施を許諾する。",
        "このプロジェクトには双方が投資しています。どちらが行使する場合でも、終了時の条件がそのことを反映したものであってほしいと考えています。");

    public override (string Title, string AtStake, string Ask, string Fallback, string Say) PerpetualLicence(bool perpetual, bool irrevocable) => (
        $"{(perpetual && irrevocable ? "永久かつ取消不能" : perpetual ? "期限のない" : "取消不能")}のライセンスが許諾されている",
        "期限がなく取り消すこともできないライセンスは、契約違反、プロジェクトの失敗、支配権の変更があっても存続し、後から見直すこともできない。",
        "ライセンスを本プロジェクトの対象分野と契約期間に限定するか、契約違反や対価の不払いがあれば取り消せるものとする。",
        "本ライセンスは対象分野に限り許諾され、契約期間満了後は、契約期間中に上市された製品についてのみ、所定の対価の支払いを条件として存続する。",
        "プロジェクトに必要な範囲に合わせたライセンスであれば、双方とも社内の承認を得やすくなります。");

    public override (string Title, string AtStake, string Ask, string Fallback, string Say) ResearchRestriction() => (
        "当事者の独自の研究開発が制限されている",
        "当事者の独自の研究や第三者との研究を禁じることは、その事業の中核を縛ることになる。公正取引委員会の考え方では、このような制限は原則として不公正な取引方法に該当するおそれが強い。",
        "制限を削除するか、相手方の秘密情報を用いる場合に限定する。",
        "本契約のいかなる規定も、相手方の秘密情報を使用しない限り、各当事者が独自に研究開発を行うことを制限するものではない。",
        "双方とも自社の技術開発を続けていく必要があります。守るべきは御社の情報であり、それは秘密保持条項ですでに手当てされています。");

    public override (string Title, string AtStake, string Ask, string Fallback, string Say) OneSidedCap(string party) => (
        $"{party}の責任にだけ上限がある",
        $"{party}の負う責任には上限があるが、相手方の責任には上限がないため、一件の請求で取引全体の価値を上回る負担を負いかねない。",
        "同じ水準の責任上限を双方に設け、通常の例外（秘密保持義務違反、故意・重過失）も双方に同じく適用する。",
        "各当事者が本契約に関して負う損害賠償責任の総額は、請求の原因が生じた日の前12か月間に本契約に基づき支払われた又は支払われるべき金額を上限とする。",
        "双方に同じ上限を設けることをご提案します。相互的な責任上限は一般的で、双方の取締役会も承認しやすくなります。");

    public override string LabelName(string label) => ReaderWords.Label(label, Language);

    public override string PassedLine(string name, string? value, string? where, int checks)
    {
        var count = checks > 1 ? $"\uff0f{N(checks)}項目を充足" : "";
        return (value, where) switch
        {
            (not null, not null) => $"{name}\uff1a{value}\uff08{where}\uff09{count}",
            (null, not null) => $"{name}\uff1a{where}{count}",
            _ => $"{name}\uff1a契約に定めなし（プレイブックの想定どおり）{count}",
        };
    }

    // --- Questions and the after-signing checklist ------------------------------------------------

    public override (string Question, string Why) PartiesQuestion => ("契約当事者は正確には誰か。",
        "前文から二当事者を明確に特定できない。正式名称と、どのグループ会社が契約に拘束されるかを確認する。");

    public override (string Question, string Why) LawQuestion => ("準拠法はどこの法か。",
        "準拠法の定めが見当たらない。定めがなければ、各当事者が自国の法が適用されると考えるおそれがある。");

    public override (string Question, string Why) ForumQuestion => ("紛争はどこで、どのように解決するか。",
        "裁判管轄や仲裁の定めが見当たらない。まず協議を経ることと、中立的な最終の紛争解決機関を合意する。");

    public override string UnsureQuestion(string topic, string? reference) => reference is null
        ? $"契約の他の箇所で\u300c{topic}\u300dについて定めているか。"
        : $"{reference}は\u300c{topic}\u300dについて何を定めているか。";

    public override string UnsureWhy(IReadOnlyList<string> titles) =>
        $"次のチェックは条文から判断できなかったため、担当者が条文を読んで確認する必要がある：{string.Concat(titles.Select(t => $"\u300c{t}\u300d"))}。";

    public override string AuditAction(int? keepForMonths) =>
        "この条項に基づく監査・調査に備えて帳簿と記録を整え、報告と支払いの定期確認を予定に組み込む"
        + (keepForMonths is { } m ? $"。記録は{Months(m)}間保存する。" : "。");

    public override string RenewalAction(RenewalKind kind, int? termMonths, string? notice)
    {
        var period = termMonths is { } m and > 0 ? $"{Months(m)}ずつ" : "";

        // The notice is quoted from the contract: an English one is set off in brackets.
        notice = notice is not null && notice.Any(char.IsAsciiLetter) ? $"「{notice}」" : notice;
        return (kind, termMonths, notice) switch
        {
            (RenewalKind.Option, _, { } n) => $"当事者は本契約を{period}更新・延長できる。その通知期限（{n}）を予定に組み込み、期限までに更新するか判断する。",
            (RenewalKind.Option, _, null) => $"当事者は本契約を{period}更新・延長できる。いつ、どのように申し出るかを確認し、予定に組み込む。",
            (_, -1, { } n) => $"当初期間の後、本契約はいずれかの当事者が{n}の通知で終了させるまで続く。毎年見直す日を予定に組み込む。",
            (_, -1, null) => "当初期間の後、本契約はいずれかの当事者が終了させるまで続く。毎年見直す日を予定に組み込む。",
            (_, _, { } n) => $"本契約は、期間満了の{n}前までに通知しない限り、{period}自動的に更新される。各更新前の通知期限を予定に組み込み、期限が来る前にプロジェクトを見直す。",
            _ => $"本契約は{period}自動的に更新されるが、更新を止める通知期限は見当たらない。終了の方法を確認し、各更新前に見直す日を予定に組み込む。",
        };
    }

    private static readonly string[] RegistrationKinds = ["特許", "実用新案", "意匠", "商標"];

    public override string Registrations(IReadOnlyList<int> kinds) =>
        kinds.Count == 0 ? "登録" : string.Join("\u30fb", kinds.Select(k => RegistrationKinds[k]));

    public override string KeepUpAction(IReadOnlyList<int> kinds) =>
        $"この条項に従い{Registrations(kinds)}の権利を維持する。出願・更新の期限と、各費用をどちらが負担するかを管理する。";

    public override string NobodyKeepsUpAction(IReadOnlyList<int> kinds) =>
        $"契約は{Registrations(kinds)}に触れているが、その維持を誰が担うかを定めていない。出願・更新・費用負担の担当を合意し、期限を一覧で管理する。";

    public override string SurvivalListAction => "この条項は契約終了後も存続する義務を定めている。プロジェクトが終わった後も引き続き遵守する。";

    public override string NoSurvivalAction => "存続条項が見当たらない。契約終了後も続く義務（秘密保持、権利の帰属、ライセンス、監査）とその期間を確認する。";

    public override string Subject(Obligation obligation, string? heading) => obligation switch
    {
        Obligation.Confidentiality => "秘密保持義務",
        Obligation.NonCompete => "競業避止義務",
        Obligation.AuditRight => "監査権",
        Obligation.Royalties => "ロイヤルティの支払義務",
        Obligation.Licence => "ライセンス",
        Obligation.Ownership => "権利の帰属に関する定め",
        Obligation.Liability => "責任に関する定め",
        _ => heading is { Length: > 0 } h ? $"\u300c{Shorten(h, 60)}\u300dの定め" : "当該義務",
    };

    public override string SurvivesForever(string subject) => $"{subject}は、契約の終了後も期限なく存続する。恒久的な義務として管理する。";

    public override string SurvivesFor(string subject, int months, int? termMonths)
    {
        var sentence = $"{subject}は、契約の終了後{Months(months)}間存続する。契約が終了したら終期を予定に組み込む。";
        return termMonths is { } term
            ? sentence + $"契約が{Months(term)}の期間満了まで続いた場合、終期は効力発生日から{Months(term + months)}後となる。"
            : sentence;
    }

    public override string PrototypesAction => "終了時には、この条項に従って試作品、サンプルおよび共有データを返還または廃棄し、その旨を書面で確認する。";

    public override string ReturnOrDestroyAction => "終了時には、この条項に従って秘密情報を返還または廃棄し、書面で確認する。試作品や共有データには触れていないため、その扱いを合意しておく。";

    public override string NoPrototypesAction => "契約は、終了時の試作品、サンプルおよび共有データの扱いを定めていない。プロジェクトが終わる前に、返還または廃棄について書面で合意する。";

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
