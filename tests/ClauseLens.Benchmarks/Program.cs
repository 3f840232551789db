using ClauseLens.Benchmarks;

// Each mode lives in its own file; this only dispatches on the first argument.
return args.FirstOrDefault() switch
{
    "segment-report" => SegmentReport.Run(args[1..]),
    "playbook-report" => PlaybookReport.Run(args[1..]),
    "fact-coverage" => FactCoverage.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: ClauseLens.Benchmarks segment-report [--clauses] [--scaling] | playbook-report [playbook-id] [--samples N] | fact-coverage [dev|train]");
    return 2;
}
