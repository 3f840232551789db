using ClauseLens.Benchmarks;

// Each mode is a measurement or report run by hand (in Release) and quoted in notes; none is a
// test. Each lives in its own file; this only dispatches on the first argument.
return args.FirstOrDefault() switch
{
    "analyze" => AnalyzeBenchmark.Run(args[1..]),
    "compare" => CompareBenchmark.Run(args[1..]),
    "segment-report" => SegmentReport.Run(args[1..]),
    "batch" => await BatchBenchmark.Run(args[1..]),
    "scale-out" => await ScaleOutBenchmark.Run(args[1..]),
    "playbook-report" => PlaybookReport.Run(args[1..]),
    "fact-coverage" => FactCoverage.Run(args[1..]),
    "first-request" => await FirstRequestBenchmark.Run(args[1..]),
    "type-report" => TypeReport.Run(args[1..]),
    "deal-report" => DealReport.Run(args[1..]),
    "fuzz" => await FuzzBenchmark.Run(args[1..]),
    "health-under-load" => await HealthUnderLoadBenchmark.Run(args[1..]),
    "load" => await LoadBenchmark.Run(args[1..]),
    "drafting-report" => DraftingReport.Run(args[1..]),
    "facts-report" => FactsReport.Run(args[1..]),
    "findings-report" => FindingsReport.Run(args[1..]),
    "ja-elements-report" => JaElementsReport.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project tests/ClauseLens.Benchmarks -- <mode>");
    Console.Error.WriteLine("  analyze [runs]              latency, clauses/s and memory for 10-, 50- and 100-page contracts");
    Console.Error.WriteLine("  compare [runs] [pages]      latency of comparing two drafts (default 50 pages): whole, and alignment alone");
    Console.Error.WriteLine("  segment-report [--clauses] [--scaling]");
    Console.Error.WriteLine("                              clauses found per contract in shared/data/contracts");
    Console.Error.WriteLine("  batch [documents]           batch docs/s and peak memory, in-process and through the server (build the server in Release first)");
    Console.Error.WriteLine("  scale-out [documents] [--store-only]  docs/s through 1 server on SQLite and 1, 2, 3 on one PostgreSQL, and the store's own ms/doc");
    Console.Error.WriteLine("                              (needs PostgreSQL's server binaries, like the tests; build the server in Release first)");
    Console.Error.WriteLine("  playbook-report [playbook-id] [--samples N]   findings per rule over shared/data/contracts");
    Console.Error.WriteLine("  type-report                 contract-type accuracy on dev documents whose name says their type, confusion, disagreements");
    Console.Error.WriteLine("  deal-report                 documents with a high finding: one playbook for all vs the playbook for each type");
    Console.Error.WriteLine("  fact-coverage [dev|train]   how often each fact is extracted from clauses of its label");
    Console.Error.WriteLine("  first-request [rounds]      first analysis after start-up vs warm p50, with and without the warm-up (build the server in Release first)");
    Console.Error.WriteLine("  fuzz [--light] [--only FAMILY] [--slowest N]   the hostile corpus against the Release server: statuses, slowest, peak RSS growth");
    Console.Error.WriteLine("  health-under-load [seconds] [clients]  /health/live latency while N clients send slow hostile inputs (loopback)");
    Console.Error.WriteLine("  load [seconds] [clients]    N clients (16) analyse the real contracts for a time (120 s): errors, results vs one-by-one, RSS");
    Console.Error.WriteLine("  drafting-report [--samples 60] [--seed 19] [--dev 100] [--check NAME] [--file NAME] [--split dev|train] [--no-contracts] [--ja] [--all]");
    Console.Error.WriteLine("                              drafting findings per check over shared/data/contracts and dev documents, and a random sample to read");
    Console.Error.WriteLine("  facts-report [dev|train] [--disagreements [--all-parties]]");
    Console.Error.WriteLine("                              governing law, renewal, notice, the brief's parties and type against CUAD");
    Console.Error.WriteLine("  findings-report [--disagreements] [--snippets] [--skip-crashes] [--patterns-only]");
    Console.Error.WriteLine("  findings-report --nda-only [--train] | --cuad-only [--train] [--claims FILE]   one section alone; --train reads the training documents (where bands may be chosen)");
    Console.Error.WriteLine("                              NDA elements vs ContractNLI, missing <label> vs CUAD, crashes, METI/JPO findings (dev documents)");
    Console.Error.WriteLine("  ja-elements-report [--patterns-only] [--docx] [--lines] [--loco]   Japanese elements vs the METI/JPO model contracts' gold, phrasings, findings");
    return 2;
}
