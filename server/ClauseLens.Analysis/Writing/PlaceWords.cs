namespace ClauseLens.Analysis.Writing;

/// <summary>
/// The extractors' normalised names of places, laws, courts, arbitral institutions and languages
/// ("New York", "Tokyo District Court", "JCAA", "English") as a Japanese reader reads them
/// (ニューヨーク州, 東京地方裁判所, 日本商事仲裁協会, 英語). English readers get the names as they are.
/// A name the table does not know is shown as extracted rather than guessed at.
/// </summary>
public static class PlaceWords
{
    private static readonly Dictionary<string, string> UsStates = new(StringComparer.Ordinal)
    {
        ["Alabama"] = "アラバマ", ["Alaska"] = "アラスカ", ["Arizona"] = "アリゾナ", ["Arkansas"] = "アーカンソー",
        ["California"] = "カリフォルニア", ["Colorado"] = "コロラド", ["Connecticut"] = "コネチカット", ["Delaware"] = "デラウェア",
        ["Florida"] = "フロリダ", ["Georgia"] = "ジョージア", ["Hawaii"] = "ハワイ", ["Idaho"] = "アイダホ", ["Illinois"] = "イリノイ",
        ["Indiana"] = "インディアナ", ["Iowa"] = "アイオワ", ["Kansas"] = "カンザス", ["Kentucky"] = "ケンタッキー",
        ["Louisiana"] = "ルイジアナ", ["Maine"] = "メイン", ["Maryland"] = "メリーランド", ["Massachusetts"] = "マサチューセッツ",
        ["Michigan"] = "ミシガン", ["Minnesota"] = "ミネソタ", ["Mississippi"] = "ミシシッピ", ["Missouri"] = "ミズーリ",
        ["Montana"] = "モンタナ", ["Nebraska"] = "ネブラスカ", ["Nevada"] = "ネバダ", ["New Hampshire"] = "ニューハンプシャー",
        ["New Jersey"] = "ニュージャージー", ["New Mexico"] = "ニューメキシコ", ["New York"] = "ニューヨーク",
        ["North Carolina"] = "ノースカロライナ", ["North Dakota"] = "ノースダコタ", ["Ohio"] = "オハイオ", ["Oklahoma"] = "オクラホマ",
        ["Oregon"] = "オレゴン", ["Pennsylvania"] = "ペンシルベニア", ["Rhode Island"] = "ロードアイランド",
        ["South Carolina"] = "サウスカロライナ", ["South Dakota"] = "サウスダコタ", ["Tennessee"] = "テネシー", ["Texas"] = "テキサス",
        ["Utah"] = "ユタ", ["Vermont"] = "バーモント", ["Virginia"] = "バージニア", ["Washington"] = "ワシントン",
        ["West Virginia"] = "ウェストバージニア", ["Wisconsin"] = "ウィスコンシン", ["Wyoming"] = "ワイオミング",
    };

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        // Countries and legal systems.
        ["Japan"] = "日本", ["United States"] = "米国", ["Singapore"] = "シンガポール", ["Hong Kong"] = "香港", ["China"] = "中国",
        ["Korea"] = "韓国", ["Taiwan"] = "台湾", ["Germany"] = "ドイツ", ["France"] = "フランス", ["Switzerland"] = "スイス",
        ["Netherlands"] = "オランダ", ["Sweden"] = "スウェーデン", ["India"] = "インド", ["Canada"] = "カナダ",
        ["Australia"] = "オーストラリア", ["Israel"] = "イスラエル", ["Ireland"] = "アイルランド", ["Italy"] = "イタリア",
        ["Spain"] = "スペイン", ["Thailand"] = "タイ", ["Vietnam"] = "ベトナム", ["Malaysia"] = "マレーシア",
        ["Indonesia"] = "インドネシア", ["Brazil"] = "ブラジル", ["Mexico"] = "メキシコ", ["Cayman Islands"] = "ケイマン諸島",
        ["Kazakhstan"] = "カザフスタン", ["Papua New Guinea"] = "パプアニューギニア", ["Luxembourg"] = "ルクセンブルク",
        ["Belgium"] = "ベルギー", ["Denmark"] = "デンマーク", ["Norway"] = "ノルウェー", ["Finland"] = "フィンランド",
        ["Austria"] = "オーストリア", ["Philippines"] = "フィリピン", ["New Zealand"] = "ニュージーランド",
        ["South Africa"] = "南アフリカ", ["Argentina"] = "アルゼンチン", ["Chile"] = "チリ", ["Russia"] = "ロシア",
        ["United Arab Emirates"] = "アラブ首長国連邦", ["British Virgin Islands"] = "英領バージン諸島", ["Bermuda"] = "バミューダ",
        ["United Kingdom"] = "英国", ["England and Wales"] = "イングランドおよびウェールズ", ["Scotland"] = "スコットランド",
        ["District of Columbia"] = "コロンビア特別区",

        // Regions a territory names.
        ["European Union"] = "欧州連合", ["Europe"] = "欧州", ["Southeast Asia"] = "東南アジア", ["Asia"] = "アジア",
        ["North America"] = "北米", ["defined Territory"] = "契約で定める地域",

        // Cities (forums and arbitral seats).
        ["Tokyo"] = "東京", ["Osaka"] = "大阪", ["Nagoya"] = "名古屋", ["Kyoto"] = "京都", ["Yokohama"] = "横浜",
        ["Fukuoka"] = "福岡", ["Kobe"] = "神戸", ["Sapporo"] = "札幌", ["London"] = "ロンドン", ["Paris"] = "パリ",
        ["Geneva"] = "ジュネーブ", ["Zurich"] = "チューリッヒ", ["Stockholm"] = "ストックホルム", ["Beijing"] = "北京",
        ["Shanghai"] = "上海", ["Seoul"] = "ソウル", ["Taipei"] = "台北", ["Frankfurt"] = "フランクフルト",
        ["Munich"] = "ミュンヘン", ["Amsterdam"] = "アムステルダム", ["Bangkok"] = "バンコク", ["Dubai"] = "ドバイ",
        ["Chicago"] = "シカゴ", ["Boston"] = "ボストン", ["San Francisco"] = "サンフランシスコ", ["Los Angeles"] = "ロサンゼルス",
        ["Wilmington"] = "ウィルミントン", ["Seattle"] = "シアトル", ["Houston"] = "ヒューストン", ["Dallas"] = "ダラス",

        // Courts the extractors name, arbitral institutions, languages.
        ["Japanese district court"] = "日本の地方裁判所",
        ["JCAA"] = "日本商事仲裁協会", ["ICC"] = "国際商業会議所（ICC）", ["SIAC"] = "シンガポール国際仲裁センター（SIAC）",
        ["HKIAC"] = "香港国際仲裁センター（HKIAC）", ["ICDR"] = "紛争解決国際センター（ICDR）", ["AAA"] = "米国仲裁協会（AAA）",
        ["LCIA"] = "ロンドン国際仲裁裁判所（LCIA）",
        ["English"] = "英語", ["Japanese"] = "日本語",
    };

    /// <summary>A country, city, region, court, institution or language: "Japan" (日本), "Tokyo" (東京), "JCAA" (日本商事仲裁協会).</summary>
    public static string Place(string name, string? language = null)
    {
        if (!ReaderWords.IsJapanese(language))
        {
            return name;
        }

        if (Names.TryGetValue(name, out var known))
        {
            return known;
        }

        if (UsStates.TryGetValue(name, out var state))
        {
            return state;
        }

        // "Tokyo District Court", as the extractor names a Japanese court: 東京地方裁判所.
        foreach (var (court, ja) in new[] { (" District Court", "地方裁判所"), (" High Court", "高等裁判所"), (" Summary Court", "簡易裁判所") })
        {
            if (name.EndsWith(court, StringComparison.Ordinal) && Names.TryGetValue(name[..^court.Length], out var city))
            {
                return city + ja;
            }
        }

        return name;
    }

    /// <summary>A jurisdiction whose law governs: "New York" (ニューヨーク州), "Japan" (日本).</summary>
    public static string Jurisdiction(string name, string? language = null) =>
        ReaderWords.IsJapanese(language) && UsStates.TryGetValue(name, out var state) ? state + "州" : Place(name, language);

    /// <summary>The law of a jurisdiction: "Japan" (English: as is), 日本法, ニューヨーク州法.</summary>
    public static string Law(string jurisdiction, string? language = null) =>
        ReaderWords.IsJapanese(language) ? Jurisdiction(jurisdiction, language) + "法" : jurisdiction;
}
