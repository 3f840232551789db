using System.Text.RegularExpressions;

namespace ClauseLens.Analysis.Extraction;

/// <summary>
/// Finds durations ("two (2) years", "24 months", "５年間", "perpetual") and whether they run from
/// signing or from the end of the agreement.
/// </summary>
internal static partial class DurationExtractor
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // "two (2) years", "24 months", "a two-year period", "twenty-four (24) calendar months", "one hundred
    // twenty (120) days". The figure in brackets, when there is one, is the number.
    [GeneratedRegex(@"(?<![\w.])(?<n>" + Numbers.HundredsPattern + "|" + Numbers.DigitPattern + "|" + Numbers.WordPattern + @")(?:\s*\(\s*(?<d>" + Numbers.DigitPattern + @")\s*\))?[\s-]{0,3}(?:calendar\s+|business\s+)?(?<unit>years?|months?|weeks?|days?)\b", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex English();

    /// <summary>The number a duration match states: the bracketed figure, else its words or digits.</summary>
    private static int? NumberOf(Match m) => Numbers.Parse(m.Groups[m.Groups["d"].Success ? "d" : "n"].Value);

    // "５年間", "3年", "6か月", "二十四ヶ月", "90日間"; not dates ("2024年4月1日") nor era years ("令和5年").
    [GeneratedRegex(@"(?<![0-9０-９一二三四五六七八九十〇和成昭暦])(?<n>" + Numbers.DigitPattern + "|" + Numbers.KanjiPattern + @")\s?(?<unit>年間|年(?![0-9０-９一二三四五六七八九十]{1,2}月)|(?:か|ヶ|ケ|カ|ヵ|箇|ヵ)月間?|日間)", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Japanese();

    // Halves: "one and a half years", "a year and a half", "half a year", "1.5 years", "six and a half
    // months", 「1年半」, 「半年」. Without this "half a year" was read as a year and "one and a half
    // years" not at all.
    // (No branch starts with a lookbehind: that costs the regex its leading characters and every
    // clause a scan of each position.)
    [GeneratedRegex(@"\b(?<n>" + Numbers.DigitPattern + "|" + Numbers.WordPattern + @")\s+and\s+(?:a|one)[\s-]half[\s-]+(?<unit>years?|months?)\b|\b(?:a|one)\s+(?<unit>year|month)\s+and\s+a\s+half\b(?<plus1>)|\bhalf\s+(?:a|an)\s+(?<unit>year|month)\b|\bhalf[\s-](?<unit>year)\b" +
        @"|\b(?<dec>[0-9]{1,2}\.5)(?<!(?:\b(?:Section|Sections|Clause|Clauses|Article|Articles|Paragraph|Schedule|Annex|Exhibit)\s+|§\s*)[0-9]{1,2}\.5)\s*-?(?<unit>years?|months?)\b" +
        @"|(?<n>" + Numbers.DigitPattern + "|" + Numbers.KanjiPattern + @")(?<unit>年)半|半(?<![0-9０-９一二三四五六七八九十]半)(?<unit>年)(?:間)?", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Halves();

    /// <summary>Months a halves match states: n and a half units (n is 0 for "half a year").</summary>
    private static int? HalvesMonths(Match m)
    {
        var whole = m.Groups["dec"].Success ? (int)decimal.Parse(m.Groups["dec"].Value, System.Globalization.CultureInfo.InvariantCulture)
            : m.Groups["plus1"].Success ? 1
            : m.Groups["n"].Success ? Numbers.Parse(m.Groups["n"].Value)
            : 0;
        if (whole is not { } n)
        {
            return null;
        }

        var unit = m.Groups["unit"].Value;
        var perUnit = unit.StartsWith('年') || unit.StartsWith("year", StringComparison.OrdinalIgnoreCase) ? 12 : 1;
        // Half a month rounds up to a month, as days do.
        return n * perUnit + (perUnit == 12 ? 6 : 1);
    }

    [GeneratedRegex(@"\b(?:perpetual(?:ly)?|in\s+perpetuity|indefinite(?:ly)?|without\s+(?:any\s+)?(?:time\s+limit(?:ation)?|limit(?:ation)?\s+(?:as\s+to|in)\s+(?:time|duration))|(?:for\s+)?(?:so|as)\s+long\s+as\s+(?:\w+\s+){0,4}(?:remains?|is|are|constitutes?|qualif(?:y|ies))\s+(?:\w+\s+){0,2}(?:confidential|secret|protected|proprietary|in\s+(?:effect|force))|no\s+(?:fixed\s+)?(?:expiration|expiry)\s+date|shall\s+not\s+expire)\b|永久|無期限|期間の定めなく|期限の定めなく|永続的", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Indefinite();

    [GeneratedRegex(@"\b(?:after|following|from|subsequent\s+to|upon|beyond|post)[\s-]+(?:the\s+)?(?:date\s+of\s+)?(?:any\s+)?(?:such\s+)?(?:termination|expiration|expiry|end|cessation|completion|(?:it|this\s+Agreement|the\s+Agreement|this\s+contract|the\s+relationship|such\s+\w+)\s+(?:ends|has\s+ended|terminates|has\s+terminated|is\s+terminated|expires|has\s+expired|ceases|comes\s+to\s+an\s+end))\b|\bthereafter\b|\bpost[- ]termination\b|\bsurviv\w*|終了後|終了した後|満了後|終了(?:の日|日|した日)から|終了(?:又は|または)?(?:解除)?(?:の日)?(?:以降|以後)|失効後", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex AfterEndCue();

    [GeneratedRegex(@"\b(?:from|after|commencing\s+on|beginning\s+on|as\s+of)\s+(?:the\s+)?(?:Effective\s+Date|date\s+(?:of\s+(?:this\s+Agreement|execution|signing)|hereof)|execution|signing|commencement)\b|締結日から|締結の日から|効力発生日から|発効日から|締結日より", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex SigningCue();

    private const int LookAhead = 100;
    private const int LookBehind = 80;

    public static IEnumerable<DurationFact> Extract(string text, int offset, IReadOnlyList<(int Start, int End)> sentences)
    {
        var halves = Halves().Matches(text).ToList();
        foreach (var m in halves)
        {
            if (HalvesMonths(m) is { } halfMonths)
            {
                yield return new DurationFact(offset + m.Index, offset + m.Index + m.Length, halfMonths, false, AnchorOf(text, m, sentences));
            }
        }

        foreach (var m in English().Matches(text).Concat(Japanese().Matches(text)).OrderBy(m => m.Index))
        {
            // "a year" in "half a year", "1年" in 「1年半」: the half's reading stands.
            if (NumberOf(m) is not { } n || n == 0 || halves.Any(h => h.Index < m.Index + m.Length && m.Index < h.Index + h.Length))
            {
                continue;
            }

            var months = ToMonths(n, m.Groups["unit"].Value);
            yield return new DurationFact(offset + m.Index, offset + m.Index + m.Length, months, false, AnchorOf(text, m, sentences));
        }

        foreach (Match m in Indefinite().Matches(text))
        {
            yield return new DurationFact(offset + m.Index, offset + m.Index + m.Length, null, true, AnchorOf(text, m, sentences));
        }
    }

    internal static int ToMonths(int n, string unit)
    {
        var u = unit.ToLowerInvariant();
        return u switch
        {
            _ when u.StartsWith("year", StringComparison.Ordinal) || u.StartsWith('年') => n * 12,
            _ when u.StartsWith("month", StringComparison.Ordinal) || u.Contains('月') => n,
            _ when u.StartsWith("week", StringComparison.Ordinal) => (n * 7 + 29) / 30,
            _ => (n + 29) / 30,
        };
    }

    // The nearest cue in the same sentence decides: "for two years after termination" (cue after)
    // and "本契約終了後2年間" (cue before) both run from the end.
    private static DurationAnchor AnchorOf(string text, Match m, IReadOnlyList<(int Start, int End)> sentences)
    {
        var (sentenceStart, sentenceEnd) = Sentences.Around(sentences, m.Index);
        var aheadStart = m.Index + m.Length;
        // A duration can straddle a sentence or paragraph boundary ("2" ending one line, "years"
        // starting the next): then nothing of that sentence lies ahead of it, and the window is empty.
        var ahead = text[aheadStart..Math.Max(aheadStart, Math.Min(sentenceEnd, aheadStart + LookAhead))];
        var behindStart = Math.Min(m.Index, Math.Max(sentenceStart, m.Index - LookBehind));
        var behind = text[behindStart..m.Index];

        var best = (Distance: int.MaxValue, Anchor: DurationAnchor.Unspecified);
        Consider(ref best, AfterEndCue().Match(ahead), c => c.Index, DurationAnchor.AfterEnd);
        Consider(ref best, SigningCue().Match(ahead), c => c.Index, DurationAnchor.Signing);
        Consider(ref best, Last(AfterEndCue().Matches(behind)), c => behind.Length - (c.Index + c.Length), DurationAnchor.AfterEnd);
        Consider(ref best, Last(SigningCue().Matches(behind)), c => behind.Length - (c.Index + c.Length), DurationAnchor.Signing);
        return best.Anchor;
    }

    private static Match? Last(MatchCollection matches) => matches.Count == 0 ? null : matches[^1];

    private static void Consider(ref (int Distance, DurationAnchor Anchor) best, Match? cue, Func<Match, int> distance, DurationAnchor anchor)
    {
        if (cue is { Success: true } && distance(cue) < best.Distance)
        {
            best = (distance(cue), anchor);
        }
    }
}
