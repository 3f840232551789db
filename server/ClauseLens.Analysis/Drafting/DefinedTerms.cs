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
            // 'Item 17(d), titled "Termination by franchisee":' names a heading; it defines nothing. A
            // glossary's '"Term": meaning' opens its line; 'the property "ICE AGE 2": (i) …' is a label.
            if (NamedBefore(text, m.Index) || m.Value.TrimEnd().EndsWith(':') && !GlossaryLine(text, m.Index))
            {
                continue;
            }

            group++;
            foreach (Capture t in m.Groups["t"].Captures)
            {
                // '"Preliminary Prospectus," as used herein, means': the comma belongs to the sentence.
                if (IsTermLike(t.Value.TrimEnd(',', '.')))
                {
                    // "X shall have the meaning set forth in Section 2.4" points at the definition: nothing to compare.
                    var pointer = m.Value.Contains("meaning", StringComparison.Ordinal) || m.Value.Contains("defined", StringComparison.Ordinal);
                    // '"Maximum Daily Delivery Obligation (MDDO)" means': the term, and its abbreviation as an alias.
                    var inner = InnerAbbreviation().Match(t.Value);
                    var term = inner.Success ? inner.Groups["t"].Value : t.Value.TrimEnd(',', '.');
                    terms.Add(new DefinedTerm(Clean(term), t.Index, t.Index + t.Length, DefinitionForm.Means, pointer ? null : Body(text, m.Index + m.Length), group, false));
                    if (inner.Success)
                    {
                        var a = inner.Groups["a"];
                        terms.Add(new DefinedTerm(a.Value, t.Index + a.Index, t.Index + a.Index + a.Length, DefinitionForm.Means, null, group, false));
                    }
                }
            }

            // '"Current Good Manufacturing Practices" (abbreviated "GMPs" or "cGMPs") shall mean': the
            // abbreviations belong to the definition, so using one of them uses it.
            if (m.Groups["alias"].Success)
            {
                foreach (Match a in AnyQuoted().Matches(m.Groups["alias"].Value))
                {
                    var alias = a.Groups["t"];
                    var at = m.Groups["alias"].Index + alias.Index;
                    terms.Add(new DefinedTerm(Clean(alias.Value), at, at + alias.Length, DefinitionForm.Means, null, group, false));
                }
            }
        }

        foreach (Match p in Parenthesis().Matches(text))
        {
            group++;
            foreach (Match q in Quoted().Matches(p.Value))
            {
                // '(including "The Essence of Clean Air")' lists names; it defines nothing. Nor does a
                // quoted name that a noun follows ('(as published in the "Money Rates" table …)'): a
                // definition's quote closes the parenthesis or is followed by "and", "or", a comma.
                if (Listing().IsMatch(p.Value.AsSpan(0, q.Index)) || WithBefore().IsMatch(p.Value.AsSpan(0, q.Index))
                    || !DefinitionAfter().IsMatch(p.Value.AsSpan(q.Index + q.Length)))
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
    /// <remarks>"Paid- For Development" (a line broken at the hyphen) is "Paid-For Development".</remarks>
    private static string Clean(string term) =>
        LeadingArticle().Replace(term, "") is var t && t != term ? Clean(t)
        : PluralSuffix().Replace(string.Join(' ', term.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), _ => "").Replace("- ", "-", StringComparison.Ordinal);

    /// <summary>True when only white space or a list marker ("(a)", "1.1", "b.") stands between the line start and <paramref name="quote"/>.</summary>
    private static bool GlossaryLine(string text, int quote)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, quote - 1)) + 1;
        return GlossaryLead().IsMatch(text.AsSpan(start, quote - start));
    }

    /// <summary>True when a word that names rather than defines ("titled", "entitled", "formerly") stands just before <paramref name="quote"/>.</summary>
    private static bool NamedBefore(string text, int quote)
    {
        var from = Math.Max(0, quote - 40);
        return NameLead().IsMatch(text.AsSpan(from, quote - from));
    }

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

        var words = v.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "F ranch i so r": a spaced-out heading from a PDF, not a term.
        return words.Length <= 6 && !words.Any(w => w.Length == 1 && char.IsLower(w[0]) && w != "a");
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

    // '"Territory" means', '"Affiliate" or "Affiliates" shall mean', '"Net Sales" shall have the meaning',
    // '"Affiliate" of a Party means', '"GMP" (or "cGMP") means' (the parenthesis is captured as aliases).
    [GeneratedRegex(@"[“""](?<t>[A-Z0-9][^“”""\n]{0,60}?)[”""](?:\s*(?:,\s*(?:or\s+|and\s+)?|(?:or|and)\s+)[“""](?<t>[A-Z0-9][^“”""\n]{0,60}?)[”""])*\s*,?\s*(?:\((?<alias>[^()\n]{0,40})\)\s*)?(?:(?:of|for|with\s+respect\s+to|in\s+respect\s+of|in\s+relation\s+to)\s+(?:a|an|any|the|each|such)\s+[A-Za-z]+(?:\s+[A-Za-z]+)?\s*,?\s*)?(?:shall\s+|will\s+|also\s+|as\s+used\s+(?:herein|in\s+this\s+Agreement)\s*,?\s*)?(?:means?\b|shall\s+have\s+the\s+meaning|ha(?:s|ve)\s+the\s+meanings?|refers?\s+to\b|is\s+defined\s+(?:as|in)|:\s)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex Means();

    [GeneratedRegex(@"(?m:^)[ \t]*(?:\(?[a-zA-Z0-9]{1,4}[.)][ \t]+|\d{1,2}(?:\.\d{1,3}){1,2}\.?[ \t]+)?(?<t>[A-Z][\w-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+)?[A-Z][\w-]*){0,4})[ \t]*(?:\(s\))?[ \t]*[,:]?[ \t]*(?:shall[ \t]+mean|means|has[ \t]+the[ \t]+meaning)\b", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex UnquotedMeans();

    [GeneratedRegex(@"^(?:the|a|an)\s+(?=[A-Z])", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex LeadingArticle();

    // "Request(s)", "Indemnified Party/ies".
    [GeneratedRegex(@"\s?\((?:s|es|ies|S|ES|IES)\)|/(?:s|es|ies)\b", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex PluralSuffix();

    // Words that introduce names, titles or examples in a parenthesis: what follows is quoted, not defined.
    // ("e.g." ends in a dot, so no word boundary after it.)
    [GeneratedRegex(@"\b(?:including|such\s+as|for\s+example|marked|labell?ed|entitled|titled|captioned|known\s+as|formerly|translation|identified\s+as|currently\s+(?:referred\s+to|known|called)|f/k/a|d/b/a)\b|\be\.g\.", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex Listing();

    // '(with "Shop Playboy" or such other wording …)': the quote is the wording itself.
    [GeneratedRegex(@"\b(?:with|the\s+words?|the\s+phrase|the\s+legend)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex WithBefore();

    // What may follow a defined term's closing quote inside its parenthesis.
    [GeneratedRegex(@"^\s*(?:$|[),;:/–-]|(?:and|or|as|herein|hereinafter|hereunder|hereto|respectively|collectively|each|being|shall|means?|unless|in\s+this|under\s+this|for\s+(?:the\s+)?purposes|in\s+each\s+case)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex DefinitionAfter();

    // Just before a quote: 'titled "…":', 'entitled', 'the words', 'formerly', 'currently referred to as the'.
    [GeneratedRegex(@"\b(?:titled|entitled|captioned|headed|marked|labell?ed|the\s+words?|the\s+phrase|translation|formerly|identified\s+as|currently\s+(?:referred\s+to\s+as|known\s+as|called))\s*[:,]?\s*(?:the\s+|an?\s+)?[“""]?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex NameLead();

    [GeneratedRegex(@"^[ \t]*(?:\(?[a-zA-Z0-9]{1,4}[.)][ \t]*|\d{1,2}(?:\.\d{1,3}){1,2}\.?[ \t]*)?$", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex GlossaryLead();

    [GeneratedRegex(@"^(?<t>.+?)\s*\((?<a>[A-Za-z][A-Za-z0-9&-]{1,9})\)$", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex InnerAbbreviation();

    // Any quoted string, an abbreviation in lower case included ("cGMPs").
    [GeneratedRegex(@"[“""](?<t>[A-Za-z0-9][^“”""\n]{0,30}?)[”""]", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex AnyQuoted();

    // A parenthesis that holds a quoted term: '(the "Company")', '(each a "Party" and together the "Parties")'.
    [GeneratedRegex(@"\([^()\n]{0,160}?[“""](?:the\s+|a\s+|an\s+)?[A-Z0-9][^“”""\n]{0,60}?[”""][^()\n]{0,100}\)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
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
