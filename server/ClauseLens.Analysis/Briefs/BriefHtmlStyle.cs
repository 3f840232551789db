namespace ClauseLens.Analysis.Briefs;

/// <summary>The brief's style sheet: readable on screen, one page first and a break per section in print.</summary>
internal static class BriefHtmlStyle
{
    public static string Css(BriefPaper paper) => PageRule(paper) + Sheet;

    // Without a size the print dialog's paper wins; margins are sized so the first page fits the
    // shorter of A4 and Letter either way.
    private static string PageRule(BriefPaper paper) => paper switch
    {
        BriefPaper.A4 => "@page { size: A4; margin: 14mm 14mm 14mm; }\n",
        BriefPaper.Letter => "@page { size: letter; margin: 0.5in 0.55in 0.5in; }\n",
        _ => "@page { margin: 13mm 14mm 13mm; }\n",
    };

    private const string Sheet = """
        :root { --ink: #1b1f24; --muted: #57606a; --rule: #d0d7de; --high: #b42318; --medium: #b54708; --low: #1f6feb; --info: #57606a; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { font: 10.5pt/1.4 "Segoe UI", "Helvetica Neue", Arial, "Noto Sans", "Noto Sans CJK JP", sans-serif; color: var(--ink);
               max-width: 190mm; margin: 0 auto; padding: 16px; }
        h1 { font-size: 17pt; margin: 0 0 6px; line-height: 1.2; }
        h2 { font-size: 12.5pt; margin: 14px 0 6px; padding-bottom: 2px; border-bottom: 1.5px solid var(--ink); break-after: avoid; }
        h3 { font-size: 11pt; margin: 10px 0 4px; break-after: avoid; }
        p { margin: 2px 0; }
        .kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 8.5pt; color: var(--muted); margin: 0; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; vertical-align: top; padding: 3px 6px; border-bottom: 1px solid var(--rule); }
        table.deal th { width: 14%; font-weight: 600; color: var(--muted); white-space: nowrap; }
        table.deal td { width: 36%; }
        .not-stated { font-style: italic; color: var(--muted); }
        ol.gaps { list-style: none; padding: 0; margin: 0; counter-reset: gap; }
        li.gap { counter-increment: gap; border: 1px solid var(--rule); border-radius: 4px; padding: 5px 8px; margin: 0 0 6px; break-inside: avoid; }
        li.gap h3 { margin: 0; font-size: 10.5pt; }
        li.gap.high { border-left: 4px solid var(--high); } li.gap.medium { border-left: 4px solid var(--medium); }
        dl.detail { display: grid; grid-template-columns: 9em 1fr; gap: 2px 8px; margin: 3px 0 8px; }
        dl.detail dt { font-weight: 600; color: var(--muted); }
        dl.detail dd { margin: 0; }
        .source { font-size: 8.5pt; color: var(--muted); }
        ul.guidance li { margin-bottom: 6px; }
        li.gap dl { display: grid; grid-template-columns: 5.6em 1fr; gap: 1px 8px; margin: 3px 0 0; font-size: 9.5pt; line-height: 1.3; }
        li.gap dt { font-weight: 600; color: var(--muted); }
        li.gap dd { margin: 0; }
        .talking-point { font-style: italic; }
        .where { color: var(--muted); font-size: 9pt; }
        .where .ref, td .ref { display: block; }
        q { display: block; font-size: 8.5pt; color: var(--muted); quotes: "\201C" "\201D"; }
        /* Japanese is not set in italics, and quotes in 「」. */
        :lang(ja) .talking-point, :lang(ja) .none, :lang(ja) .not-stated { font-style: normal; }
        :lang(ja) q { quotes: "\300C" "\300D"; }
        .badge { display: inline-block; min-width: 4.2em; text-align: center; font-size: 8pt; font-weight: 700; text-transform: uppercase;
                 color: #fff; border-radius: 3px; padding: 0 4px; margin-right: 6px; }
        .badge.high { background: var(--high); } .badge.medium { background: var(--medium); }
        .badge.low { background: var(--low); } .badge.info { background: var(--info); }
        .kind { display: block; font-size: 8.5pt; color: var(--muted); margin-top: 2px; }
        table.findings { font-size: 9.5pt; margin-bottom: 6px; }
        table.findings th { font-size: 8.5pt; color: var(--muted); text-transform: uppercase; }
        /* Fixed columns so every topic's table lines up with the others. */
        table.findings { table-layout: fixed; }
        table.findings th:nth-child(1) { width: 12%; } table.findings th:nth-child(2) { width: 38%; }
        table.findings th:nth-child(3) { width: 30%; } table.findings th:nth-child(4) { width: 20%; }
        td { overflow-wrap: anywhere; }
        table.findings tr { break-inside: avoid; }
        .fallback { color: var(--muted); font-size: 9pt; margin-top: 3px; }
        ul.checklist { list-style: none; padding-left: 0; }
        ul.checklist li { padding-left: 1.6em; position: relative; margin-bottom: 4px; break-inside: avoid; }
        ul.checklist li::before { content: "\2610"; position: absolute; left: 0; font-size: 12pt; line-height: 1.1; }
        ul.checklist .where { display: block; }
        ol.questions li, ul.fine li { margin-bottom: 4px; break-inside: avoid; }
        .none { color: var(--muted); font-style: italic; }
        .disclaimer { font-size: 8.5pt; color: var(--muted); margin-top: 8px; }
        footer { margin-top: 16px; border-top: 1px solid var(--rule); padding-top: 6px; font-size: 9pt; color: var(--muted); }
        /* A phone: the deal's labels and values stack, a topic's findings read as cards, and a
           point's terms sit above their text; side by side they wrapped a letter a line at 360 px. */
        @media screen and (max-width: 560px) {
          table.deal, table.deal tbody, table.deal tr, table.deal th, table.deal td { display: block; width: auto; }
          table.deal th { border-bottom: none; padding-bottom: 0; white-space: normal; }
          table.findings, table.findings thead, table.findings tbody, table.findings tr, table.findings td { display: block; width: auto; }
          table.findings thead { display: none; }
          table.findings tr { border-bottom: 1px solid var(--rule); padding: 4px 0; }
          table.findings td { border-bottom: none; padding: 1px 0; }
          dl.detail, li.gap dl { grid-template-columns: 1fr; }
        }
        @media print {
          /* One page first: deal and five gaps must fit the shorter of A4 and Letter. */
          body { max-width: none; padding: 0; font-size: 9pt; line-height: 1.3; }
          h1 { font-size: 15pt; }
          h2 { font-size: 11pt; margin: 8px 0 4px; }
          li.gap { padding: 3px 6px; margin-bottom: 4px; }
          li.gap h3 { font-size: 9.5pt; }
          li.gap dl { font-size: 8.3pt; line-height: 1.25; }
          .where { font-size: 8pt; }
          table.deal th, table.deal td { padding: 2px 6px; }
          section.page { break-before: page; }
          a { color: inherit; text-decoration: none; }
        }
        """;
}
