using System.Buffers;
using System.Text.RegularExpressions;

namespace ClauseLens.Analysis.Segmentation;

/// <summary>
/// Headings that open with a word or a sign: "第5条", "Section 3.2", "EXHIBIT A", "別紙", "IN WITNESS
/// WHEREOF", "WHEREAS". Each form keeps its words, the letters they start with (which the dispatch
/// reads) and its pattern together, so adding a word cannot leave the dispatch behind.
/// </summary>
internal sealed partial class HeadingParser
{
    // ---- 第N条（title） ----

    private static readonly SearchValues<char> JapaneseArticleFirst = SearchValues.Create("第");

    [GeneratedRegex(@"^(?<num>第[ \u3000]{0,2}(?<n>[0-9０-９]{1,3}|[一二三四五六七八九十百〇]{1,6})[ \u3000]{0,2}条(?:の[0-9０-９一二三四五六七八九十]{1,3}|[0-9０-９]{1,2}項)?)(?=$|[ \t\u3000（(])(?:[ \u3000]{0,2}[（(](?<t>[^）)\n]{1,60})[）)])?", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex JapaneseArticle();

    private static Heading? TryJapaneseArticle(Cursor c)
    {
        var m = c.Match(JapaneseArticle());
        if (!m.Success)
        {
            return null;
        }

        var number = m.Groups["num"].Value;
        var title = m.Groups["t"].Success ? m.Groups["t"].Value.Trim() : null;
        var major = NumberValue.FromJapanese(m.Groups["n"].Value);
        return new Heading(HeadingRole.Article, NumberStyle.Japanese, number, title, c.Pos, c.Pos + m.Length, major);
    }

    // ---- N条（title）: an article heading whose 第 is not in the text ----

    /// <summary>
    /// "1条（目的）" alone on its line: the METI/JPO model contracts write their article headings so
    /// (after a list bullet), and the article body then opens with "第1条". Only a whole paragraph
    /// with a title counts, so "2条の規定により" at a line start stays body text; the number is
    /// written "第1条", as the body and every citation write it.
    /// </summary>
    [GeneratedRegex(@"^(?<n>[0-9０-９]{1,3})[ \u3000]{0,2}条(?<sub>[0-9０-９]{1,2}項)?[ \u3000]{0,2}[（(](?<t>[^）)\n]{1,60})[）)][ \t\u3000]*$", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex JapaneseArticleWithoutDai();

    private static Heading? TryJapaneseArticleWithoutDai(Cursor c)
    {
        if (c.Site != CandidateSite.ParagraphStart)
        {
            return null;
        }

        var m = c.Match(JapaneseArticleWithoutDai());
        if (!m.Success)
        {
            return null;
        }

        var n = m.Groups["n"].Value;
        var number = $"第{n}条{m.Groups["sub"].Value}";
        var title = m.Groups["t"].Value.Trim();
        return new Heading(HeadingRole.Article, NumberStyle.Japanese, number, title, c.Pos, c.Pos + m.Length, NumberValue.FromJapanese(n));
    }

    // ---- ARTICLE / Section / Clause N ----

    private const string SectionKeywords = "ARTICLE|Article|SECTION|Section|CLAUSE|Clause";

    private static readonly SearchValues<char> KeywordSectionFirst = FirstLetters(SectionKeywords);

    [GeneratedRegex(@"^(?:" + SectionKeywords + @")[ \t\u00A0]{1,3}(?:(?<n>[0-9]{1,3}(?:\.[0-9]{1,3}){0,3}|[IVXLC]{1,7})|(?<w>(?i:(?:twenty|thirty|forty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|eleven|twelve|ten|one|two|three|four|five|six|seven|eight|nine)))(?![0-9A-Za-z(\-])\.?", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex KeywordSection();

    private static Heading? TryKeywordSection(Cursor c)
    {
        var m = c.Match(KeywordSection());
        if (!m.Success)
        {
            return null;
        }

        // "ARTICLE SIX PARTY B'S OBLIGATIONS …": a number written out is numbered as its digits, so the
        // clause reads "6" wherever it is referred to.
        var n = m.Groups["w"].Success ? Extraction.Numbers.Parse(m.Groups["w"].Value)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : m.Groups["n"].Value;
        var (title, end, isTerm) = ReadTitleAfterNumber(c, c.Pos + m.Length);
        if (end < 0)
        {
            return null;
        }

        var isSub = n.Contains('.');
        var major = char.IsAsciiDigit(n[0]) ? NumberValue.LeadingInt(n) : NumberValue.FromRoman(n);
        return new Heading(isSub ? HeadingRole.Subsection : HeadingRole.Article, NumberStyle.Keyword, n, title, c.Pos, end, major, isTerm);
    }

    // ---- EXHIBIT A / Schedule 1 / 別紙 ----

    private const string ScheduleKeywords = "EXHIBIT|Exhibit|SCHEDULE|Schedule|ANNEX|Annex|APPENDIX|Appendix|ATTACHMENT|Attachment|ADDENDUM|Addendum";

    private static readonly SearchValues<char> ScheduleFirst = FirstLetters(ScheduleKeywords, more: "別");

    [GeneratedRegex(@"^(?:(?:" + ScheduleKeywords + @")[ \t\u00A0]{1,3}[A-Z0-9]{1,3}(?:[.\-][0-9A-Z]{1,3})?(?![A-Za-z0-9])|(?<ja>別紙[0-9０-９]{0,2})(?=$|[ \u3000（(]))", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex ScheduleStart();

    private static Heading? TrySchedule(Cursor c)
    {
        var m = c.Match(ScheduleStart());
        if (!m.Success)
        {
            return null;
        }

        if (m.Groups["ja"].Success)
        {
            var rest = ReadTitleAfterNumber(c, c.Pos + m.Length);
            return new Heading(HeadingRole.Schedule, NumberStyle.None, m.Value.Trim(), rest.Title, c.Pos, Math.Max(rest.End, c.Pos + m.Length));
        }

        var (title, end, _) = ReadTitleAfterNumber(c, c.Pos + m.Length);
        return end < 0 ? null : new Heading(HeadingRole.Schedule, NumberStyle.None, m.Value, title, c.Pos, end);
    }

    // ---- IN WITNESS WHEREOF / By: ____ / 以上の合意を証するため ----

    private const string SignaturePhrases = "IN WITNESS WHEREOF|In Witness Whereof|In witness whereof|IN WITNESS THEREOF|IN WITNESS HEREOF|AGREED AND ACCEPTED|ACCEPTED AND AGREED|Agreed and Accepted|Accepted and Agreed";

    private const string SignatureLineWords = "By|BY|Signature|SIGNATURE|Signed|SIGNED";

    private const string SignatureJapanese = "本契約(?:締結|の成立)の証として|以上の合意を証するため|上記契約の成立を証するため";

    /// <summary>The phrases' and signature words' letters, "[Signature page follows]", "/s/", and 本契約 / 以上 / 上記.</summary>
    private static readonly SearchValues<char> SignatureFirst = FirstLetters(SignaturePhrases + "|" + SignatureLineWords, more: "[/本以上");

    [GeneratedRegex(@"^(?:" + SignaturePhrases + @"|\[Signature [Pp]age [Ff]ollows\]|\[SIGNATURE PAGE FOLLOWS\]|(?:" + SignatureLineWords + @"):?[ \t]{0,20}(?:_{3,}|/s/)|(?:By|BY):[ \t]*$|/s/[ \t]|" + SignatureJapanese + ")", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex SignatureStart();

    private static Heading? TrySignature(Cursor c)
    {
        var m = c.Match(SignatureStart());
        if (!m.Success)
        {
            return null;
        }

        // The signature wording is body text, not a title: the clause starts at it and keeps it.
        return new Heading(HeadingRole.Signature, NumberStyle.None, null, null, c.Pos, c.Pos);
    }

    // ---- WHEREAS / RECITALS / BACKGROUND ----

    private const string RecitalsWords = "RECITALS?|BACKGROUND|PRELIMINARY STATEMENTS?|W ?I ?T ?N ?E ?S ?S ?E ?T ?H|R E C I T A L S";

    private static readonly SearchValues<char> RecitalsFirst = FirstLetters(RecitalsWords, more: "W");

    [GeneratedRegex(@"^(?:(?<whereas>WHEREAS\b|Whereas,)|(?:" + RecitalsWords + @")\b)", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex RecitalsStart();

    private static Heading? TryRecitals(Cursor c)
    {
        var m = c.Match(RecitalsStart());
        if (!m.Success)
        {
            return null;
        }

        if (m.Groups["whereas"].Success)
        {
            return new Heading(HeadingRole.Recitals, NumberStyle.None, null, null, c.Pos, c.Pos);
        }

        var end = c.Pos + m.Length;
        if (end < c.ParagraphEnd && c.Text[end] == ':')
        {
            end++;
        }

        return new Heading(HeadingRole.Recitals, NumberStyle.None, null, Collapse(m.Value), c.Pos, end);
    }
}
