using System.Text.RegularExpressions;

namespace ClauseLens.Analysis.Context;

/// <summary>Whether the text reads as a contract at all, and why not when it does not.</summary>
/// <param name="IsContract">False when the text carries too little of the wording every contract has.</param>
/// <param name="Reason">Why it does not read as one, in a sentence (null for a contract).</param>
/// <param name="ContractWords">How many distinct kinds of contract wording were found (parties, obligations, "hereby", 本契約 …); reading stops at <see cref="ContractNature.ContractWordsNeeded"/>.</param>
public sealed record ContractCheck(bool IsContract, string? Reason, int ContractWords);

/// <summary>
/// Tells a contract from an e-mail, a lunch note or a memo before any playbook is applied: a
/// contract names parties and obligations in legal wording ("hereby", "the Parties", "shall",
/// "terminate", 本契約, 甲/乙, 第n条, ものとする). A text with almost none of that gets no findings,
/// because every "missing clause" finding on it would be noise. Measured on the dev documents
/// (none of them is called not-a-contract; see ContractNatureTests).
/// </summary>
public static partial class ContractNature
{
    /// <summary>A text with at least this many distinct kinds of contract wording reads as a contract.</summary>
    public const int ContractWordsNeeded = 2;

    /// <summary>Reads <paramref name="text"/> (English, Japanese or both).</summary>
    public static ContractCheck Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // The opening of a long document says what it is; reading all of a 300-page filing adds nothing.
        var sample = text.Length > SampleCharacters ? text[..SampleCharacters] : text;
        // Stops as soon as the answer is known: a contract shows two kinds of its wording within its
        // first lines, so this costs microseconds on one; only a text that is not one is read through.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Collect("en", StrongWords(), sample, seen, ContractWordsNeeded);
        Collect("ja", JapaneseWords(), sample, seen, ContractWordsNeeded);
        // Weak words ("shall", "agreement") alone occur in any e-mail about a deal; they count only
        // alongside at least one word contracts use and e-mails rarely do.
        if (seen.Count == 1)
        {
            Collect("weak", WeakWords(), sample, seen, ContractWordsNeeded);
        }

        var words = seen.Count;
        return words >= ContractWordsNeeded
            ? new ContractCheck(true, null, words)
            : new ContractCheck(false,
                words == 0
                    ? "It has none of the wording a contract has: no parties, no obligations, no clauses."
                    : "It has almost none of the wording a contract has (parties, obligations, numbered clauses).",
                words);
    }

    /// <summary>How much of a text is read at most.</summary>
    public const int SampleCharacters = 200_000;

    private static void Collect(string kind, Regex pattern, string text, HashSet<string> seen, int enough)
    {
        for (var m = pattern.Match(text); m.Success && seen.Count < enough; m = m.NextMatch())
        {
            // The group that matched names the kind of wording, so "party" and "parties" count once;
            // the pattern's name keeps "shall" and ものとする apart.
            for (var g = 1; g < m.Groups.Count; g++)
            {
                if (m.Groups[g].Success)
                {
                    seen.Add($"{kind}:{pattern.GroupNameFromNumber(g)}");
                    break;
                }
            }
        }
    }

    [GeneratedRegex(@"\b(?:(?<here>here(?:by|in|of|under|inafter|to|with))|(?<whereas>whereas|witness whereof)|(?<party>part(?:y|ies))|(?<law>governing\s+law|laws\s+of)|(?<indemnity>indemnif\w*)|(?<liability>liabilit(?:y|ies)|liable)|(?<warranty>warrant(?:y|ies|s)|represents\s+and\s+warrants)|(?<termination>terminat(?:e|es|ed|ion))|(?<confidential>confidential(?:ity)?)|(?<licence>licen[cs](?:e|es|ed|or|ee|ing))|(?<breach>breach(?:es)?)|(?<obligation>obligations?)|(?<effective>effective\s+date)|(?<covenant>covenants?)|(?<assignment>assign(?:s|ed|ment)?)|(?<dispute>arbitration|jurisdiction)|(?<royalty>royalt(?:y|ies))|(?<remedy>remed(?:y|ies))|(?<notwithstanding>notwithstanding)|(?<section>(?:section|article|clause)\s+\d))\b",
        RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, RegexTimeouts.Milliseconds)]
    private static partial Regex StrongWords();

    [GeneratedRegex(@"\b(?:(?<shall>shall)|(?<agreement>agreements?|contracts?)|(?<agree>agree(?:s|d)?))\b",
        RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, RegexTimeouts.Milliseconds)]
    private static partial Regex WeakWords();

    [GeneratedRegex(@"(?<this>本契約|本覚書)|(?<contract>契約書|覚書)|(?<kou>甲)|(?<otsu>乙)|(?<article>第[0-9０-９一二三四五六七八九十百]+条)|(?<shall>ものとする)|(?<party>当事者)|(?<secret>秘密情報|秘密保持)|(?<law>準拠法|管轄)|(?<cancel>解除)|(?<damages>損害賠償)",
        RegexOptions.ExplicitCapture, RegexTimeouts.Milliseconds)]
    private static partial Regex JapaneseWords();
}
