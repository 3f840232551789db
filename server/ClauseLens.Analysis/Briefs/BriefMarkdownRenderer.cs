using System.Text;
using ClauseLens.Analysis.Writing;

namespace ClauseLens.Analysis.Briefs;

/// <summary>
/// Renders a brief as CommonMark (GitHub tables and task lists). Every piece of text is escaped so
/// contract text can neither become markup, a link nor raw HTML, nor break a table or list.
/// </summary>
public sealed class BriefMarkdownRenderer
{
    /// <summary>Renders <paramref name="brief"/>.</summary>
    public string Render(NegotiationBrief brief)
    {
        var w = BriefWording.For(brief.Language);
        ArgumentNullException.ThrowIfNull(brief);
        var md = new StringBuilder();
        var deal = brief.Deal;
        md.Append("# ").Append(w.Kicker).Append(w.Colon).AppendLine(Escape(w.Headline(deal))).AppendLine();

        md.Append("## ").AppendLine(w.DealHeading).AppendLine();
        md.AppendLine("| | |").AppendLine("|---|---|");
        TableRow(md, $"**{w.PartiesLabel}**", Escape(w.PartiesLine(deal)));
        TableRow(md, $"**{w.TypeLabel}**", Escape(deal.AgreementType));
        TableRow(md, $"**{w.LawLabel}**", Escape(deal.GoverningLaw));
        TableRow(md, $"**{w.ForumLabel}**", Escape(deal.Forum));
        md.AppendLine();

        TopGaps(md, brief);
        md.Append('*').Append(Escape(w.Disclaimer)).AppendLine("*").AppendLine();
        Detail(md, brief);
        Topics(md, brief);
        Fine(md, brief);
        Questions(md, brief);
        Guidance(md, brief);
        AfterSigning(md, brief);

        md.AppendLine("---").AppendLine();
        md.AppendLine(Escape(w.Produced(brief.Provenance)));
        return md.ToString();
    }

    private static void TopGaps(StringBuilder md, NegotiationBrief brief)
    {
        var w = BriefWording.For(brief.Language);
        md.Append("## ").AppendLine(w.TopPointsHeading(brief.TopGaps.Count)).AppendLine();
        if (brief.TopGaps.Count == 0)
        {
            md.AppendLine(w.NoTopPoints).AppendLine();
        }

        foreach (var gap in brief.TopGaps)
        {
            md.Append("### ").AppendLine(Escape(w.PointTitle(gap))).AppendLine();
            md.Append('*').Append(Escape(w.PointLine(gap))).AppendLine("*").AppendLine();
            md.Append("- **").Append(w.AskLabel).Append(w.Colon.TrimEnd()).Append("** ").AppendLine(Escape(gap.Ask));
            if (gap.Fallback is { Length: > 0 } fallback)
            {
                md.Append("- **").Append(w.FallbackLabel).Append(w.Colon.TrimEnd()).Append("** ").AppendLine(Escape(fallback));
            }

            md.AppendLine();
        }
    }

    private static void Detail(StringBuilder md, NegotiationBrief brief)
    {
        var w = BriefWording.For(brief.Language);
        if (brief.TopGaps.Count == 0)
        {
            return;
        }

        md.Append("## ").AppendLine(w.DetailHeading).AppendLine();
        foreach (var gap in brief.TopGaps)
        {
            md.Append("### ").AppendLine(Escape(w.DetailTitle(gap))).AppendLine();
            Item(md, w.AtStakeLabel, gap.AtStake, w);
            if (gap.Where.Quote is { Length: > 0 } quote)
            {
                md.Append("- **").Append(w.InContractLabel).Append(w.Colon.TrimEnd()).Append("** ").AppendLine(Escape(w.Quoted(quote)));
            }

            Item(md, w.FallbackRestLabel, gap.FallbackRest, w);
            Item(md, w.RaiseLabel, gap.TalkingPoint, w);
            Item(md, w.SourceLabel, gap.Source, w);
            md.AppendLine();
        }
    }

    private static void Item(StringBuilder md, string label, string? text, BriefWording w)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            md.Append("- **").Append(label).Append(w.Colon.TrimEnd()).Append("** ").AppendLine(Escape(text));
        }
    }

    private static void Topics(StringBuilder md, NegotiationBrief brief)
    {
        var w = BriefWording.For(brief.Language);
        md.Append("## ").AppendLine(w.OtherFindingsHeading).AppendLine();
        if (brief.Topics.Count == 0)
        {
            md.AppendLine(w.NoOtherFindings).AppendLine();
        }

        foreach (var topic in brief.Topics)
        {
            md.Append("### ").AppendLine(Escape(topic.Name)).AppendLine();
            md.Append("| ").AppendJoin(" | ", w.FindingColumns).AppendLine(" |").AppendLine("|---|---|---|---|");
            foreach (var p in topic.Points)
            {
                var ask = Escape(p.Ask) + (p.Fallback is { Length: > 0 } f ? $" {w.FallbackLabel}{w.Colon}" + Escape(f) : "");
                TableRow(md,
                    w.SeverityWord(p.Severity) + w.Parenthesised(Escape(w.KindWord(p.Kind))),
                    $"**{Escape(p.Title)}** {Escape(p.Explanation)}",
                    ask,
                    Location(p.Where, w));
            }

            md.AppendLine();
        }
    }

    private static void Fine(StringBuilder md, NegotiationBrief brief)
    {
        var w = BriefWording.For(brief.Language);
        md.Append("## ").AppendLine(w.InPlaceHeading).AppendLine();
        foreach (var statement in brief.SoundClauses)
        {
            md.Append("- ").AppendLine(Escape(statement.Text));
        }

        md.AppendLine(brief.SoundClauses.Count == 0 ? w.NothingInPlace : "").AppendLine();
    }

    private static void Questions(StringBuilder md, NegotiationBrief brief)
    {
        var w = BriefWording.For(brief.Language);
        md.Append("## ").AppendLine(w.QuestionsHeading).AppendLine();
        var n = 0;
        foreach (var q in brief.Questions)
        {
            md.Append(++n).Append(". **").Append(Escape(q.Question)).Append("** ").Append(Escape(q.Why));
            md.AppendLine(q.Where is { } where ? w.Parenthesised(Location(where, w)) : "");
        }

        md.AppendLine(brief.Questions.Count == 0 ? w.NoQuestions : "").AppendLine();
    }

    private static void Guidance(StringBuilder md, NegotiationBrief brief)
    {
        var w = BriefWording.For(brief.Language);
        md.Append("## ").AppendLine(w.GuidanceHeading).AppendLine();
        foreach (var advice in brief.HowToRaise)
        {
            md.Append("- **").Append(Escape(advice.Heading)).Append(w.Stop.TrimEnd()).Append("** ").Append(Escape(advice.Text))
                .Append(" *").Append(w.SourceLabel).Append(w.Colon).Append(Escape(advice.Source)).AppendLine("*");
        }

        md.AppendLine();
    }

    private static void AfterSigning(StringBuilder md, NegotiationBrief brief)
    {
        var w = BriefWording.For(brief.Language);
        md.Append("## ").AppendLine(w.AfterSigningHeading).AppendLine();
        foreach (var area in brief.AfterSigning.GroupBy(i => i.Area).OrderBy(g => g.Key))
        {
            md.Append("### ").AppendLine(Escape(w.AreaTitle(area.Key))).AppendLine();
            foreach (var item in area)
            {
                md.Append("- [ ] ").Append(Escape(item.Action));
                md.AppendLine(item.Where is { } where ? w.Parenthesised(Location(where, w)) : "");
            }

            md.AppendLine();
        }
    }

    private static string Location(BriefLocation where, BriefWording w) => Escape(w.Location(where));

    private static void TableRow(StringBuilder md, params string[] cells) =>
        md.Append("| ").AppendJoin(" | ", cells).AppendLine(" |");

    /// <summary>
    /// Escapes text for inline use: one line, every character CommonMark or GitHub tables give a
    /// meaning to backslash-escaped, so "&lt;script&gt;" stays text and "|" cannot end a cell.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = Whitespace.Collapse(text);
        var md = new StringBuilder(line.Length + 8);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '!' or '~' or '&' or '{' or '}'
                || (i == 0 && c is '-' or '+' or '=')
                || (c is '.' or ')' && i > 0 && line[..i].All(char.IsAsciiDigit)))
            {
                md.Append('\\');
            }

            md.Append(c);
        }

        return md.ToString();
    }
}
