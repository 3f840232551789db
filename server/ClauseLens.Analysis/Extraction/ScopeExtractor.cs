using System.Text.RegularExpressions;

namespace ClauseLens.Analysis.Extraction;

/// <summary>Finds words that widen a restriction's subject matter, or tie it to the joint work.</summary>
internal static partial class ScopeExtractor
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    [GeneratedRegex(@"(?<in_any_field>\b(?:in|within)\s+any\s+(?:field|area|industry|sector)\b|\ball\s+fields\b|\bany\s+field\s+of\s+(?:use|business|activity)\b|分野を問わ|いかなる分野)|(?<whether_or_not_related>\bwhether\s+or\s+not\s+(?:related|similar|competitive|competing|connected)\b|\bregardless\s+of\s+whether\b[^.;]{0,40}\b(?:relat|compet)\w*)|(?<any_business_whatsoever>\bany\s+(?:business|activity|product|service)\s+(?:of\s+any\s+kind\s+)?whatsoever\b|\bof\s+any\s+(?:kind|nature)\s+whatsoever\b|いかなる事業|一切の事業|事業の種類を問わ)", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Broad();

    [GeneratedRegex(@"(?<directly_or_indirectly>\bdirectly\s+or\s+indirectly\b|直接(?:または|又は|もしくは|若しくは)間接)", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Manner();

    [GeneratedRegex(@"(?<similar_or_competing>\bsimilar\s+(?:or|and/or|to\s+or)\s+compet\w+|\bcompet\w+\s+(?:or|and/or)\s+similar\b|\bcompetitive\s+with\b|\bcompet(?:e|es|ing)\s+with\b|類似(?:又は|または|もしくは|若しくは)?競合|競合する|競業)|(?<any_business>\bany\s+(?:other\s+)?(?:business|activit(?:y|ies)|enterprise|undertaking)\b)|(?<any_product_or_service>\bany\s+(?:other\s+)?products?(?:\s+(?:or|and|and/or)\s+services?)?\b|\bany\s+(?:other\s+)?services?\b)|(?<any_technology>\bany\s+(?:other\s+)?technolog(?:y|ies)\b)", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Loose();

    [GeneratedRegex(@"(?<joint_work>\b(?:the|this)\s+(?:Project|Joint\s+(?:Development|Research|Work|Product)s?|Development\s+(?:Work|Program(?:me)?|Project)|Research\s+Program(?:me)?|Collaboration)\b|本(?:共同)?研究|本開発|本プロジェクト|本目的)|(?<named_products>(?-i:\bthe\s+(?:Licensed\s+|Joint\s+|Developed\s+|Contract\s+)?Products?\b)|本製品|本件製品|本素材)|(?<field>(?-i:\bthe\s+Field(?:\s+of\s+Use)?\b)|本分野)", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Tied();

    public static IEnumerable<ScopeFact> Extract(string text, int offset)
    {
        var facts = new List<ScopeFact>();
        Add(facts, Broad().Matches(text), ScopeBreadth.Broad, offset);
        Add(facts, Loose().Matches(text), ScopeBreadth.Loose, offset);
        Add(facts, Tied().Matches(text), ScopeBreadth.Tied, offset);
        Add(facts, Manner().Matches(text), ScopeBreadth.Manner, offset);
        return facts.OrderBy(f => f.Start);
    }

    private static void Add(List<ScopeFact> facts, MatchCollection matches, ScopeBreadth breadth, int offset)
    {
        foreach (Match m in matches)
        {
            var start = offset + m.Index;
            var end = start + m.Length;
            if (!facts.Any(f => f.Start < end && start < f.End))
            {
                facts.Add(new ScopeFact(start, end, breadth, m.Groups.Values.Skip(1).First(g => g.Success).Name));
            }
        }
    }
}
