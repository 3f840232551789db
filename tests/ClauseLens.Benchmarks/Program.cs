using ClauseLens.Benchmarks;

// Each mode is a measurement or report run by hand (in Release) and quoted in notes; none is a test.
return args.FirstOrDefault() switch
{
    "analyze" => AnalyzeBenchmark.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project tests/ClauseLens.Benchmarks -- <mode>");
    Console.Error.WriteLine("  analyze [runs]   latency, clauses/s and memory for 10-, 50- and 100-page contracts");
    return 2;
}
