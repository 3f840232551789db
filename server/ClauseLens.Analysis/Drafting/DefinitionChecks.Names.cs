using System.Text.RegularExpressions;
using ClauseLens.Analysis.Extraction;

namespace ClauseLens.Analysis.Drafting;

/// <summary>
/// What tells a proper name from a term the contract forgot to define: brands, places, lists of
/// names, a phrase cut out of a longer name, words the contract never writes in lower case.
/// </summary>
internal static partial class DefinitionChecks
{
    private static bool IsProperNoun(string term)
    {
        var words = term.Split(' ');
        return words.Any(w => NotTermWords.Contains(w) || w.Contains('-') && w.Split('-').Any(NotTermWords.Contains)) || words.Length == 1 && FunctionWords.Contains(term)
            || words.Any(IsCamelCase) || Places.Resolve(term) is not null || Places.Resolve(words[0]) is not null;
    }

    /// <summary>"ClearLobby", "MobiSecure", "eBay": a brand written as one word with a capital inside.</summary>
    private static bool IsCamelCase(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]) && char.IsLower(word[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when what surrounds a capitalised phrase shows it is a name or cut out of one: another
    /// capitalised word follows ("the Nasdaq Global Market", four words of a longer name, or "the
    /// Senior PGA tour"), a trade mark sign, a colon (a label, "Source:"), or a comma and more
    /// capitalised words (a list of names: "the Auctions, Books or Gourmet &amp; Groceries").
    /// </summary>
    private static bool IsNameInContext(string text, int start, int end)
    {
        var after = text.AsSpan(end, Math.Min(40, text.Length - end));
        return NameAfter().IsMatch(after);
    }

    /// <summary>
    /// True when each word of <paramref name="term"/> is an ordinary word: one contracts build defined
    /// terms from (<see cref="TermVocabulary"/>), or one this contract also writes in lower case
    /// ("confidential", "information"). "Nasdaq", "Manhattan", "Sympatico" are neither,
    /// so a phrase holding one is a proper name, not a term the contract forgot to define.
    /// </summary>
    private static bool IsOrdinaryWords(string term, HashSet<string> lowerWords)
    {
        foreach (var word in term.Split(' ', '-'))
        {
            if (word.Length == 0 || word is "of" or "and" or "for")
            {
                continue;
            }

            var w = word.ToLowerInvariant();
            if (!TermVocabulary.Words.Contains(w) && !TermVocabulary.Words.Contains(Singular(w)) && !lowerWords.Contains(w) && !lowerWords.Contains(Singular(w)) && !lowerWords.Contains(w + "s") && !lowerWords.Contains(w + "es")
                && !(w.EndsWith('y') && lowerWords.Contains(w[..^1] + "ies")))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words the text writes in lower case (the contract's ordinary vocabulary).</summary>
    private static HashSet<string> LowerCaseWords(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var lower = true;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                lower &= char.IsLower(text[i]);
                i++;
            }

            if (lower)
            {
                lookup.Add(text.AsSpan(start, i - start));
            }
        }

        return words;
    }

    /// <summary>
    /// True when the determiner at <paramref name="at"/> continues a capitalised name: "the Convention on
    /// Contracts for the International Sale of Goods", "the Department of Business, … for the Network".
    /// </summary>
    private static bool ContinuesName(string text, int at)
    {
        var from = Math.Max(0, at - 40);
        return NameBefore().IsMatch(text.AsSpan(from, at - from));
    }

    /// <summary>True when the determiner at <paramref name="at"/> follows a lower-case word, a comma or "(" (mid-sentence).</summary>
    private static bool AfterWordOrComma(string text, int at)
    {
        var i = at - 1;
        if (i < 0 || !char.IsWhiteSpace(text[i]) && text[i] != '(')
        {
            return false;
        }

        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i >= 0 && (text[i] is (>= 'a' and <= 'z') or ',' or ';' or '(');
    }

    // Capitalised words that are never a defined term on their own ("the Not applicable" in a table).
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "Not", "No", "None", "Yes", "All", "Any", "And", "Or", "The", "This", "That", "These", "Those", "Such", "Each",
        "Other", "Its", "Their", "Our", "Your", "Source", "Page", "Total", "Date", "Name", "Title", "Signature", "By",
        "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Fifteen",
        "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Ninety", "Hundred", "First", "Second", "Third", "Fourth", "Fifth", "Last",
    };

    // Before the determiner: two capitalised words of a name and a linking word ("Convention on Contracts
    // for the", "Department of Business for the"); one ("Payments for the") starts a sentence.
    [GeneratedRegex(@"\b[A-Z][\w&-]*\s+(?:(?:of|on|for|and)\s+)?[A-Z][\w&-]*\s+(?:of|for|on)\s+$", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex NameBefore();

    // After the phrase: another capitalised word, a trade mark sign, a label colon, or ", Names and Names".
    // A parenthesis opening with a capital continues a statute's name ("the Contracts (Rights of Third Parties) Act");
    // "dated" follows a document's title ("the Plan of Additional Stock Issuance dated June 21, 2006").
    [GeneratedRegex(@"^(?:[ \t]+[A-Z0-9]|[ \t]*&|[™®©]|\s*:|\s*\([A-Z][a-z]|\s+dated\b|,\s*[A-Z][\w&-]*(?:\s+[A-Z&][\w&-]*)*\s*(?:,|and\b|or\b|&))", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex NameAfter();
}
