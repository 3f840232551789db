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
        ArgumentNullException.ThrowIfNull(brief);
        var md = new StringBuilder();
        var deal = brief.Deal;
        md.Append("# ").Append(BriefWording.Kicker).Append(": ").AppendLine(Escape(BriefWording.Headline(deal))).AppendLine();

        md.Append("## ").AppendLine(BriefWording.DealHeading).AppendLine();
        md.AppendLine("| | |").AppendLine("|---|---|");
        TableRow(md, $"**{BriefWording.PartiesLabel}**", Escape(deal.PartiesLine));
        TableRow(md, $"**{BriefWording.TypeLabel}**", Escape(deal.AgreementType));
        TableRow(md, $"**{BriefWording.LawLabel}**", Escape(deal.GoverningLaw));
        TableRow(md, $"**{BriefWording.ForumLabel}**", Escape(deal.Forum));
        md.AppendLine();

        TopGaps(md, brief);
        md.Append('*').Append(Escape(NegotiationBrief.Disclaimer)).AppendLine("*").AppendLine();
        Detail(md, brief);
        Topics(md, brief);
        Fine(md, brief);
        Questions(md, brief);
        Guidance(md, brief);
        AfterSigning(md, brief);

        md.AppendLine("---").AppendLine();
        md.AppendLine(Escape(BriefWording.Produced(brief.Provenance)));
        return md.ToString();
    }

    private static void TopGaps(StringBuilder md, NegotiationBrief brief)
    {
        md.Append("## ").AppendLine(BriefWording.TopPointsHeading(brief.TopGaps.Count)).AppendLine();
        if (brief.TopGaps.Count == 0)
        {
            md.AppendLine(BriefWording.NoTopPoints).AppendLine();
        }

        foreach (var gap in brief.TopGaps)
        {
            md.Append("### ").AppendLine(Escape(BriefWording.PointTitle(gap))).AppendLine();
            md.Append('*').Append(Escape(BriefWording.PointLine(gap))).AppendLine("*").AppendLine();
            md.Append("- **").Append(BriefWording.AskLabel).Append(":** ").AppendLine(Escape(gap.Ask));
            if (gap.Fallback is { Length: > 0 } fallback)
            {
                md.Append("- **").Append(BriefWording.FallbackLabel).Append(":** ").AppendLine(Escape(fallback));
            }

            md.AppendLine();
        }
    }

    private static void Detail(StringBuilder md, NegotiationBrief brief)
    {
        if (brief.TopGaps.Count == 0)
        {
            return;
        }

        md.Append("## ").AppendLine(BriefWording.DetailHeading).AppendLine();
        foreach (var gap in brief.TopGaps)
        {
            md.Append("### ").AppendLine(Escape(BriefWording.DetailTitle(gap))).AppendLine();
            Item(md, BriefWording.AtStakeLabel, gap.AtStake);
            if (gap.Where.Quote is { Length: > 0 } quote)
            {
                md.Append("- **").Append(BriefWording.InContractLabel).Append(":** \u201c").Append(Escape(quote)).AppendLine("\u201d");
            }

            Item(md, BriefWording.FallbackRestLabel, gap.FallbackRest);
            Item(md, BriefWording.RaiseLabel, gap.TalkingPoint);
            Item(md, BriefWording.SourceLabel, gap.Source);
            md.AppendLine();
        }
    }

    private static void Item(StringBuilder md, string label, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            md.Append("- **").Append(label).Append(":** ").AppendLine(Escape(text));
        }
    }

    private static void Topics(StringBuilder md, NegotiationBrief brief)
    {
        md.Append("## ").AppendLine(BriefWording.OtherFindingsHeading).AppendLine();
        if (brief.Topics.Count == 0)
        {
            md.AppendLine(BriefWording.NoOtherFindings).AppendLine();
        }

        foreach (var topic in brief.Topics)
        {
            md.Append("### ").AppendLine(Escape(topic.Name)).AppendLine();
            md.Append("| ").AppendJoin(" | ", BriefWording.FindingColumns).AppendLine(" |").AppendLine("|---|---|---|---|");
            foreach (var p in topic.Points)
            {
                var ask = Escape(p.Ask) + (p.Fallback is { Length: > 0 } f ? $" {BriefWording.FallbackLabel}: " + Escape(f) : "");
                TableRow(md,
                    $"{BriefWording.SeverityWord(p.Severity)} ({Escape(BriefWording.KindWord(p.Kind))})",
                    $"**{Escape(p.Title)}** {Escape(p.Explanation)}",
                    ask,
                    Location(p.Where));
            }

            md.AppendLine();
        }
    }

    private static void Fine(StringBuilder md, NegotiationBrief brief)
    {
        md.Append("## ").AppendLine(BriefWording.InPlaceHeading).AppendLine();
        foreach (var statement in brief.SoundClauses)
        {
            md.Append("- ").AppendLine(Escape(statement.Text));
        }

        md.AppendLine(brief.SoundClauses.Count == 0 ? BriefWording.NothingInPlace : "").AppendLine();
    }

    private static void Questions(StringBuilder md, NegotiationBrief brief)
    {
        md.Append("## ").AppendLine(BriefWording.QuestionsHeading).AppendLine();
        var n = 0;
        foreach (var q in brief.Questions)
        {
            md.Append(++n).Append(". **").Append(Escape(q.Question)).Append("** ").Append(Escape(q.Why));
            md.AppendLine(q.Where is { } where ? $" ({Location(where)})" : "");
        }

        md.AppendLine(brief.Questions.Count == 0 ? BriefWording.NoQuestions : "").AppendLine();
    }

    private static void Guidance(StringBuilder md, NegotiationBrief brief)
    {
        md.Append("## ").AppendLine(BriefWording.GuidanceHeading).AppendLine();
        foreach (var advice in brief.HowToRaise)
        {
            md.Append("- **").Append(Escape(advice.Heading)).Append(".** ").Append(Escape(advice.Text))
                .Append(" *").Append(BriefWording.SourceLabel).Append(": ").Append(Escape(advice.Source)).AppendLine("*");
        }

        md.AppendLine();
    }

    private static void AfterSigning(StringBuilder md, NegotiationBrief brief)
    {
        md.Append("## ").AppendLine(BriefWording.AfterSigningHeading).AppendLine();
        foreach (var area in brief.AfterSigning.GroupBy(i => i.Area).OrderBy(g => g.Key))
        {
            md.Append("### ").AppendLine(Escape(BriefWording.AreaTitle(area.Key))).AppendLine();
            foreach (var item in area)
            {
                md.Append("- [ ] ").Append(Escape(item.Action));
                md.AppendLine(item.Where is { } where ? $" ({Location(where)})" : "");
            }

            md.AppendLine();
        }
    }

    private static string Location(BriefLocation where) => Escape(BriefWording.Location(where));

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
