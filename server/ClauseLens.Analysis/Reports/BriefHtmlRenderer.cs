using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ClauseLens.Analysis.Reports;

/// <summary>Paper a printed brief is laid out for.</summary>
public enum BriefPaper
{
    /// <summary>Whatever the print dialog chooses; the first page fits both A4 and Letter.</summary>
    Auto,
    /// <summary>ISO A4 (210 × 297 mm).</summary>
    A4,
    /// <summary>US Letter (8.5 × 11 in).</summary>
    Letter,
}

/// <summary>
/// Renders a brief as one self-contained, print-friendly HTML page (no scripts, inline styles).
/// The page is built as a DOM and every piece of text is set as text content, so contract text
/// such as party names and quotes can never become markup.
/// </summary>
public sealed class BriefHtmlRenderer
{
    private static readonly HtmlParser Parser = new();

    private const int MaxFirstPageFallback = 240;

    /// <summary>Renders <paramref name="brief"/>.</summary>
    public string Render(NegotiationBrief brief, BriefPaper paper = BriefPaper.Auto)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var document = Parser.ParseDocument("<!DOCTYPE html><html lang=\"en\"><head></head><body></body></html>");
        var head = document.Head!;
        Add(head, "meta").SetAttribute("charset", "utf-8");
        var viewport = Add(head, "meta");
        viewport.SetAttribute("name", "viewport");
        viewport.SetAttribute("content", "width=device-width, initial-scale=1");
        Add(head, "title", $"Negotiation brief \u2014 {Headline(brief.Deal)}");
        Add(head, "style", BriefHtmlStyle.Css(paper));

        var body = document.Body!;
        FirstPage(Add(body, "section", cls: "first-page"), brief);
        Findings(Add(body, "section", cls: "page"), brief);
        Questions(Add(body, "section", cls: "page"), brief);
        AfterSigning(Add(body, "section", cls: "page"), brief);
        Footer(Add(body, "footer"), brief);
        return document.ToHtml();
    }

    private static string Headline(BriefDeal deal) =>
        deal.Title != NegotiationBrief.NotStated ? deal.Title
        : deal.Parties.Count > 0 ? string.Join(" / ", deal.Parties)
        : deal.AgreementType;

    private static void FirstPage(IElement section, NegotiationBrief brief)
    {
        var header = Add(section, "header");
        Add(header, "p", "Negotiation brief", "kicker");
        Add(header, "h1", Headline(brief.Deal));

        Add(section, "h2", "The deal at a glance");
        // Two facts a row: the first page has to hold the deal and five gaps.
        var table = Add(section, "table", cls: "deal");
        Row(table, ("Parties", brief.Deal.Parties.Count == 0 ? NegotiationBrief.NotStated : string.Join("; ", brief.Deal.Parties)), ("Agreement", brief.Deal.AgreementType));
        Row(table, ("Governing law", brief.Deal.GoverningLaw), ("Disputes", brief.Deal.Forum));

        Add(section, "h2", brief.TopGaps.Count == 0 ? "Top gaps" : $"The {brief.TopGaps.Count} things that matter most");
        if (brief.TopGaps.Count == 0)
        {
            Add(section, "p", "No gap of medium or high severity was found. The sections that follow list every finding.", "none");
        }

        var list = Add(section, "ol", cls: "gaps");
        foreach (var gap in brief.TopGaps)
        {
            Gap(Add(list, "li", cls: "gap"), gap);
        }

        Add(section, "p", NegotiationBrief.Disclaimer, "disclaimer");
    }

    private static void Gap(IElement item, BriefGap gap)
    {
        var title = Add(item, "h3");
        Badge(title, gap.Severity);
        Add(title, "span", gap.Title);
        Add(item, "p", $"{gap.Topic} \u00b7 {BriefWording.KindWord(gap.Kind)} \u00b7 {gap.Where.Reference}", "where");
        var facts = Add(item, "dl");
        Term(facts, "At stake", gap.AtStake);
        Term(facts, "Ask for", gap.Ask);
        if (gap.Fallback is { Length: > 0 } fallback)
        {
            // The first page gives the position; the full wording is with the findings.
            Term(facts, "Fallback", fallback.Length <= MaxFirstPageFallback ? fallback
                : BriefWording.Shorten(fallback, MaxFirstPageFallback) + " (full wording under All findings by topic)");
        }

        Term(facts, "Say", gap.TalkingPoint, "talking-point");
    }

    private static void Findings(IElement section, NegotiationBrief brief)
    {
        Add(section, "h2", "All findings by topic");
        if (brief.Topics.Count == 0)
        {
            Add(section, "p", "The playbook found nothing to negotiate.", "none");
        }

        foreach (var topic in brief.Topics)
        {
            Add(section, "h3", topic.Name);
            var table = Add(section, "table", cls: "findings");
            var headRow = Add(Add(table, "thead"), "tr");
            foreach (var heading in new[] { "Severity", "Finding", "What to ask for", "Where" })
            {
                Add(headRow, "th", heading).SetAttribute("scope", "col");
            }

            var rows = Add(table, "tbody");
            foreach (var point in topic.Points)
            {
                var row = Add(rows, "tr");
                var severity = Add(row, "td");
                Badge(severity, point.Severity);
                Add(severity, "span", BriefWording.KindWord(point.Kind), "kind");
                var finding = Add(row, "td");
                Add(finding, "strong", point.Title);
                Add(finding, "p", point.Explanation);
                var ask = Add(row, "td", point.Ask);
                if (point.Fallback is { Length: > 0 } fallback)
                {
                    Add(ask, "p", $"Fallback: {fallback}", "fallback");
                }

                Location(Add(row, "td"), point.Where);
            }
        }

        Add(section, "h2", "Clauses that are fine");
        if (brief.SoundClauses.Count == 0)
        {
            Add(section, "p", "No rule was met in full.", "none");
        }

        var fine = Add(section, "ul", cls: "fine");
        foreach (var point in brief.SoundClauses)
        {
            var item = Add(fine, "li");
            Add(item, "strong", point.Title);
            Add(item, "span", $" \u2014 {point.Explanation} ({point.Where.Reference})");
        }
    }

    private static void Questions(IElement section, NegotiationBrief brief)
    {
        Add(section, "h2", "Questions to settle before signing");
        if (brief.Questions.Count == 0)
        {
            Add(section, "p", "None: every rule could be checked and the deal's basics were found.", "none");
        }

        var list = Add(section, "ol", cls: "questions");
        foreach (var question in brief.Questions)
        {
            var item = Add(list, "li");
            Add(item, "strong", question.Question);
            Add(item, "p", question.Why);
            if (question.Where is { } where)
            {
                Location(Add(item, "p", cls: "where"), where);
            }
        }
    }

    private static void AfterSigning(IElement section, NegotiationBrief brief)
    {
        Add(section, "h2", "After signing");
        foreach (var area in brief.AfterSigning.GroupBy(i => i.Area).OrderBy(g => g.Key))
        {
            Add(section, "h3", BriefWording.AreaTitle(area.Key));
            var list = Add(section, "ul", cls: "checklist");
            foreach (var item in area)
            {
                var li = Add(list, "li");
                Add(li, "span", item.Action);
                if (item.Where is { } where)
                {
                    Location(Add(li, "span", cls: "where"), where);
                }
            }
        }
    }

    private static void Footer(IElement footer, NegotiationBrief brief)
    {
        Add(footer, "p", BriefWording.Produced(brief.Provenance));
        Add(footer, "p", NegotiationBrief.Disclaimer, "disclaimer");
    }

    private static void Location(IElement parent, BriefLocation where)
    {
        Add(parent, "span", where.Reference, "ref");
        if (where.Quote is { Length: > 0 } quote)
        {
            Add(parent, "q", quote);
        }
    }

    private static void Badge(IElement parent, Playbooks.Severity severity)
    {
        var word = BriefWording.SeverityWord(severity);
        Add(parent, "span", word, $"badge {word.ToLowerInvariant()}");
    }

    private static void Row(IElement table, params (string Name, string Value)[] cells)
    {
        var row = Add(table, "tr");
        foreach (var (name, value) in cells)
        {
            Add(row, "th", name).SetAttribute("scope", "row");
            Add(row, "td", value, value == NegotiationBrief.NotStated ? "not-stated" : null);
        }
    }

    private static void Term(IElement list, string name, string value, string? cls = null)
    {
        Add(list, "dt", name);
        Add(list, "dd", value, cls);
    }

    // Text goes in as TextContent, never as markup: this is what keeps contract text inert.
    private static IElement Add(INode parent, string tag, string? text = null, string? cls = null)
    {
        var element = parent.Owner!.CreateElement(tag);
        if (text is not null)
        {
            element.TextContent = text;
        }

        if (cls is not null)
        {
            element.ClassName = cls;
        }

        parent.AppendChild(element);
        return element;
    }
}
