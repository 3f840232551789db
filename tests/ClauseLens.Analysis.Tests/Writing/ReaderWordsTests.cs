using System.Text.RegularExpressions;
using ClauseLens.Analysis.Playbooks;
using ClauseLens.Analysis.Writing;
using ClauseLens.TestSupport;

namespace ClauseLens.Analysis.Tests.Writing;

/// <summary>
/// One vocabulary (issue 21): the brief, the batch report, the exports and the CLI name labels,
/// kinds and severities as the task pane does, in English and Japanese. The pane's words live in
/// addin/src/core/messages.{en,ja}.ts; this reads them and holds the server's table to them.
/// </summary>
public sealed class ReaderWordsTests
{
    public static TheoryData<string> Languages => new() { "en", "ja" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Labels_kinds_and_severities_read_as_in_the_task_pane(string language)
    {
        var pane = PaneMessages(language);

        foreach (var label in ClauseLabels.All.Append(ClauseLabels.Other))
        {
            Assert.Equal(pane[$"label.{label}"], ReaderWords.Label(label, language));
        }

        foreach (var kind in Enum.GetValues<FindingKind>())
        {
            var id = WireName.Of(kind);
            Assert.Equal(pane[$"kind.{id}"], ReaderWords.Kind(kind, language));
        }

        foreach (var severity in Enum.GetValues<Severity>())
        {
            var id = WireName.Of(severity);
            Assert.Equal(pane[$"severity.{id}"], ReaderWords.Severity(severity, language));
        }
    }

    [Fact]
    public void The_brief_names_an_unclear_finding_as_the_pane_does()
    {
        Assert.Equal("Needs a look", ClauseLens.Analysis.Briefs.BriefWording.English.KindWord(FindingKind.Uncertain));
        Assert.Equal("Overly broad", ClauseLens.Analysis.Briefs.BriefWording.English.KindWord(FindingKind.OverlyBroad));
        Assert.Equal("Unbalanced", ClauseLens.Analysis.Briefs.BriefWording.English.KindWord(FindingKind.Unbalanced));
    }

    [Fact]
    public void Any_language_but_Japanese_reads_English()
    {
        Assert.Equal("IP ownership", ReaderWords.Label(ClauseLabels.IpOwnership, "fr"));
        Assert.Equal("知的財産の帰属", ReaderWords.Label(ClauseLabels.IpOwnership, "JA"));
        Assert.Equal("High", ReaderWords.Severity(Severity.High));
    }

    private static Dictionary<string, string> PaneMessages(string language)
    {
        var source = File.ReadAllText(RepositoryFiles.PathOf("addin", "src", "core", $"messages.{language}.ts"));
        var entries = Regex.Matches(source, "^\\s*\"(?<key>[a-z_]+\\.[a-z_]+)\":\\s*\"(?<value>(?:[^\"\\\\]|\\\\.)*)\",?\\s*$", RegexOptions.Multiline);
        return entries.ToDictionary(m => m.Groups["key"].Value, m => Regex.Unescape(m.Groups["value"].Value));
    }
}
