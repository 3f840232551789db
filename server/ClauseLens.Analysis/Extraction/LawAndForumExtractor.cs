using System.Text.RegularExpressions;

namespace ClauseLens.Analysis.Extraction;

/// <summary>Finds the governing law, the courts or arbitration chosen, the seat and the language of proceedings.</summary>
internal static partial class LawAndForumExtractor
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // A place name as written: "Japan", "the State of New York", "England and Wales", "Hong Kong".
    private const string Place = @"(?-i:(?:(?i:the)\s+)?(?:(?i:State|Commonwealth|City|County|Province|Republic)\s+(?i:of)\s+)?[A-Z][A-Za-z.'’]+(?:\s+(?:(?i:and)\s+Wales|(?i:of)\s+[A-Z][A-Za-z]+|[A-Z][A-Za-z]+)){0,3})";

    // "laws of", "laws and judicial decisions of", "internal laws, and not by the laws regarding
    // conflicts of laws, of", "laws in the State of", "legislation of".
    private const string LawsOf = @"\b(?:laws?|legislation)(?:\s+and\s+(?:judicial\s+)?(?:decisions|regulations))?,?\s+(?:of|in)\s+";

    [GeneratedRegex(@"\b(?:govern\w*|constru\w*|interpret\w*|subject\s+to|accordance\s+with|controlled\s+by|application\s+of|pursuant\s+to)\b[^.;]{0,100}?" + LawsOf + "(?<j>" + Place + ")" + @"|\b(?:governed|construed)\s+by\s+(?:the\s+)?internal\s+laws\s+(?<j>(?-i:(?i:the\s+)?(?i:State|Commonwealth)\s+(?i:of)\s+[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?))", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex LawOf();

    [GeneratedRegex(LawsOf + "(?<j>" + Place + @")(?:\s*\([^()]{0,160}\))?,?\s+(?:shall\s+|will\s+|does\s+)?(?:govern|apply|applies|control)\b|(?<![A-Za-z])(?<j>(?-i:[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?))\s+law\s+(?:shall\s+|will\s+)?(?:govern|appl)|(?:governed\s+by|accordance\s+with|construed\s+under)\s+(?:the\s+)?(?<j>(?-i:[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?))\s+laws?\b", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex AdjectiveLaw();

    // "the laws of the United States and the State of Florida", "… of the United States of America and of
    // the Commonwealth of Pennsylvania": the state decides the contract law.
    [GeneratedRegex(@"^,?\s+(?:and|or|as\s+well\s+as)\s+(?:(?:the\s+)?laws?\s+of\s+|of\s+)?(?:the\s+)?(?:State|Commonwealth)\s+of\s+(?<j>(?-i:[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?))", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex AndState();

    [GeneratedRegex(@"(?<j>日本国?|ニューヨーク州|カリフォルニア州|デラウェア州|シンガポール|香港|英国|イングランド|中華人民共和国|中国|韓国|大韓民国|ドイツ|フランス|スイス)(?:の)?法(?:律|令)?(?=を準拠法|に準拠|とする|に従|を適用|により解釈)|準拠法は、?(?<j>日本国?|ニューヨーク州|カリフォルニア州|デラウェア州|シンガポール|香港|英国|中国|韓国)", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex JapaneseLaw();

    [GeneratedRegex(@"(?<c>Tokyo|Osaka|Nagoya|Kyoto|Yokohama|Fukuoka|Kobe|Sapporo)\s+(?:District|Summary|High)\s+Court|(?<c>東京|大阪|名古屋|京都|横浜|福岡|神戸|札幌|●|〇|○)(?:地方|簡易|高等)裁判所", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex JapaneseCourt();

    [GeneratedRegex(@"\bcourts?\b[^.;]{0,80}?\b(?:in|of|located\s+in|sitting\s+in|situated\s+in|seated\s+in)\s+(?<p>" + Place + ")", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex CourtsIn();

    [GeneratedRegex(@"non[- ]exclusive\s+jurisdiction|非専属", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex NonExclusive();

    [GeneratedRegex(@"\bexclusive(?:ly)?\b|\bsole\s+(?:jurisdiction|venue|forum)|専属", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Exclusive();

    [GeneratedRegex(@"(?<JCAA>(?-i:\bJCAA\b)|Japan\s+Commercial\s+Arbitration\s+Association|日本商事仲裁協会)|(?<ICC>(?-i:\bICC\b)|International\s+Chamber\s+of\s+Commerce|国際商業会議所)|(?<SIAC>(?-i:\bSIAC\b)|Singapore\s+International\s+Arbitration\s+Cent(?:re|er)|シンガポール国際仲裁センター)|(?<HKIAC>(?-i:\bHKIAC\b)|Hong\s+Kong\s+International\s+Arbitration\s+Cent(?:re|er))|(?<ICDR>(?-i:\bICDR\b)|International\s+Cent(?:re|er)\s+for\s+Dispute\s+Resolution)|(?<AAA>(?-i:\bAAA\b)|American\s+Arbitration\s+Association)|(?<LCIA>(?-i:\bLCIA\b)|London\s+Court\s+of\s+International\s+Arbitration)|(?<JAMS>(?-i:\bJAMS\b))|(?<UNCITRAL>(?-i:\bUNCITRAL\b))", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Institution();

    [GeneratedRegex(@"\barbitrat(?:ion|ed|or|ors)\b|仲裁", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex ArbitrationWord();

    [GeneratedRegex(@"\b(?:seat|place|venue|location)\s+of\s+(?:the\s+)?arbitration\s+(?:shall\s+be|is|will\s+be)\s+(?:in\s+)?(?<p>" + Place + @")|\barbitration\s+(?:proceedings\s+)?(?:shall|will)\s+(?:be\s+)?(?:held|conducted|take\s+place|seated|located)\s+(?:in\s+(?:the\s+)?(?:English|Japanese)(?:\s+language)?\s+)?in\s+(?!(?:the\s+)?(?:English|Japanese)\b)(?<p>" + Place + @")|\bseated\s+in\s+(?<p>" + Place + @")|仲裁地は、?(?<p>東京|大阪|名古屋|シンガポール|香港|ロンドン|ニューヨーク)|(?<p>東京|大阪|シンガポール|香港|ロンドン|ニューヨーク)(?:において|で)(?:仲裁|行)", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Seat();

    [GeneratedRegex(@"\b(?:arbitration|proceedings?|arbitral)\b[^.;]{0,60}?\b(?:conducted|held)\s+(?:exclusively\s+)?in\s+(?:the\s+)?(?<l>English|Japanese)\b|\blanguage\s+of\s+(?:the\s+)?(?:arbitration|proceedings?|arbitral\s+proceedings?)\s+(?:shall\s+be|is|will\s+be)\s+(?<l>English|Japanese)\b|(?:仲裁|手続).{0,20}?(?<l>日本語|英語)(?:で|により|を)", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex ProceedingsLanguage();

    public static IEnumerable<GoverningLawFact> Laws(string text, int offset, IReadOnlyList<(int Start, int End)> sentences)
    {
        var facts = new List<GoverningLawFact>();
        foreach (var m in LawOf().Matches(text).Concat(AdjectiveLaw().Matches(text)).Concat(JapaneseLaw().Matches(text)))
        {
            var j = m.Groups["j"];
            if (TrimPlace(j.Value) is { } name && Places.Resolve(name) is { } place && !IsComplianceSentence(text, m, sentences))
            {
                if (place.Country == "United States" && place.Jurisdiction == "United States"
                    && AndState().Match(text[(m.Index + m.Length)..Math.Min(text.Length, m.Index + m.Length + 80)]) is { Success: true } state
                    && TrimPlace(state.Groups["j"].Value) is { } stateName && Places.Resolve(stateName) is { } statePlace)
                {
                    place = statePlace;
                }

                facts.Add(new GoverningLawFact(offset + m.Index, offset + m.Index + m.Length, place.Jurisdiction, place.Country));
            }
        }

        // "accepted by Company in the State of Nevada and shall be governed by … the laws thereof",
        // "accepted in the state in which Franchisor's headquarters (currently the State of California)
        // is located and shall be governed by … the laws of such state": the state named before it.
        if (facts.Count == 0)
        {
            foreach (Match m in LawsOfThatState().Matches(text))
            {
                var (start, _) = Sentences.Around(sentences, m.Index);
                var named = StateNamed().Matches(text[start..m.Index]).LastOrDefault();
                if (named is not null && TrimPlace(named.Groups["j"].Value) is { } name && Places.Resolve(name) is { } place && !IsComplianceSentence(text, m, sentences))
                {
                    facts.Add(new GoverningLawFact(offset + m.Index, offset + m.Index + m.Length, place.Jurisdiction, place.Country));
                }
            }
        }

        return Distinct(facts.OrderBy(f => f.Start), f => (f.Start, f.End));
    }

    [GeneratedRegex(@"\b(?:governed|construed|interpreted)\b[^.;]{0,100}?\blaws?\s+(?:thereof|of\s+(?:such|that|said|the\s+same)\s+(?:state|commonwealth|country|jurisdiction))\b", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex LawsOfThatState();

    [GeneratedRegex(@"\b(?:State|Commonwealth)\s+of\s+(?<j>(?-i:[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?))", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex StateNamed();

    public static IEnumerable<ForumFact> Forums(string text, int offset)
    {
        var facts = new List<ForumFact>();
        foreach (Match m in JapaneseCourt().Matches(text))
        {
            var city = m.Groups["c"].Value;
            // The model contracts leave the court as "●地方裁判所" for the parties to fill in.
            var cityName = city is "●" or "〇" or "○" ? null : Places.City(city);
            var name = cityName is null ? "Japanese district court" : $"{cityName} District Court";
            facts.Add(new ForumFact(offset + m.Index, offset + m.Index + m.Length, ForumKind.Court, name, cityName, "Japan", ExclusiveIn(text, m)));
        }

        foreach (Match m in CourtsIn().Matches(text))
        {
            if (TrimPlace(m.Groups["p"].Value) is { } written && Places.Resolve(written) is { } place && !facts.Any(f => Overlaps(f, offset + m.Index, offset + m.Index + m.Length)))
            {
                facts.Add(new ForumFact(offset + m.Index, offset + m.Index + m.Length, ForumKind.Court, null, place.Jurisdiction, place.Country, ExclusiveIn(text, m)));
            }
        }

        foreach (Match m in VenueOrSubmission().Matches(text))
        {
            // "Venue for any action … shall be in the County of Brevard, Florida", "both parties submit to
            // personal jurisdiction of Illinois", "attorn to the exclusive jurisdiction of the courts
            // located in the city of Toronto": a choice of forum even where the courts are not named
            // "courts in <place>". The place, when one follows that is known, is kept.
            if (facts.Any(f => Overlaps(f, offset + m.Index - 200, offset + m.Index + m.Length + 200)))
            {
                continue;
            }

            // The first known place after it: "in the County of Orange, Florida" is Florida.
            var window = text.Substring(m.Index + m.Length, Math.Min(text.Length - m.Index - m.Length, 160));
            var place = PlaceAfter().Matches(window).Select(p => TrimPlace(p.Groups["p"].Value)).OfType<string>().Select(Places.Resolve).FirstOrDefault(r => r is not null);
            facts.Add(new ForumFact(offset + m.Index, offset + m.Index + m.Length, ForumKind.Court, null, place?.Jurisdiction, place?.Country, ExclusiveIn(text, m)));
        }

        var seat = Seat().Match(text);
        var seatPlace = seat.Success && TrimPlace(seat.Groups["p"].Value) is { } s ? (City: Places.City(s) ?? s, Resolved: Places.Resolve(s)) : default;
        var institutions = Institution().Matches(text);
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in institutions)
        {
            // "Singapore International Arbitration Centre (SIAC)" names one institution twice.
            var name = m.Groups.Values.Skip(1).First(g => g.Success).Name;
            if (!named.Add(name))
            {
                continue;
            }

            facts.Add(new ForumFact(offset + m.Index, offset + m.Index + m.Length, ForumKind.Arbitration, name, seatPlace.City, seatPlace.Resolved?.Country, null));
        }

        if (institutions.Count == 0 && (seat.Success || ArbitrationWord().Match(text) is { Success: true }))
        {
            var at = seat.Success ? seat : ArbitrationWord().Match(text);
            facts.Add(new ForumFact(offset + at.Index, offset + at.Index + at.Length, ForumKind.Arbitration, null, seatPlace.City, seatPlace.Resolved?.Country, null));
        }

        return facts.OrderBy(f => f.Start);
    }

    public static IEnumerable<ElementFact> Languages(string text, int offset)
    {
        foreach (Match m in ProceedingsLanguage().Matches(text))
        {
            var language = m.Groups["l"].Value switch
            {
                "日本語" => "Japanese",
                "英語" => "English",
                var l => char.ToUpperInvariant(l[0]) + l[1..].ToLowerInvariant(),
            };
            yield return new ElementFact(offset + m.Index, offset + m.Index + m.Length, FactNames.ProceedingsLanguage, language);
        }
    }

    // A choice of forum written as venue, submission or where actions are brought (not "a court of
    // competent jurisdiction", which names no forum).
    [GeneratedRegex(@"\bvenue\b[^.;]{0,160}?\b(?:shall|will|must)\s+(?:be|lie)\b|\b(?:submit|consent|attorn)\w*\s+(?:\w+\s+){0,3}to\s+(?:the\s+)?(?:\w+\s+){0,3}jurisdiction\b|\bjurisdiction\s+(?:and\s+venue\s+)?(?:of|in)\s+(?:the\s+)?(?:\w+\s+){0,4}courts?\b|\b(?:actions?|suits?|proceedings?|claims?)\b[^.;]{0,100}?\b(?:shall|must|will)\s+be\s+(?:brought|filed|commenced|instituted|venued)\s+(?:exclusively\s+|only\s+|solely\s+)?in\b", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex VenueOrSubmission();

    [GeneratedRegex(@"(?<![A-Za-z])(?<p>" + Place + ")", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex PlaceAfter();

    private static bool? ExclusiveIn(string text, Match m)
    {
        var sentence = text[Math.Max(0, m.Index - 120)..Math.Min(text.Length, m.Index + m.Length + 80)];
        return NonExclusive().IsMatch(sentence) ? false : Exclusive().IsMatch(sentence) ? true : null;
    }

    // "comply with the laws of Japan" is not a choice of law; a governing cue must precede in the sentence.
    private static bool IsComplianceSentence(string text, Match m, IReadOnlyList<(int Start, int End)> sentences)
    {
        var (start, _) = Sentences.Around(sentences, m.Index);
        var before = text[start..m.Index];
        return before.Contains("comply", StringComparison.OrdinalIgnoreCase) || before.Contains("compliance", StringComparison.OrdinalIgnoreCase)
            || Incorporated().IsMatch(text[Math.Max(start, m.Index - 40)..m.Index]);
    }

    // "a company incorporated in accordance with the laws of Switzerland", "duly organized and existing
    // under the laws of Delaware": where a party was formed, not the law the parties chose.
    [GeneratedRegex(@"\b(?:incorporated|organi[sz]ed|existing|formed|registered|established|constituted|chartered)\s*(?:,\s*)?(?:and\s+\w+\s+)?(?:(?:in|under)\s+)?$", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Incorporated();

    // The place pattern is greedy on capitalised words: "Japan Without" → "Japan"; try shorter prefixes.
    private static string? TrimPlace(string written)
    {
        var words = written.Trim().TrimEnd('.', ',').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = words.Length; n > 0; n--)
        {
            var candidate = string.Join(' ', words[..n]);
            if (Places.Resolve(candidate) is not null)
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool Overlaps(ForumFact f, int start, int end) => f.Start < end && start < f.End;

    private static IEnumerable<T> Distinct<T, TKey>(IEnumerable<T> items, Func<T, TKey> key)
    {
        var seen = new HashSet<TKey>();
        return items.Where(i => seen.Add(key(i)));
    }
}
