namespace ClauseLens.Cli;

/// <summary>How <c>clauselens check</c> writes its results.</summary>
internal enum OutputFormat
{
    Table,
    Csv,
    Json,
    Html,
}

/// <summary>The arguments of <c>clauselens check</c>.</summary>
internal sealed record CheckOptions(
    IReadOnlyList<string> Paths,
    Uri? Server,
    string? Playbook,
    OutputFormat Format,
    string? Output,
    bool KeepOnServer,
    string? Token,
    string? ContractType = null,
    string? Side = null,
    string? Language = null,
    bool Wide = false)
{
    public const string Help = """
        usage: clauselens check <files or folders…> [--server URL] [--playbook ID] [--type TYPE] [--side ROLE] [--lang en|ja] [--format table|csv|json|html] [--wide] [--output FILE] [--keep]

        Analyses .docx, .pdf, .html and .txt contracts (folders are searched recursively; hidden files are skipped).
          --server URL     send them to a ClauseLens server as one batch and follow it (default: analyse here, in-process)
          --playbook ID    the playbook to hold the contracts against (default: the built-in one for each contract's type)
          --type TYPE      the contracts' type: nda, licence, collaboration, supply, services or other (default: detected per document)
          --side ROLE      your side, a role the playbook declares (recipient, licensee, sme, buyer, customer, …)
          --lang L         the language of the findings' texts: en or ja (default: each contract's own)
          --format F       table (default), csv, json or html (a report with a portfolio heat map)
          --wide           print the table with every column in full, however wide the terminal (default: fit it)
          --output FILE    write the results to FILE instead of standard output (the path written is said on standard error)
          --keep           leave the batch on the server afterwards (by default it is deleted once the results are read)
        The bearer token for a server with sign-in is read from the CLAUSELENS_TOKEN environment variable.

        exit codes: 0 every document analysed, no high-severity finding; 1 a high-severity finding;
                    2 usage or I/O error, or a document that could not be analysed.
        """;

    /// <summary>Parses the arguments after <c>check</c>; the error is a message for the user.</summary>
    public static (CheckOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var paths = new List<string>();
        Uri? server = null;
        string? playbook = null, output = null, contractType = null, side = null, language = null;
        var format = OutputFormat.Table;
        var keep = false;
        var wide = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string? Value() => i + 1 < args.Count ? args[++i] : null;
            switch (arg)
            {
                case "--server":
                    if (!Uri.TryCreate(Value(), UriKind.Absolute, out server) || server.Scheme is not ("http" or "https"))
                    {
                        return (null, "--server needs an http:// or https:// URL.");
                    }

                    break;
                case "--playbook":
                    playbook = Value();
                    if (string.IsNullOrWhiteSpace(playbook))
                    {
                        return (null, "--playbook needs a playbook id.");
                    }

                    break;
                case "--format":
                    var value = Value();
                    if (!Enum.TryParse(value, ignoreCase: true, out format) || !Enum.IsDefined(format) || value!.All(char.IsDigit))
                    {
                        return (null, "--format must be table, csv, json or html.");
                    }

                    break;
                case "--output" or "-o":
                    output = Value();
                    if (string.IsNullOrWhiteSpace(output))
                    {
                        return (null, "--output needs a file name.");
                    }

                    break;
                case "--type":
                    contractType = Value();
                    if (!Analysis.Context.ContractTypes.IsKnown(contractType))
                    {
                        return (null, $"--type must be one of {string.Join(", ", Analysis.Context.ContractTypes.All)}.");
                    }

                    break;
                case "--side":
                    side = Value();
                    if (string.IsNullOrWhiteSpace(side))
                    {
                        return (null, "--side needs a role such as recipient or licensee.");
                    }

                    break;
                case "--lang":
                    language = Value();
                    if (language is not ("en" or "ja"))
                    {
                        return (null, "--lang must be en or ja.");
                    }

                    break;
                case "--keep":
                    keep = true;
                    break;
                case "--wide":
                    wide = true;
                    break;
                default:
                    if (arg.StartsWith("--", StringComparison.Ordinal))
                    {
                        return (null, $"unknown option '{arg}'.");
                    }

                    paths.Add(arg);
                    break;
            }
        }

        return paths.Count == 0
            ? (null, "name at least one file or folder to check.")
            : (new CheckOptions(paths, server, playbook, format, output, keep, Environment.GetEnvironmentVariable("CLAUSELENS_TOKEN"), contractType, side, language, wide), null);
    }
}
