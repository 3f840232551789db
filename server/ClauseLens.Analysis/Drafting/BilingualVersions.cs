using System.Globalization;
using System.Text.RegularExpressions;
using ClauseLens.Analysis.Extraction;
using ClauseLens.Analysis.Playbooks;

namespace ClauseLens.Analysis.Drafting;

/// <summary>
/// A contract that holds an English and a Japanese version (one after the other, or article by
/// article): aligns the articles by number and compares what must match (durations, percentages,
/// amounts, governing law, forum); reports each version naming a different prevailing language, and
/// (when asked) no prevailing language at all.
/// </summary>
internal static partial class BilingualVersions
{
    // Each version needs this many numbered articles to be a version rather than a stray translation.
    private const int MinArticles = 2;

    private enum Language { English, Japanese }

    private sealed record Article(Language Language, int Number, List<Paragraph> Paragraphs);

    public static IEnumerable<DraftingIssue> Run(ContractOutline outline, bool reportMissingPrevailing)
    {
        var articles = Articles(outline.Document);
        var english = articles.Where(a => a.Language == Language.English && a.Number > 0).GroupBy(a => a.Number).ToDictionary(g => g.Key, g => g.SelectMany(a => a.Paragraphs).ToList());
        var japanese = articles.Where(a => a.Language == Language.Japanese && a.Number > 0).GroupBy(a => a.Number).ToDictionary(g => g.Key, g => g.SelectMany(a => a.Paragraphs).ToList());
        if (english.Count < MinArticles || japanese.Count < MinArticles || english.Keys.Intersect(japanese.Keys).Count() < MinArticles)
        {
            return [];
        }

        var issues = new List<DraftingIssue>();
        foreach (var number in english.Keys.Intersect(japanese.Keys).Order())
        {
            issues.AddRange(Compare(number, english[number], japanese[number]));
        }

        issues.AddRange(Prevailing(outline, articles, reportMissingPrevailing));
        return issues;
    }

    /// <summary>The paragraphs of each language, grouped under the article heading that precedes them in that language.</summary>
    private static List<Article> Articles(ContractDocument document)
    {
        var list = new List<Article>();
        Article? currentEnglish = null, currentJapanese = null;
        foreach (var p in document.Paragraphs)
        {
            if (LanguageOf(p.Text) is not { } language)
            {
                continue;
            }

            var heading = language == Language.English ? EnglishArticle().Match(p.Text) : JapaneseArticle().Match(p.Text);
            if (heading.Success)
            {
                var n = language == Language.English ? EnglishNumber(heading.Groups["n"].Value) : NumberFromJapanese(heading.Groups["n"].Value);
                var article = new Article(language, n, []);
                list.Add(article);
                if (language == Language.English)
                {
                    currentEnglish = article;
                }
                else
                {
                    currentJapanese = article;
                }
            }

            var current = language == Language.English ? currentEnglish : currentJapanese;
            if (current is null)
            {
                current = new Article(language, 0, []);
                list.Add(current);
                if (language == Language.English)
                {
                    currentEnglish = current;
                }
                else
                {
                    currentJapanese = current;
                }
            }

            current.Paragraphs.Add(p);
        }

        return list;
    }

    private static IEnumerable<DraftingIssue> Compare(int number, List<Paragraph> english, List<Paragraph> japanese)
    {
        var where = $"article {number.ToString(CultureInfo.InvariantCulture)}";
        foreach (var (kind, high, valuesOf) in Comparisons)
        {
            var e = english.SelectMany(valuesOf).ToList();
            var j = japanese.SelectMany(valuesOf).ToList();
            if (e.Count == 0 || j.Count == 0)
            {
                continue;
            }

            var eSet = e.Select(v => v.Value).ToHashSet(StringComparer.Ordinal);
            var jSet = j.Select(v => v.Value).ToHashSet(StringComparer.Ordinal);
            if (eSet.SetEquals(jSet))
            {
                continue;
            }

            var eFirst = e.FirstOrDefault(v => !jSet.Contains(v.Value)) ?? e[0];
            var jFirst = j.FirstOrDefault(v => !eSet.Contains(v.Value)) ?? j[0];
            yield return new DraftingIssue(DraftingCheck.BilingualMismatch, high ? Severity.High : Severity.Medium,
                $"{where}, {kind}: English {string.Join(", ", e.Select(v => v.Value).Distinct())}; Japanese {string.Join(", ", j.Select(v => v.Value).Distinct())}",
                eFirst.Start, eFirst.End, new Evidence(jFirst.Start, jFirst.End));
        }
    }

    private sealed record Fact(string Value, int Start, int End);

    private static readonly (string Kind, bool High, Func<Paragraph, IEnumerable<Fact>> Values)[] Comparisons =
    [
        ("duration", true, Durations),
        ("percentage", true, Percentages),
        ("amount", true, Amounts),
        ("governing law", true, Laws),
        ("forum", false, Forums),
    ];

    private static IEnumerable<Fact> Durations(Paragraph p) =>
        DurationExtractor.Extract(p.Text, p.Start, Sentences.Split(p.Text))
            .Where(d => d.Months is not null)
            .Select(d => new Fact(Months(d.Months!.Value), d.Start, d.End));

    private static string Months(int months) =>
        months % 12 == 0 ? $"{months / 12} year{(months == 12 ? "" : "s")}" : $"{months} month{(months == 1 ? "" : "s")}";

    private static IEnumerable<Fact> Percentages(Paragraph p) =>
        Percentage().Matches(p.Text).Select(m => new Fact(Decimal(m.Groups["n"].Value) + "%", p.Start + m.Index, p.Start + m.Index + m.Length));

    private static IEnumerable<Fact> Amounts(Paragraph p)
    {
        foreach (Match m in Amount().Matches(p.Text))
        {
            var digits = Numbers.ToAsciiDigits(m.Groups["n"].Value).Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal);
            if (!decimal.TryParse(digits, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            value *= m.Groups["mult"].Value switch
            {
                "million" => 1_000_000m,
                "thousand" => 1_000m,
                "billion" => 1_000_000_000m,
                "万" => 10_000m,
                "億" => 100_000_000m,
                _ => 1m,
            };
            var yen = m.Groups["yen"].Success;
            yield return new Fact($"{(yen ? "JPY " : "")}{value.ToString("#,0.##", CultureInfo.InvariantCulture)}", p.Start + m.Index, p.Start + m.Index + m.Length);
        }
    }

    private static IEnumerable<Fact> Laws(Paragraph p) =>
        LawAndForumExtractor.Laws(p.Text, p.Start, Sentences.Split(p.Text)).Select(l => new Fact($"law of {l.Country}", l.Start, l.End));

    private static IEnumerable<Fact> Forums(Paragraph p) =>
        LawAndForumExtractor.Forums(p.Text, p.Start)
            .Where(f => f.Place is not null || f.Country is not null)
            .Select(f => new Fact($"{(f.Kind == ForumKind.Court ? "courts" : "arbitration")} in {f.Place ?? f.Country}", f.Start, f.End));

    private static IEnumerable<DraftingIssue> Prevailing(ContractOutline outline, List<Article> articles, bool reportMissing)
    {
        var found = new List<(Language Version, string Says, int Start, int End)>();
        foreach (var article in articles)
        {
            foreach (var p in article.Paragraphs)
            {
                foreach (var (index, length, says) in ElementExtractor.PrevailingStatements(p.Text))
                {
                    found.Add((article.Language, says, p.Start + index, p.Start + index + length));
                }
            }
        }

        var byEnglish = found.FirstOrDefault(f => f.Version == Language.English);
        var byJapanese = found.FirstOrDefault(f => f.Version == Language.Japanese);
        if (byEnglish.Says is not null && byJapanese.Says is not null && byEnglish.Says != byJapanese.Says)
        {
            yield return new DraftingIssue(DraftingCheck.PrevailingLanguage, Severity.High,
                $"the English version says {byEnglish.Says} prevails; the Japanese version says {byJapanese.Says} prevails",
                byEnglish.Start, byEnglish.End, new Evidence(byJapanese.Start, byJapanese.End));
        }
        else if (found.Count == 0 && reportMissing)
        {
            var first = outline.Document.Paragraphs.First(p => p.Text.Length > 0);
            yield return new DraftingIssue(DraftingCheck.PrevailingLanguage, Severity.Medium,
                "English and Japanese versions; neither names the version that prevails", first.Start, first.End);
        }
    }

    private static Language? LanguageOf(string text)
    {
        int japanese = 0, latin = 0;
        foreach (var ch in text)
        {
            if (ch is (>= '\u3040' and <= '\u30ff') or (>= '\u4e00' and <= '\u9fff'))
            {
                japanese++;
            }
            else if (ch is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z'))
            {
                latin++;
            }
        }

        return japanese == 0 && latin == 0 ? null : japanese * 3 >= latin ? Language.Japanese : Language.English;
    }

    private static int EnglishNumber(string n) =>
        char.IsAsciiDigit(n[0]) ? int.Parse(n, CultureInfo.InvariantCulture) : Segmentation.NumberValue.FromRoman(n);

    private static int NumberFromJapanese(string n) => Segmentation.NumberValue.FromJapanese(n);

    private static string Decimal(string n) =>
        decimal.TryParse(Numbers.ToAsciiDigits(n).Replace('．', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var v)
            ? v.ToString("0.##", CultureInfo.InvariantCulture) : n;

    [GeneratedRegex(@"^\s*(?:(?:Article|ARTICLE|Section|SECTION|Clause|CLAUSE)\s+(?<n>\d{1,3}|[IVX]{1,6})\b|(?<n>\d{1,3})\.(?!\d))", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex EnglishArticle();

    [GeneratedRegex(@"^\s*第(?<n>[0-9０-９]{1,3}|[一二三四五六七八九十百]{1,4})条", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex JapaneseArticle();

    [GeneratedRegex(@"(?<n>[0-9０-９]{1,3}(?:[.．][0-9０-９]{1,2})?)\s?(?:%|％|\s?percent\b|\s?per\s+cent\b|パーセント)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexTimeouts.Milliseconds)]
    private static partial Regex Percentage();

    // "US$10,000", "JPY 1,000,000", "$2 million", "1,000,000 yen", "100万円", "金1,000,000円".
    [GeneratedRegex(@"(?:US\$|\$|USD\s?|(?<yen>JPY\s?|¥|￥)|EUR\s?|€)(?<n>[0-9０-９][0-9０-９,，]*(?:\.\d+)?)(?:\s(?<mult>million|thousand|billion))?|(?<n>[0-9０-９][0-9０-９,，]*)\s?(?<mult>万|億)?(?<yen>円)|(?<n>[0-9][0-9,]*)\s(?<mult>million\s|thousand\s)?(?<yen>yen)\b|(?<n>[0-9０-９][0-9０-９,，]*)\s?(?<mult>万|億)?(?:米ドル|ドル)", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex Amount();
}
