namespace ClauseLens.TestSupport;

/// <summary>Edits a counterparty might make to Playbooks/Contracts/jda-balanced.txt, one at a time.</summary>
public static class Redlines
{
    private static readonly Lazy<string> Balanced = new(() => File.ReadAllText(Locate("jda-balanced.txt")));

    /// <summary>The balanced joint development agreement of the playbook tests (tests/ClauseLens.Analysis.Tests/Playbooks/Contracts).</summary>
    public static string Contract => Balanced.Value;

    public const string Exclusivity =
        "During the Term and for twelve (12) months thereafter, the SME shall not supply products that compete with the Products to any third party in Japan.";

    /// <summary>The exclusivity clause turned into a worldwide, perpetual non-compete on anything.</summary>
    public const string WiderNonCompete =
        "The SME shall not, directly or indirectly, engage in any business that develops, manufactures or sells sensors or any other product or service, anywhere in the world, in perpetuity.";

    public const string IndependentDevelopmentExclusion =
        "(c) is independently developed by the Recipient without use of the Confidential Information; or (d) is rightfully received";

    public const string WithoutIndependentDevelopment = "or (c) is rightfully received";

    public static string Replace(string text, string from, string to)
    {
        if (!text.Contains(from, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The redline's anchor is not in the contract: the test contract changed.");
        }

        return text.Replace(from, to, StringComparison.Ordinal);
    }

    /// <summary>Both redline edits: the wider non-compete and the deleted independent-development exclusion.</summary>
    public static string TwoClausesChanged(string text) =>
        Replace(Replace(text, Exclusivity, WiderNonCompete), IndependentDevelopmentExclusion, WithoutIndependentDevelopment);

    /// <summary>"7. Dispute Resolution" moved below "8. Governing Law", wording untouched (numbers follow the new order).</summary>
    public static string DisputeResolutionMovedDown(string text)
    {
        var dispute = Section(text, "7. Dispute Resolution", "8. Governing Law");
        var law = Section(text, "8. Governing Law", "IN WITNESS WHEREOF");
        return text.Replace(dispute + law, law.Replace("8. Governing Law", "7. Governing Law") + dispute.Replace("7. Dispute Resolution", "8. Dispute Resolution"), StringComparison.Ordinal);
    }

    /// <summary>Every clause number at the start of a line raised by <paramref name="by"/> ("3.2" becomes "4.2"); cross-references stay as they were.</summary>
    public static string Renumbered(string text, int by) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"(?m)^(\d+)(?=[.\s])", m => (int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) + by).ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string Section(string text, string from, string upTo)
    {
        var start = text.IndexOf(from, StringComparison.Ordinal);
        var end = text.IndexOf(upTo, StringComparison.Ordinal);
        if (start < 0 || end <= start)
        {
            throw new InvalidOperationException("The redline's section is not in the contract: the test contract changed.");
        }

        return text[start..end];
    }

    private static string Locate(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "ClauseLens.Analysis.Tests", "Playbooks", "Contracts", file);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"tests/ClauseLens.Analysis.Tests/Playbooks/Contracts/{file} was not found above {AppContext.BaseDirectory}.");
    }
}
