using System.Text.RegularExpressions;

namespace ClauseLens.Analysis.Extraction;

/// <summary>Finds territories: worldwide, or named countries and regions.</summary>
internal static partial class TerritoryExtractor
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    [GeneratedRegex(@"\bworld[- ]?wide\b|\banywhere\s+in\s+the\s+world\b|\bthroughout\s+the\s+(?:entire\s+)?world\b|\b(?:in\s+)?any\s+(?:country|jurisdiction|territory|place)\s+(?:in|of)\s+the\s+world\b|\ball\s+countries(?:\s+of\s+the\s+world)?\b|(?<!rest\s+of\s+)\bthe\s+(?:entire\s+)?world\b(?!\s+(?:excluding|except|other\s+than))|全世界|世界中|世界各国|世界のいかなる", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Worldwide();

    // Named places, each alternative a group named after the normalised region (underscores for spaces).
    [GeneratedRegex(@"(?<Japan>\bJapan\b|日本(?!法|国法|商事|語)|日本国(?!法))|(?<United_States>\bUnited\s+States(?:\s+of\s+America)?\b|(?-i:\bU\.S\.(?:A\.)?|\bUSA\b|\bUS\b)|米国|アメリカ)|(?<European_Union>\bEuropean\s+Union\b|(?-i:\bEU\b)|欧州連合)|(?<Europe>\bEurope\b|欧州|ヨーロッパ)|(?<Southeast_Asia>\bSouth[- ]?East\s+Asia\b|(?-i:\bASEAN\b)|東南アジア)|(?<Asia>\bAsia(?:[- ]Pacific)?\b|アジア)|(?<North_America>\bNorth\s+America\b|北米)|(?<China>\bChina\b|(?-i:\bPRC\b)|中国)|(?<Korea>\bKorea\b|韓国)|(?<Taiwan>\bTaiwan\b|台湾)|(?<Singapore>\bSingapore\b(?!\s+International)|シンガポール(?!国際))|(?<United_Kingdom>\bUnited\s+Kingdom\b|(?-i:\bUK\b)|英国)|(?<Germany>\bGermany\b|ドイツ)|(?<France>\bFrance\b|フランス)|(?<India>\bIndia\b|インド)|(?<Canada>\bCanada\b|カナダ)|(?<Territory>(?-i:\bthe\s+Territory\b)|本地域|許諾地域)", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Named();

    public static IEnumerable<TerritoryFact> Extract(string text, int offset)
    {
        var facts = new List<TerritoryFact>();
        foreach (Match m in Worldwide().Matches(text))
        {
            facts.Add(new TerritoryFact(offset + m.Index, offset + m.Index + m.Length, TerritoryKind.Worldwide, null));
        }

        // Named places never overlap one another (one pattern's matches): only the few worldwide
        // phrases need checking, which keeps a clause of a thousand place names linear.
        var worldwide = facts.ToArray();
        foreach (Match m in Named().Matches(text))
        {
            var region = m.Groups.Values.Skip(1).First(g => g.Success).Name.Replace('_', ' ');
            if (!worldwide.Any(f => f.Start < offset + m.Index + m.Length && offset + m.Index < f.End))
            {
                facts.Add(new TerritoryFact(offset + m.Index, offset + m.Index + m.Length, TerritoryKind.Named, region == "Territory" ? "defined Territory" : region));
            }
        }

        return facts.OrderBy(f => f.Start);
    }
}
