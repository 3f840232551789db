return args.FirstOrDefault() switch
{
    "playbook-report" => ClauseLens.Benchmarks.PlaybookReport.Run(args[1..]),
    "fact-coverage" => ClauseLens.Benchmarks.FactCoverage.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: ClauseLens.Benchmarks playbook-report [playbook-id] [--samples N] | fact-coverage [dev|train]");
    return 2;
}
