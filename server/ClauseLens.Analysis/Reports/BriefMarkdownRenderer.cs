using System.Text;

namespace ClauseLens.Analysis.Reports;

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
        var headline = deal.Title != NegotiationBrief.NotStated ? deal.Title : string.Join(" / ", deal.Parties.DefaultIfEmpty(deal.AgreementType));
        md.Append("# Negotiation brief: ").AppendLine(Escape(headline)).AppendLine();

        md.AppendLine("## The deal at a glance").AppendLine();
        md.AppendLine("| | |").AppendLine("|---|---|");
        TableRow(md, "**Parties**", Escape(deal.Parties.Count == 0 ? NegotiationBrief.NotStated : string.Join("; ", deal.Parties)));
        TableRow(md, "**Type of agreement**", Escape(deal.AgreementType));
        TableRow(md, "**Governing law**", Escape(deal.GoverningLaw));
        TableRow(md, "**Disputes decided by**", Escape(deal.Forum));
        md.AppendLine();

        TopGaps(md, brief);
        md.Append('*').Append(Escape(NegotiationBrief.Disclaimer)).AppendLine("*").AppendLine();
        Topics(md, brief);
        Fine(md, brief);
        Questions(md, brief);
        AfterSigning(md, brief);

        md.AppendLine("---").AppendLine();
        md.AppendLine(Escape(BriefWording.Produced(brief.Provenance))).AppendLine();
        md.Append('*').Append(Escape(NegotiationBrief.Disclaimer)).AppendLine("*");
        return md.ToString();
    }

    private static void TopGaps(StringBuilder md, NegotiationBrief brief)
    {
        md.AppendLine(brief.TopGaps.Count == 0 ? "## Top gaps" : $"## The {brief.TopGaps.Count} things that matter most").AppendLine();
        if (brief.TopGaps.Count == 0)
        {
            md.AppendLine("No gap of medium or high severity was found. The sections that follow list every finding.").AppendLine();
        }

        foreach (var gap in brief.TopGaps)
        {
            md.Append("### ").Append(gap.Rank).Append(". ").Append(Escape(gap.Title))
                .Append(" (").Append(BriefWording.SeverityWord(gap.Severity)).AppendLine(")").AppendLine();
            md.Append('*').Append(Escape($"{gap.Topic} · {BriefWording.KindWord(gap.Kind)} · {gap.Where.Reference}")).AppendLine("*").AppendLine();
            md.Append("- **At stake:** ").AppendLine(Escape(gap.AtStake));
            md.Append("- **Ask for:** ").AppendLine(Escape(gap.Ask));
            if (gap.Fallback is { Length: > 0 } fallback)
            {
                md.Append("- **Fallback:** ").AppendLine(Escape(fallback));
            }

            md.Append("- **Say:** *").Append(Escape(gap.TalkingPoint)).AppendLine("*");
            if (gap.Where.Quote is { Length: > 0 } quote)
            {
                md.Append("- **In the contract:** \u201c").Append(Escape(quote)).AppendLine("\u201d");
            }

            md.AppendLine();
        }
    }

    private static void Topics(StringBuilder md, NegotiationBrief brief)
    {
        md.AppendLine("## All findings by topic").AppendLine();
        foreach (var topic in brief.Topics)
        {
            md.Append("### ").AppendLine(Escape(topic.Name)).AppendLine();
            md.AppendLine("| Severity | Finding | What to ask for | Where |").AppendLine("|---|---|---|---|");
            foreach (var p in topic.Points)
            {
                var ask = Escape(p.Ask) + (p.Fallback is { Length: > 0 } f ? " Fallback: " + Escape(f) : "");
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
        md.AppendLine("## Clauses that are fine").AppendLine();
        foreach (var p in brief.SoundClauses)
        {
            md.Append("- **").Append(Escape(p.Title)).Append("** \u2014 ").Append(Escape(p.Explanation))
                .Append(" (").Append(Escape(p.Where.Reference)).AppendLine(")");
        }

        md.AppendLine(brief.SoundClauses.Count == 0 ? "No rule was met in full." : "").AppendLine();
    }

    private static void Questions(StringBuilder md, NegotiationBrief brief)
    {
        md.AppendLine("## Questions to settle before signing").AppendLine();
        var n = 0;
        foreach (var q in brief.Questions)
        {
            md.Append(++n).Append(". **").Append(Escape(q.Question)).Append("** ").Append(Escape(q.Why));
            md.AppendLine(q.Where is { } where ? $" ({Location(where)})" : "");
        }

        md.AppendLine(brief.Questions.Count == 0 ? "None." : "").AppendLine();
    }

    private static void AfterSigning(StringBuilder md, NegotiationBrief brief)
    {
        md.AppendLine("## After signing").AppendLine();
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

    private static string Location(BriefLocation where) =>
        Escape(where.Reference) + (where.Quote is { Length: > 0 } quote ? ": \u201c" + Escape(quote) + "\u201d" : "");

    private static void TableRow(StringBuilder md, params string[] cells) =>
        md.Append("| ").AppendJoin(" | ", cells).AppendLine(" |");

    /// <summary>
    /// Escapes text for inline use: one line, every character CommonMark or GitHub tables give a
    /// meaning to backslash-escaped, so "&lt;script&gt;" stays text and "|" cannot end a cell.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = BriefWording.CollapseWhitespace(text);
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
