namespace ClauseLens.Analysis.Compare;

/// <summary>Two clauses taken to be the same clause in two drafts (indexes into each draft's clauses).</summary>
/// <param name="Before">Index in the earlier draft.</param>
/// <param name="After">Index in the later draft.</param>
/// <param name="Similarity">Jaccard similarity of their word shingles.</param>
/// <param name="SameWords">True when their words are identical (number and spacing aside).</param>
/// <param name="Moved">True when the pair is out of the drafts' common order.</param>
internal sealed record ClausePair(int Before, int After, double Similarity, bool SameWords, bool Moved);

/// <summary>
/// Aligns the clauses of two drafts by wording, heading and number, never by position: identical
/// wording first, then the most similar remaining pairs greedily. Pairs that break the drafts'
/// common order (outside a longest increasing run) are moves.
/// </summary>
internal static class ClauseAligner
{
    // Below this share of wording, two clauses are different clauses unless their headings agree.
    private const double MinimumSimilarity = 0.3;

    // With the same heading a redraft may keep little wording; with the same heading and number,
    // none ("5. Exclusivity" rewritten from scratch is still clause 5).
    private const double MinimumSimilaritySameHeading = 0.05;

    public static IReadOnlyList<ClausePair> Align(
        IReadOnlyList<AnalyzedClause> beforeClauses, IReadOnlyList<ClauseWording> before,
        IReadOnlyList<AnalyzedClause> afterClauses, IReadOnlyList<ClauseWording> after)
    {
        var beforeTaken = new bool[before.Count];
        var afterTaken = new bool[after.Count];
        var pairs = new List<(int Before, int After, double Similarity, bool Same)>();

        // 1. Identical wording, paired in order (a repeated boilerplate clause pairs first with first).
        var unmatchedByWords = new Dictionary<ulong, Queue<int>>();
        for (var i = 0; i < before.Count; i++)
        {
            if (!unmatchedByWords.TryGetValue(before[i].Sequence, out var queue))
            {
                unmatchedByWords[before[i].Sequence] = queue = new Queue<int>();
            }

            queue.Enqueue(i);
        }

        for (var j = 0; j < after.Count; j++)
        {
            if (unmatchedByWords.TryGetValue(after[j].Sequence, out var queue) && queue.TryDequeue(out var i))
            {
                beforeTaken[i] = afterTaken[j] = true;
                pairs.Add((i, j, 1, true));
            }
        }

        // 2. The rest by similarity: only pairs sharing a shingle (an inverted index) or a heading are scored.
        var index = new Dictionary<ulong, List<int>>();
        for (var i = 0; i < before.Count; i++)
        {
            if (beforeTaken[i])
            {
                continue;
            }

            foreach (var shingle in before[i].Shingles)
            {
                if (!index.TryGetValue(shingle, out var list))
                {
                    index[shingle] = list = [];
                }

                list.Add(i);
            }
        }

        var candidates = new List<(double Score, double Similarity, int Before, int After)>();
        var shared = new Dictionary<int, int>();
        for (var j = 0; j < after.Count; j++)
        {
            if (afterTaken[j])
            {
                continue;
            }

            shared.Clear();
            foreach (var shingle in after[j].Shingles)
            {
                if (index.TryGetValue(shingle, out var list))
                {
                    foreach (var i in list)
                    {
                        shared[i] = shared.GetValueOrDefault(i) + 1;
                    }
                }
            }

            for (var i = 0; i < before.Count; i++)
            {
                if (beforeTaken[i])
                {
                    continue;
                }

                var similarity = ClauseWording.Jaccard(before[i], after[j], shared.GetValueOrDefault(i));
                var sameHeading = before[i].Heading.Length > 0 && before[i].Heading == after[j].Heading;
                var sameNumber = !string.IsNullOrEmpty(beforeClauses[i].Number) && beforeClauses[i].Number == afterClauses[j].Number;
                var sameKind = beforeClauses[i].Kind == afterClauses[j].Kind;
                if (similarity >= MinimumSimilarity || (sameHeading && (sameNumber || similarity >= MinimumSimilaritySameHeading)))
                {
                    // Wording decides; heading and number break ties between near-equal candidates.
                    var score = similarity + (sameHeading ? 0.15 : 0) + (sameNumber ? 0.05 : 0) + (sameKind ? 0.01 : 0);
                    candidates.Add((score, similarity, i, j));
                }
            }
        }

        candidates.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : (a.After, a.Before).CompareTo((b.After, b.Before)));
        foreach (var (_, similarity, i, j) in candidates)
        {
            if (!beforeTaken[i] && !afterTaken[j])
            {
                beforeTaken[i] = afterTaken[j] = true;
                pairs.Add((i, j, similarity, false));
            }
        }

        // 3. Moves: the pairs outside a longest run that keeps both drafts' order.
        pairs.Sort((a, b) => a.Before.CompareTo(b.Before));
        var inOrder = LongestIncreasing(pairs.Select(p => p.After).ToList());
        return [.. pairs.Select((p, k) => new ClausePair(p.Before, p.After, p.Similarity, p.Same, !inOrder.Contains(k)))];
    }

    /// <summary>Positions (into <paramref name="values"/>) of one longest strictly increasing subsequence.</summary>
    private static HashSet<int> LongestIncreasing(List<int> values)
    {
        var tails = new List<int>();          // tails[len-1] = position of the smallest tail of a run of length len
        var previous = new int[values.Count];
        for (var k = 0; k < values.Count; k++)
        {
            int lo = 0, hi = tails.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (values[tails[mid]] < values[k])
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            previous[k] = lo > 0 ? tails[lo - 1] : -1;
            if (lo == tails.Count)
            {
                tails.Add(k);
            }
            else
            {
                tails[lo] = k;
            }
        }

        var run = new HashSet<int>();
        for (var k = tails.Count > 0 ? tails[^1] : -1; k >= 0; k = previous[k])
        {
            run.Add(k);
        }

        return run;
    }
}
