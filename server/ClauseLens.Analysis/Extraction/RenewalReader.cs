using System.Text.RegularExpressions;

namespace ClauseLens.Analysis.Extraction;

/// <summary>How a renewal happens.</summary>
public enum RenewalKind
{
    /// <summary>It renews unless someone gives notice ("shall automatically renew", "from year to year").</summary>
    Automatic,

    /// <summary>A party may choose to renew ("the right to renew", "may extend the Term").</summary>
    Option,
}

/// <summary>
/// How the contract renews, as a reviewer diarises it: the renewal term ("successive one (1) year
/// periods"; <c>-1</c> when it simply continues until someone ends it) and the notice that stops an
/// automatic renewal or exercises an option ("at least sixty (60) days prior to the end of the
/// then-current term").
/// </summary>
/// <param name="Start">Document offset of the sentence that renews the contract.</param>
/// <param name="End">Document offset one past it.</param>
/// <param name="Kind">Automatic, or a party's option.</param>
/// <param name="TermMonths">Months of each renewal; -1 when it continues until terminated; null when not stated.</param>
/// <param name="Notice">The notice period, when one is stated (for an automatic renewal possibly in another sentence).</param>
public sealed record RenewalFact(int Start, int End, RenewalKind Kind, int? TermMonths, DurationFact? Notice);

/// <summary>
/// Finds the sentence that renews or extends the contract itself (not a renewal fee, a patent's
/// renewal, a cure period or a renewal the parties may one day agree on) and reads its term and
/// the notice that stops it. The notice is read from that sentence first, then, for an automatic
/// renewal, from a sentence elsewhere that speaks of non-renewal or of notice before a term ends
/// ("unless notice is given under Section 5.2"). Measured against CUAD's Renewal Term and Notice
/// Period To Terminate Renewal answers by <c>facts-report</c>.
/// </summary>
public static partial class RenewalReader
{
    private const int MaxSentence = 900;

    private const int MaxCues = 500;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // A sentence must say at least this much to be the contract's renewal: renewing without anyone
    // acting (4), the contract or its term as the subject (2), in the term clause (2).
    private const int Enough = 2;

    /// <summary>The contract's renewal, or null when no sentence renews the contract itself.</summary>
    public static RenewalFact? Read(string text, IReadOnlyList<AnalyzedClause> clauses)
    {
        var best = default((int Score, int Start, int End, Match Renews)?);
        var read = 0;
        foreach (Match renews in Renews().Matches(text))
        {
            // A text that says "renew" thousands of times is not a contract to read further.
            if (++read > MaxCues)
            {
                break;
            }

            if (AnalyzedClause.Holding(clauses, renews.Index) is not { } clause)
            {
                continue;
            }

            var (start, end) = SentenceAround(text, clause.Start, clause.End, renews.Index);
            if (best is { } b && b.Start == start)
            {
                continue;
            }

            var sentence = text.AsSpan(start, end - start);
            if (!TheContract().IsMatch(sentence) || NotTheContract().IsMatch(sentence) || (!sentence.Contains("automatic", StringComparison.OrdinalIgnoreCase) && ByMutualAgreement().IsMatch(sentence)))
            {
                continue;
            }

            // "will continue in effect thereafter until terminated" with no term before it is a
            // contract without an end, not a renewal.
            if (renews.Groups["evergreen"].Success && !clause.Facts.Durations.Any(d => d.Start >= start && d.End <= renews.Index))
            {
                continue;
            }

            var score = (renews.Groups["auto"].Success ? 4 : 0)
                + (ContractRenews().IsMatch(sentence) ? 2 : 0)
                + (clause.Has(ClauseLabels.TermTermination) || (clause.Heading is { } h && TermHeading().IsMatch(h)) ? 2 : 0)
                + (clause.Facts.Durations.Any(d => d.Start >= renews.Index && d.End <= end) ? 1 : 0);
            if (score >= Enough && (best is null || score > best.Value.Score))
            {
                best = (score, start, end, renews);
            }
        }

        if (best is not { } found)
        {
            return null;
        }

        var anchor = found.Renews.Index;
        var kind = found.Renews.Groups["auto"].Success || !OptionWords().IsMatch(text.AsSpan(found.Start, found.End - found.Start)) ? RenewalKind.Automatic : RenewalKind.Option;
        var durations = DurationsIn(clauses, found.Start, found.End).Concat(JapaneseNotices(text, found.Start, found.End)).OrderBy(d => d.Start).ToList();
        var notice = durations.FirstOrDefault(d => IsNotice(text, d, found.Start, found.End));
        var periods = durations.Where(d => !IsNotice(text, d, found.Start, found.End)).ToList();
        // Japanese states the renewal period before the verb: 「さらに1年間、同条件で自動的に更新される」.
        var from = found.Renews.Groups["ja"].Success ? found.Start : anchor;
        var term = periods.FirstOrDefault(d => d.Start >= from && !IsInitialTerm(text, d, found.Start)) is { } t ? Months(t)
            : PeriodWord(text, anchor, found.End)
            // "shall be for the term of one year; thereafter, the Agreement shall renew automatically":
            // with no period of its own, it renews for the period it ran.
            ?? (kind == RenewalKind.Automatic && periods.LastOrDefault(d => d.End <= anchor) is { } ran ? Months(ran) : null);
        if (notice is null && kind == RenewalKind.Automatic)
        {
            notice = NoticeElsewhere(text, clauses, found.End);
        }

        return new RenewalFact(found.Start, found.End, kind, term, notice);
    }

    // 「満了する60日前までに」「3か月前までに」: a notice period in Japanese, which the duration reader
    // leaves alone because a bare 日 is usually a date.
    private static IEnumerable<DurationFact> JapaneseNotices(string text, int start, int end)
    {
        foreach (Match m in JapaneseNotice().Matches(text, start))
        {
            if (m.Index + m.Length > end)
            {
                yield break;
            }

            if (Numbers.Parse(m.Groups["n"].Value) is { } n)
            {
                var unit = m.Groups["unit"].Value;
                var months = DurationExtractor.ToMonths(n, unit.StartsWith('日') ? "days" : unit);
                yield return new DurationFact(m.Index, m.Groups["unit"].Index + unit.Length, months, false, DurationAnchor.Unspecified);
            }
        }
    }

    /// <summary>Months of a renewal term or notice in CUAD's convention: -1 for indefinite, null when not stated.</summary>
    internal static int? Months(DurationFact? d) => d is null ? null : d.Indefinite ? -1 : d.Months;

    private static IEnumerable<DurationFact> DurationsIn(IReadOnlyList<AnalyzedClause> clauses, int start, int end) =>
        clauses.Where(c => c.End > start && c.Start < end).SelectMany(c => c.Facts.Durations).Where(d => d.Start >= start && d.End <= end);

    // "unless terminated as provided in Section 5.2": the notice is stated in a sentence about
    // non-renewal or about notice before a term ends. The nearest one after the renewal wins,
    // then the nearest before it.
    private static DurationFact? NoticeElsewhere(string text, IReadOnlyList<AnalyzedClause> clauses, int after)
    {
        var candidates = new List<(int Distance, DurationFact Notice)>();
        foreach (var clause in clauses)
        {
            var body = text.AsSpan(clause.Start, clause.End - clause.Start);
            if (!StopsRenewal().IsMatch(body))
            {
                continue;
            }

            foreach (var d in clause.Facts.Durations)
            {
                var (start, end) = SentenceAround(text, clause.Start, clause.End, d.Start);
                if (StopsRenewal().IsMatch(text.AsSpan(start, end - start)) && IsNotice(text, d, start, end))
                {
                    candidates.Add((d.Start >= after ? d.Start - after : after - d.Start + text.Length, d));
                }
            }
        }

        return candidates.Count == 0 ? null : candidates.MinBy(c => c.Distance).Notice;
    }

    // The sentence around `at`, within its clause: from the last full stop that ends a sentence
    // (". " before a capital, a digit or a bracket) or a blank line, to the next one. Line breaks
    // alone do not end it: filed contracts wrap their lines.
    private static (int Start, int End) SentenceAround(string text, int clauseStart, int clauseEnd, int at)
    {
        var start = at;
        while (start > clauseStart && at - start < MaxSentence && !EndsBefore(text, start))
        {
            start--;
        }

        var end = at;
        while (end < clauseEnd && end - at < MaxSentence && !EndsBefore(text, end))
        {
            end++;
        }

        return (start, end);
    }

    // True when a sentence ends just before position i: i starts a word, after white space that
    // holds a blank line, or after ". " (any closing quote or bracket and any amount of space
    // between) when the word starts with a capital, a digit or an opening bracket or quote.
    private static bool EndsBefore(string text, int i)
    {
        if (i < 2 || i >= text.Length)
        {
            return true;
        }

        // 「（以下「更新期間」という。）」: a 。 that a bracket closes is inside the sentence.
        if (text[i - 1] == '。')
        {
            return text[i] is not ('）' or ')');
        }

        if (char.IsWhiteSpace(text[i]) || !char.IsWhiteSpace(text[i - 1]))
        {
            return false;
        }

        var j = i - 1;
        var lines = 0;
        while (j > 0 && i - j < MaxSentence && char.IsWhiteSpace(text[j]))
        {
            lines += text[j] == '\n' ? 1 : 0;
            j--;
        }

        if (lines >= 2)
        {
            return true;
        }

        while (j > 0 && text[j] is '"' or '”' or '\'' or '’' or ')')
        {
            j--;
        }

        return text[j] is '.' or '!' or '?' or '。' && (char.IsUpper(text[i]) || char.IsDigit(text[i]) || text[i] is '(' or '"' or '“');
    }

    // "on a year to year basis", "for one or more annual periods", "month-to-month", "until terminated".
    private static int? PeriodWord(string text, int from, int to)
    {
        var m = Period().Match(text, from, to - from);
        return !m.Success ? null : m.Groups["y"].Success ? 12 : m.Groups["m"].Success ? 1 : -1;
    }

    // "an initial term of seven (7) years", "five (5) years (the "Initial Term")".
    private static bool IsInitialTerm(string text, DurationFact d, int sentenceStart)
    {
        var after = text[d.End..Math.Min(text.Length, d.End + 30)];
        var before = text[Math.Max(sentenceStart, d.Start - 30)..d.Start];
        return after.Contains("Initial Term", StringComparison.OrdinalIgnoreCase) || before.Contains("initial term", StringComparison.OrdinalIgnoreCase);
    }

    // "thirty (30) days prior to", "at least 60 days before", "ninety (90) days' notice", "notice ... of 30 days".
    private static bool IsNotice(string text, DurationFact d, int sentenceStart, int sentenceEnd)
    {
        var after = text[d.End..Math.Min(sentenceEnd, d.End + 40)];
        var before = text[Math.Max(sentenceStart, d.Start - 40)..d.Start];
        return NoticeAfter().IsMatch(after) || NoticeBefore().IsMatch(before);
    }

    // The contract renews or goes on: "shall automatically renew", "will be extended for successive
    // periods", "shall continue on a year to year basis", "the right to renew for two successive
    // terms". The group "auto" marks a renewal that happens unless someone acts.
    [GeneratedRegex(@"(?<auto>\bautomatic(?:ally)?\s+(?:be\s+)?(?:renew|extend|continu|prolong)\w*|\b(?:renew|extend|continu|prolong)\w*\s+automatically|\b(?:renew|extend|continu)\w*\s+(?:\w+\s+){0,3}?(?:from\s+|on\s+an?\s+)?(?:year[- ]to[- ]year|month[- ]to[- ]month|each\s+year|(?:annual|yearly|monthly)\s+basis)|\bautomatic\s+(?:renewal|extension)|\b(?:renew|extend|continu)\w*\s+(?:\w+\s+){0,4}?(?:successive|consecutive)\b|(?<evergreen>\bcontinu\w*\s+(?:[\w,()]+\s+){0,10}?(?:thereafter|indefinitely|after\s+that)\b[^.;]{0,40}?\buntil\b))|\b(?:renew|extend)(?:s|ed)?\s+(?:[\w""“”]+\s+){0,8}?for\s+(?:[\w()]+\s+){0,4}?(?:additional|further|subsequent|renewal|successive|consecutive|periods?|terms?|years?|months?)\b|\brenewable\b|\b(?:right|option)\s+to\s+(?:renew|extend|continue)\b|(?<ja>(?<auto>自動(?:的に)?(?:更新|延長))|(?:更新|延長)(?:される|されるものと|するものと|することができる))",
        Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Renews();

    // The contract or its term renews: "this Agreement shall automatically renew", "the Term may be extended".
    [GeneratedRegex(@"\b(?:agreement|contract|term|initial\s+period)\s+(?:shall|will|may|is|to)\s+(?:\w+\s+){0,3}?(?:renew|extend|continu|prolong)|本契約(?:の有効期間)?は[^。]{0,120}?(?:更新|延長)", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex ContractRenews();

    [GeneratedRegex(@"\b(?:term|renewal|duration|extension)\b|期間|更新", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex TermHeading();

    // A renewal only if both sides later agree (or a board approves it each year) is not one
    // anyone diarises: CUAD's Renewal Term leaves out five of the eight such training contracts.
    // A sentence that also says "automatically" (new targets to agree, "either by mutual
    // agreement or automatically") stays a renewal.
    [GeneratedRegex(@"\bmutual(?:ly)?\s+(?:written\s+)?(?:agree|consent|accept)|\b(?:agreed|approved)\s+(?:in\s+writing\s+)?by\s+both\s+parties|\bparties\s+(?:shall|may|will)\s+(?:mutually\s+)?(?:agree|decide)|\bapproved\s+at\s+least\s+annually|協議の上|(?:合意|同意)により",
        Options, RegexTimeouts.Milliseconds)]
    private static partial Regex ByMutualAgreement();

    // A party's choice: "the option to renew", "may extend the Term", "if MBE notifies ... of its intent to renew".
    [GeneratedRegex(@"\b(?:right|option|elect(?:s|ion)?)\s+to\s+(?:renew|extend|continue)|\bmay,?\s+(?:at\s+its\s+(?:sole\s+)?(?:option|discretion),?\s+)?(?:\w+\s+)?(?:renew|extend)|\bintent(?:ion)?\s+to\s+(?:so\s+)?(?:renew|extend)|(?:更新|延長)することができる", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex OptionWords();

    [GeneratedRegex(@"\b(?:agreement|contract|term)\b|本契約|有効期間|契約期間", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex TheContract();

    // A renewal that is not the contract's: fees, registrations, insurance, an order.
    [GeneratedRegex(@"\b(?:renewal|maintenance|annuity)\s+fees?\b|\b(?:patents?|registrations?|trademarks?|permits?|insurance|polic(?:y|ies)|letters?\s+of\s+credit|purchase\s+orders?)\b[^.]{0,60}\b(?:renew|extend)|\b(?:time|review|cure|payment)\s+periods?\b|\btime\s+lost\b", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex NotTheContract();

    // A sentence about stopping a renewal: "notice of non-renewal", "its intention not to renew",
    // "prior to the expiration of the then-current term", "at the end of the Initial Term or any Renewal Term".
    [GeneratedRegex(@"\bnon-?\s?renewal\b|更新しない|\b(?:following|after)\s+(?:the\s+)?(?:expir\w+\s+of\s+the\s+)?initial\s+(?:term|period)\b|\bnot\s+(?:to\s+)?(?:renew|extend)\b|\b(?:prior\s+to|before|preceding|at)\s+(?:the\s+)?(?:expir\w*|end|conclusion)\s+of\s+(?:the\s+|its\s+|any\s+|such\s+|each\s+|said\s+)?(?:then[- ]?current\s+|initial\s+|renewal\s+|extended\s+|current\s+|original\s+)*(?:term|period)\b",
        Options, RegexTimeouts.Milliseconds)]
    private static partial Regex StopsRenewal();

    [GeneratedRegex(@"(?<![0-9０-９一二三四五六七八九十])(?<n>" + Numbers.DigitPattern + "|" + Numbers.KanjiPattern + @")\s?(?<unit>日|(?:か|ヶ|ケ|カ|ヵ|箇)月|年)(?:間)?前(?:まで|に)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex JapaneseNotice();

    [GeneratedRegex(@"\b(?:(?<y>year[- ]to[- ]year|annual(?:ly)?|yearly|each\s+year)|(?<m>month[- ]to[- ]month|monthly|each\s+month)|(?<i>indefinite(?:ly)?|perpetual(?:ly)?|until\s+terminated|until\s+(?:either|one|a)\s+party\s+(?:gives|terminates|provides|serves)))\b", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Period();

    [GeneratedRegex(@"^\W{0,3}(?:(?:(?:written|prior|advance)\s){0,3}(?:notice|notification)|(?:prior|before|in\s+advance)\b)|^前(?:まで|に)", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex NoticeAfter();

    [GeneratedRegex(@"\b(?:at\s+least|not\s+less\s+than|no\s+less\s+than|no\s+later\s+than|minimum\s+of|notice\s+(?:period\s+)?of|within)\s*$", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex NoticeBefore();
}
