namespace ClauseLens.Analysis.Extraction;

/// <summary>Names of jurisdictions and places, normalised, with the country they belong to.</summary>
internal static class Places
{
    private static readonly string[] UsStates =
    [
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
        "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
        "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
        "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
        "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
        "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
    ];

    // Written name → (normalised jurisdiction, country). Cities map to their country's jurisdiction.
    private static readonly Dictionary<string, (string Jurisdiction, string Country)> Known = Build();

    private static Dictionary<string, (string, string)> Build()
    {
        var map = new Dictionary<string, (string, string)>(StringComparer.OrdinalIgnoreCase);
        foreach (var state in UsStates)
        {
            map[state] = (state, "United States");
        }

        void Add(string country, params string[] names)
        {
            foreach (var name in names)
            {
                map[name] = (country, country);
            }
        }

        Add("Japan", "Japan", "Japanese", "Tokyo", "Osaka", "Nagoya", "Kyoto", "Yokohama", "Fukuoka", "Kobe", "Sapporo",
            "日本", "日本国", "東京", "大阪", "名古屋", "京都", "横浜", "福岡", "神戸", "札幌");
        Add("United States", "United States", "United States of America", "USA", "U.S.", "U.S.A.", "U.S", "U.S.A", "米国", "アメリカ合衆国");
        Add("Singapore", "Singapore", "Singaporean", "シンガポール");
        Add("Hong Kong", "Hong Kong", "香港");
        Add("China", "China", "People's Republic of China", "PRC", "P.R.C", "Chinese", "Beijing", "Shanghai", "中国", "中華人民共和国");
        Add("Korea", "Korea", "Republic of Korea", "South Korea", "Korean", "Seoul", "韓国", "大韓民国");
        Add("Taiwan", "Taiwan", "Taipei", "Republic of China", "R.O.C", "台湾");
        Add("Germany", "Germany", "German", "Federal Republic of Germany", "Frankfurt", "Munich", "ドイツ");
        Add("France", "France", "French", "Paris", "フランス");
        Add("Switzerland", "Switzerland", "Swiss", "Geneva", "Zurich", "スイス");
        Add("Netherlands", "Netherlands", "The Netherlands", "Dutch", "Amsterdam", "オランダ");
        Add("Sweden", "Sweden", "Swedish", "Stockholm");
        Add("India", "India", "Indian", "インド");
        Add("Canada", "Canada", "Canadian", "Ontario", "British Columbia", "Quebec", "カナダ");
        Add("Australia", "Australia", "Australian", "New South Wales", "Victoria", "オーストラリア");
        Add("Israel", "Israel", "Israeli");
        Add("Ireland", "Ireland", "Irish");
        Add("Italy", "Italy", "Italian");
        Add("Spain", "Spain", "Spanish");
        Add("Thailand", "Thailand", "Thai", "Bangkok", "タイ");
        Add("Vietnam", "Vietnam", "Viet Nam", "Vietnamese", "ベトナム");
        Add("Malaysia", "Malaysia", "Malaysian", "マレーシア");
        Add("Indonesia", "Indonesia", "Indonesian", "インドネシア");
        Add("Brazil", "Brazil", "Brazilian");
        Add("Mexico", "Mexico", "Mexican");
        Add("Cayman Islands", "Cayman Islands");
        Add("Canada", "Nova Scotia", "Alberta", "Manitoba", "New Brunswick");
        Add("Kazakhstan", "Kazakhstan", "Republic of Kazakhstan");
        Add("Papua New Guinea", "Papua New Guinea");
        Add("Luxembourg", "Luxembourg");
        Add("Belgium", "Belgium", "Belgian");
        Add("Denmark", "Denmark", "Danish");
        Add("Norway", "Norway", "Norwegian");
        Add("Finland", "Finland", "Finnish");
        Add("Austria", "Austria", "Austrian");
        Add("Philippines", "Philippines", "Republic of the Philippines");
        Add("New Zealand", "New Zealand");
        Add("South Africa", "South Africa");
        Add("Argentina", "Argentina");
        Add("Chile", "Chile");
        Add("Russia", "Russia", "Russian Federation");
        Add("United Arab Emirates", "United Arab Emirates", "Dubai");
        Add("British Virgin Islands", "British Virgin Islands");
        Add("Bermuda", "Bermuda");
        foreach (var name in new[] { "England", "England and Wales", "English", "London", "ロンドン", "イングランド", "英国", "イギリス" })
        {
            map[name] = ("England and Wales", "United Kingdom");
        }

        map["United Kingdom"] = ("England and Wales", "United Kingdom");
        map["Scotland"] = ("Scotland", "United Kingdom");
        map["District of Columbia"] = ("District of Columbia", "United States");
        map["ニューヨーク州"] = ("New York", "United States");
        map["ニューヨーク"] = ("New York", "United States");
        map["カリフォルニア州"] = ("California", "United States");
        map["デラウェア州"] = ("Delaware", "United States");
        map["New York City"] = ("New York", "United States");
        map["Manhattan"] = ("New York", "United States");
        map["San Francisco"] = ("California", "United States");
        map["Los Angeles"] = ("California", "United States");
        map["Santa Clara"] = ("California", "United States");
        map["Wilmington"] = ("Delaware", "United States");
        map["Chicago"] = ("Illinois", "United States");
        map["Boston"] = ("Massachusetts", "United States");
        map["Houston"] = ("Texas", "United States");
        map["Dallas"] = ("Texas", "United States");
        map["Seattle"] = ("Washington", "United States");
        return map;
    }

    /// <summary>
    /// The jurisdiction and country for a written name ("State of New York" → New York, United States),
    /// or null for a name that is not a known place.
    /// </summary>
    public static (string Jurisdiction, string Country)? Resolve(string written)
    {
        var name = written.Trim().TrimEnd(',', '.');
        foreach (var prefix in new[] { "the ", "State of ", "Commonwealth of ", "Province of ", "City of ", "County of " })
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                name = name[prefix.Length..];
            }
        }

        if (Known.TryGetValue(name, out var hit))
        {
            return hit;
        }

        // "the Republic of South Africa", "Republic of Singapore": the country's formal name.
        const string republic = "Republic of ";
        if (name.StartsWith(republic, StringComparison.OrdinalIgnoreCase) && Known.TryGetValue(name[republic.Length..], out hit))
        {
            return hit;
        }

        // "New York County", "Tokyo Metropolis": drop a trailing administrative word.
        var space = name.LastIndexOf(' ');
        return space > 0 && Known.TryGetValue(name[..space], out hit) ? hit : null;
    }

    /// <summary>The city part of a place when it is a city ("Tokyo"), else null.</summary>
    public static string? City(string written) => written.Trim() switch
    {
        "東京" => "Tokyo",
        "大阪" => "Osaka",
        "名古屋" => "Nagoya",
        "京都" => "Kyoto",
        "横浜" => "Yokohama",
        "福岡" => "Fukuoka",
        "神戸" => "Kobe",
        "札幌" => "Sapporo",
        "シンガポール" => "Singapore",
        "香港" => "Hong Kong",
        "ロンドン" => "London",
        "ニューヨーク" => "New York",
        var s => s.Length > 0 && !s.Any(c => c > '\u2fff') ? s : null,
    };
}
