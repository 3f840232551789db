using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ClauseLens.Analysis.Briefs;

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

    /// <summary>Renders <paramref name="brief"/>.</summary>
    public string Render(NegotiationBrief brief, BriefPaper paper = BriefPaper.Auto)
    {
        var w = BriefWording.For(brief.Language);
        ArgumentNullException.ThrowIfNull(brief);
        var document = Parser.ParseDocument("<!DOCTYPE html><html><head></head><body></body></html>");
        document.DocumentElement.SetAttribute("lang", w.Language);
        var head = document.Head!;
        Add(head, "meta").SetAttribute("charset", "utf-8");
        var viewport = Add(head, "meta");
        viewport.SetAttribute("name", "viewport");
        viewport.SetAttribute("content", "width=device-width, initial-scale=1");
        Add(head, "title", $"{w.Kicker} \u2014 {w.Headline(brief.Deal)}");
        Add(head, "style", BriefHtmlStyle.Css(paper));

        var body = document.Body!;
        FirstPage(Add(body, "section", cls: "first-page"), brief);
        Detail(Add(body, "section", cls: "page"), brief);
        Findings(Add(body, "section", cls: "page"), brief);
        Questions(Add(body, "section", cls: "page"), brief);
        Guidance(Add(body, "section", cls: "page"), brief);
        AfterSigning(Add(body, "section", cls: "page"), brief);
        Add(Add(body, "footer"), "p", w.Produced(brief.Provenance));
        return document.ToHtml();
    }

    private static void FirstPage(IElement section, NegotiationBrief brief)
    {
        var w = BriefWording.For(brief.Language);
        var header = Add(section, "header");
        Add(header, "p", w.Kicker, "kicker");
        Add(header, "h1", w.Headline(brief.Deal));

        Add(section, "h2", w.DealHeading);
        // Two facts a row: the first page has to hold the deal and five points.
        var table = Add(section, "table", cls: "deal");
        Row(table, w, (w.PartiesLabel, w.PartiesLine(brief.Deal)), (w.TypeLabel, brief.Deal.AgreementType));
        Row(table, w, (w.LawLabel, brief.Deal.GoverningLaw), (w.ForumLabel, brief.Deal.Forum));

        Add(section, "h2", w.TopPointsHeading(brief.TopGaps.Count));
        if (brief.TopGaps.Count == 0)
        {
            Add(section, "p", w.NoTopPoints, "none");
        }

        var list = Add(section, "ol", cls: "gaps");
        foreach (var gap in brief.TopGaps)
        {
            // The title says the severity in words; the colour of the card's edge says it at a glance.
            var item = Add(list, "li", cls: $"gap {SeverityClass(gap.Severity)}");
            Add(item, "h3", w.PointTitle(gap));
            Add(item, "p", w.PointLine(gap), "where");
            var facts = Add(item, "dl");
            Term(facts, w.AskLabel, gap.Ask);
            if (gap.Fallback is { Length: > 0 } fallback)
            {
                Term(facts, w.FallbackLabel, fallback);
            }
        }

        Add(section, "p", w.Disclaimer, "disclaimer");
    }

    private static void Detail(IElement section, NegotiationBrief brief)
    {
        var w = BriefWording.For(brief.Language);
        if (brief.TopGaps.Count == 0)
        {
            return;
        }

        Add(section, "h2", w.DetailHeading);
        foreach (var gap in brief.TopGaps)
        {
            Add(section, "h3", w.DetailTitle(gap));
            var facts = Add(section, "dl", cls: "detail");
            Term(facts, w.AtStakeLabel, gap.AtStake);
            if (gap.Where.Quote is { Length: > 0 } quote)
            {
                Add(facts, "dt", w.InContractLabel);
                Add(Add(facts, "dd"), "q", quote);
            }

            if (gap.FallbackRest is { Length: > 0 } rest)
            {
                Term(facts, w.FallbackRestLabel, rest);
            }

            Term(facts, w.RaiseLabel, gap.TalkingPoint, "talking-point");
            Term(facts, w.SourceLabel, gap.Source, "source");
        }
    }

    private static void Findings(IElement section, NegotiationBrief brief)
    {
        var w = BriefWording.For(brief.Language);
        Add(section, "h2", w.OtherFindingsHeading);
        if (brief.Topics.Count == 0)
        {
            Add(section, "p", w.NoOtherFindings, "none");
        }

        foreach (var topic in brief.Topics)
        {
            Add(section, "h3", topic.Name);
            var table = Add(section, "table", cls: "findings");
            var headRow = Add(Add(table, "thead"), "tr");
            foreach (var heading in w.FindingColumns)
            {
                Add(headRow, "th", heading).SetAttribute("scope", "col");
            }

            var rows = Add(table, "tbody");
            foreach (var point in topic.Points)
            {
                var row = Add(rows, "tr");
                var severity = Add(row, "td");
                Badge(severity, point.Severity, w);
                Add(severity, "span", w.KindWord(point.Kind), "kind");
                var finding = Add(row, "td");
                Add(finding, "strong", point.Title);
                Add(finding, "p", point.Explanation);
                var ask = Add(row, "td", point.Ask);
                if (point.Fallback is { Length: > 0 } fallback)
                {
                    Add(ask, "p", $"{w.FallbackLabel}{w.Colon}{fallback}", "fallback");
                }

                Location(Add(row, "td"), point.Where);
            }
        }

        Add(section, "h2", w.InPlaceHeading);
        if (brief.SoundClauses.Count == 0)
        {
            Add(section, "p", w.NothingInPlace, "none");
        }

        var fine = Add(section, "ul", cls: "fine");
        foreach (var statement in brief.SoundClauses)
        {
            Add(fine, "li", statement.Text);
        }
    }

    private static void Questions(IElement section, NegotiationBrief brief)
    {
        var w = BriefWording.For(brief.Language);
        Add(section, "h2", w.QuestionsHeading);
        if (brief.Questions.Count == 0)
        {
            Add(section, "p", w.NoQuestions, "none");
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

    private static void Guidance(IElement section, NegotiationBrief brief)
    {
        var w = BriefWording.For(brief.Language);
        Add(section, "h2", w.GuidanceHeading);
        var list = Add(section, "ul", cls: "guidance");
        foreach (var advice in brief.HowToRaise)
        {
            var item = Add(list, "li");
            Add(item, "strong", advice.Heading);
            Add(item, "p", advice.Text);
            Add(item, "p", $"{w.SourceLabel}{w.Colon}{advice.Source}", "source");
        }
    }

    private static void AfterSigning(IElement section, NegotiationBrief brief)
    {
        var w = BriefWording.For(brief.Language);
        Add(section, "h2", w.AfterSigningHeading);
        foreach (var area in brief.AfterSigning.GroupBy(i => i.Area).OrderBy(g => g.Key))
        {
            Add(section, "h3", w.AreaTitle(area.Key));
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

    private static void Location(IElement parent, BriefLocation where)
    {
        Add(parent, "span", where.Reference, "ref");
        if (where.Quote is { Length: > 0 } quote)
        {
            Add(parent, "q", quote);
        }
    }

    private static void Badge(IElement parent, Playbooks.Severity severity, BriefWording w) =>
        Add(parent, "span", w.SeverityWord(severity), $"badge {SeverityClass(severity)}");

    // The style's class names are the English words whatever language the page is in.
    private static string SeverityClass(Playbooks.Severity severity) => Writing.ReaderWords.Severity(severity).ToLowerInvariant();

    private static void Row(IElement table, BriefWording w, params (string Name, string Value)[] cells)
    {
        var row = Add(table, "tr");
        foreach (var (name, value) in cells)
        {
            Add(row, "th", name).SetAttribute("scope", "row");
            Add(row, "td", value, value == w.NotStated ? "not-stated" : null);
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
