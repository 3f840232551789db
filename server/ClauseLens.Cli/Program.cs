using ClauseLens.Cli;
using Spectre.Console;

// One line per command; each command parses its own arguments and returns the process exit code.
var io = CliIo.FromConsole();
return args.FirstOrDefault() switch
{
    "check" => await CheckCommand.RunAsync(args[1..], io),
    "brief" => await BriefCommand.RunAsync(args[1..], io),
    "compare" => CompareCommand.Run(args[1..], io),
    _ => Usage.Show(io, args.FirstOrDefault()),
};
