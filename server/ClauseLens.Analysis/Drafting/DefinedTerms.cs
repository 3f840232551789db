using System.Text.RegularExpressions;
using ClauseLens.Analysis.Segmentation;

namespace ClauseLens.Analysis.Drafting;

/// <summary>How a term was defined.</summary>
internal enum DefinitionForm
{
    /// <summary>'"X" means …' (or "shall have the meaning", "refers to"); Japanese 「X」とは.</summary>
    Means,
    /// <summary>'(the "X")', '(hereinafter "X")'; Japanese （以下「X」という。）.</summary>
    Parenthetical,
    /// <summary>The heading of a numbered definition ("1.4 Affiliate") without quotes.</summary>
    Heading,
}

/// <summary>
/// One definition of a term. <see cref="Group"/> ties the terms of one definition together ('each a
/// "Party" and together the "Parties"'), so using either counts as using the definition.
/// </summary>
internal sealed record DefinedTerm(string Term, int Start, int End, DefinitionForm Form, string? Body, int Group, bool Japanese);

/// <summary>The terms a contract defines, in document order.</summary>
internal static partial class DefinedTerms
{
    private const int BodyWords = 12;

    public static IReadOnlyList<DefinedTerm> Find(ContractOutline outline)
    {
        var text = outline.Text;
        var terms = new List<DefinedTerm>();
        var group = 0;

        foreach (Match m in Means().Matches(text))
        {
            group++;
            foreach (Capture t in m.Groups["t"].Captures)
            {
                if (IsTermLike(t.Value))
                {
                    // "X shall have the meaning set forth in Section 2.4" points at the definition: nothing to compare.
                    var pointer = m.Value.Contains("meaning", StringComparison.Ordinal) || m.Value.Contains("defined", StringComparison.Ordinal);
                    terms.Add(new DefinedTerm(Clean(t.Value), t.Index, t.Index + t.Length, DefinitionForm.Means, pointer ? null : Body(text, m.Index + m.Length), group, false));
                }
            }
        }

        foreach (Match p in Parenthesis().Matches(text))
        {
            group++;
            foreach (Match q in Quoted().Matches(p.Value))
            {
                // '(including "The Essence of Clean Air")' lists names; it defines nothing.
                if (Listing().IsMatch(p.Value.AsSpan(0, q.Index)))
                {
                    continue;
                }

                var t = q.Groups["t"];
                if (IsTermLike(Clean(t.Value)) && !terms.Any(d => d.Start == p.Index + t.Index))
                {
                    terms.Add(new DefinedTerm(Clean(t.Value), p.Index + t.Index, p.Index + t.Index + t.Length, DefinitionForm.Parenthetical, null, group, false));
                }
            }
        }

        foreach (Match m in Hereinafter().Matches(text))
        {
            var t = m.Groups["t"];
            if (IsTermLike(t.Value) && !terms.Any(d => d.Start == t.Index))
            {
                terms.Add(new DefinedTerm(Clean(t.Value), t.Index, t.Index + t.Length, DefinitionForm.Parenthetical, null, ++group, false));
            }
        }

        foreach (Match m in JapaneseParenthetical().Matches(text))
        {
            var t = m.Groups["t"];
            terms.Add(new DefinedTerm(t.Value, t.Index, t.Index + t.Length, DefinitionForm.Parenthetical, null, ++group, true));
        }

        foreach (Match m in JapaneseMeans().Matches(text))
        {
            var t = m.Groups["t"];
            terms.Add(new DefinedTerm(t.Value, t.Index, t.Index + t.Length, DefinitionForm.Means, JapaneseBody(text, m.Index + m.Length), ++group, true));
        }

        // "(d) Maintenance Commencement Date means …" at a line start, without quotes: a definition too.
        foreach (Match m in UnquotedMeans().Matches(text))
        {
            var t = m.Groups["t"];
            if (IsTermLike(t.Value) && !terms.Any(d => d.Start == t.Index))
            {
                terms.Add(new DefinedTerm(Clean(t.Value), t.Index, t.Index + t.Length, DefinitionForm.Heading, null, ++group, false));
            }
        }

        // Numbered definitions whose term is the heading ("1.4 Affiliate. …") with no quotes.
        foreach (var section in outline.Sections)
        {
            if (section.Kind == ClauseKind.Definitions && section.Number is { } n && n.Contains('.') && section.Heading is { } h
                && IsTermLike(h) && !h.Contains("efinition", StringComparison.Ordinal) && !terms.Any(d => d.Term == h))
            {
                var at = text.IndexOf(h, section.Start, Math.Min(section.End, text.Length) - section.Start, StringComparison.Ordinal);
                if (at >= 0)
                {
                    terms.Add(new DefinedTerm(h, at, at + h.Length, DefinitionForm.Heading, null, ++group, false));
                }
            }
        }

        return [.. terms.OrderBy(t => t.Start)];
    }

    /// <summary>The term with runs of white space as one space and a plural "(s)" dropped ("Request(s)" → "Request").</summary>
    private static string Clean(string term) =>
        LeadingArticle().Replace(term, "") is var t && t != term ? Clean(t) : PluralSuffix().Replace(string.Join(' ', term.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), _ => "");

    /// <summary>A defined term's shape: capitalised, at most six words, no sentence punctuation.</summary>
    public static bool IsTermLike(string value)
    {
        var v = value.Trim();
        if (v.Length is < 2 or > 60 || !(char.IsUpper(v[0]) || char.IsDigit(v[0])))
        {
            return false;
        }

        if (v.IndexOfAny(['.', ';', ':', '!', '?', ',']) >= 0 && !v.EndsWith("Inc.", StringComparison.Ordinal))
        {
            return false;
        }

        return v.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6;
    }

    /// <summary>The first words of a definition's body, lower-cased, for telling two definitions apart.</summary>
    private static string Body(string text, int from)
    {
        var end = Math.Min(text.Length, from + 300);
        var stop = text.IndexOfAny(['.', ';', '\n'], from, end - from);
        var body = text[from..(stop < 0 ? end : stop)];
        var words = WordRun().Matches(body).Select(w => w.Value.ToLowerInvariant()).Take(BodyWords);
        return string.Join(' ', words);
    }

    private static string JapaneseBody(string text, int from)
    {
        var end = Math.Min(text.Length, from + 60);
        var stop = text.IndexOfAny(['。', '\n'], from, end - from);
        return text[from..(stop < 0 ? end : stop)].Trim('、', ' ');
    }

    // '"Territory" means', '"Affiliate" or "Affiliates" shall mean', '"Net Sales" shall have the meaning'.
    [GeneratedRegex(@"[“""](?<t>[A-Z0-9][^“”""\n]{0,60}?)[”""](?:\s*(?:,\s*(?:or\s+|and\s+)?|(?:or|and)\s+)[“""](?<t>[A-Z0-9][^“”""\n]{0,60}?)[”""])*\s*,?\s*(?:\([^()\n]{0,40}\)\s*)?(?:shall\s+|will\s+|also\s+|as\s+used\s+(?:herein|in\s+this\s+Agreement)\s*,?\s*)?(?:means?\b|shall\s+have\s+the\s+meaning|ha(?:s|ve)\s+the\s+meanings?|refers?\s+to\b|is\s+defined\s+(?:as|in)|:\s)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex Means();

    [GeneratedRegex(@"(?m:^)[ \t]*(?:\(?[a-zA-Z0-9]{1,4}[.)][ \t]+|\d{1,2}(?:\.\d{1,3}){1,2}\.?[ \t]+)?(?<t>[A-Z][\w-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+)?[A-Z][\w-]*){0,4})[ \t]*(?:\(s\))?[ \t]*[,:]?[ \t]*(?:shall[ \t]+mean|means|has[ \t]+the[ \t]+meaning)\b", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex UnquotedMeans();

    [GeneratedRegex(@"^(?:the|a|an)\s+(?=[A-Z])", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex LeadingArticle();

    [GeneratedRegex(@"\s?\((?:s|es|ies|S|ES|IES)\)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex PluralSuffix();

    [GeneratedRegex(@"\b(?:including|such\s+as|e\.g\.|for\s+example|marked|labell?ed|entitled|known\s+as)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex Listing();

    // A parenthesis that holds a quoted term: '(the "Company")', '(each a "Party" and together the "Parties")'.
    [GeneratedRegex(@"\([^()\n]{0,160}?[“""][A-Z0-9][^“”""\n]{0,60}?[”""][^()\n]{0,100}\)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex Parenthesis();

    [GeneratedRegex(@"[“""](?<t>(?:the\s+|a\s+|an\s+)?[A-Z0-9][^“”""\n]{0,60}?)[”""]", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\b(?:hereinafter|hereafter)\s*,?\s*(?:(?:referred\s+to|called|defined|designated)\s+as\s+)?(?:the\s+|a\s+|an\s+)?[“""](?<t>[A-Z0-9][^“”""\n]{0,60}?)[”""]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex Hereinafter();

    // （以下「本契約」という。）, （以下「甲」と総称する。）, 以下単に「本件業務」という
    [GeneratedRegex(@"以下[、,]?[^「」。\n]{0,20}?「(?<t>[^「」\n]{1,30})」(?:[、,]?「[^「」\n]{1,30}」)*と(?:いう|総称|称|略称)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex JapaneseParenthetical();

    // 「秘密情報」とは、…
    [GeneratedRegex(@"「(?<t>[^「」\n]{1,30})」とは", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex JapaneseMeans();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex WordRun();
}
