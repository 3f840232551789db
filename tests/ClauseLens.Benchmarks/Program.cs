return args.FirstOrDefault() switch
{
    "playbook-report" => ClauseLens.Benchmarks.PlaybookReport.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: ClauseLens.Benchmarks playbook-report [playbook-id] [--samples N]");
    return 2;
}
