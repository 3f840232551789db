using System.Diagnostics;
using ClauseLens.Analysis.Classification;

namespace ClauseLens.Training;

/// <summary>
/// Serving speed of the shipped model on one core: the median time to classify one 300-clause
/// document (about 50 pages) in one Classify call, and the clauses per second that implies.
/// Measured here, never asserted in tests; the machine is shared, so it is an upper bound.
/// </summary>
internal sealed record SpeedReport(int Clauses, int Repetitions, double MedianMilliseconds, double MedianCpuMilliseconds, double ClausesPerSecond, bool PinnedToOneCore)
{
    public static SpeedReport Measure(IClauseClassifier classifier, IReadOnlyList<ClauseExample> clauses, int repetitions = 7)
    {
        var document = clauses.Take(300).Select(e => new ClauseInput(e.Text, null)).ToList();
        var process = Process.GetCurrentProcess();
        var pinned = TryPin(process, out var previous);
        try
        {
            classifier.Classify(document); // warm-up: JIT and first-use allocations
            var times = new List<double>();
            var cpuTimes = new List<double>();
            for (var i = 0; i < repetitions; i++)
            {
                // CPU time as well as wall time: on a shared machine the wall clock mostly
                // measures the neighbours, the process's own CPU time measures the classifier.
                var cpu = process.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                classifier.Classify(document);
                times.Add(clock.Elapsed.TotalMilliseconds);
                process.Refresh();
                cpuTimes.Add((process.TotalProcessorTime - cpu).TotalMilliseconds);
            }

            var median = times.Order().ElementAt(times.Count / 2);
            var cpuMedian = cpuTimes.Order().ElementAt(cpuTimes.Count / 2);
            return new SpeedReport(document.Count, repetitions, median, cpuMedian, document.Count / (cpuMedian / 1000.0), pinned);
        }
        finally
        {
            if (pinned && (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()))
            {
                process.ProcessorAffinity = previous;
            }
        }
    }

    // Pins the process to its first core so the number is a one-core number even if some part of
    // ML.NET would fan out; restored afterwards so training elsewhere is not slowed.
    private static bool TryPin(Process process, out nint previous)
    {
        previous = 0;
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsWindows())
        {
            return false;
        }

        previous = process.ProcessorAffinity;
        process.ProcessorAffinity = 1;
        return true;
    }

    public object ToJson() => new
    {
        clausesPerDocument = Clauses,
        repetitions = Repetitions,
        medianWallMillisecondsPerDocument = Math.Round(MedianMilliseconds, 1),
        medianCpuMillisecondsPerDocument = Math.Round(MedianCpuMilliseconds, 1),
        clausesPerSecond = Math.Round(ClausesPerSecond),
        pinnedToOneCore = PinnedToOneCore,
        note = "one Classify call over 300 dev clauses, process pinned to one core, median of the repetitions after one warm-up; clauses/s from CPU time, because the 2-core machine is shared and wall time includes waiting for it",
    };
}
