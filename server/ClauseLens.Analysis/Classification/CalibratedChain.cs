using Microsoft.ML;

namespace ClauseLens.Analysis.Classification;

/// <summary>
/// A shipped model chain of the shape [featurizer, then per output: linear model, calibrator, copy],
/// scored in one pass: the featurizer's output goes through a cache, so each row's features are
/// computed once instead of once per output model. Shared by the clause classifier and the element
/// detectors.
/// </summary>
internal sealed class CalibratedChain
{
    private readonly MLContext context;
    private readonly ITransformer featurizer;
    private readonly ITransformer[] scorers;
    private readonly string[] probabilityColumns;
    private readonly string featuresColumn;

    /// <param name="context">The context the model was loaded with.</param>
    /// <param name="model">The loaded chain.</param>
    /// <param name="probabilityColumns">The calibrated probability column of each output, in output order.</param>
    /// <param name="featuresColumn">The featurizer's output column (the one cached).</param>
    /// <param name="what">What the model is, for the error when it is not a chain ("model", "detector model").</param>
    public CalibratedChain(MLContext context, ITransformer model, string[] probabilityColumns, string featuresColumn, string what)
    {
        this.context = context;
        var parts = model as IEnumerable<ITransformer> ?? throw new InvalidDataException($"The {what} is not a transformer chain.");
        featurizer = parts.First();
        scorers = [.. parts.Skip(1)];
        this.probabilityColumns = probabilityColumns;
        this.featuresColumn = featuresColumn;
    }

    /// <summary>The calibrated probability of every output for every row, in row and output order.</summary>
    public float[][] Score<TRow>(IReadOnlyList<TRow> rows)
        where TRow : class
    {
        var scored = context.Data.Cache(featurizer.Transform(context.Data.LoadFromEnumerable(rows)), featuresColumn);
        foreach (var scorer in scorers)
        {
            scored = scorer.Transform(scored);
        }

        var columns = probabilityColumns.Select(name => scored.Schema[name]).ToArray();
        var result = new float[rows.Count][];
        using var cursor = scored.GetRowCursor(columns);
        var getters = columns.Select(cursor.GetGetter<float>).ToArray();
        var row = 0;
        while (cursor.MoveNext())
        {
            var values = new float[getters.Length];
            for (var i = 0; i < getters.Length; i++)
            {
                getters[i](ref values[i]);
            }

            result[row++] = values;
        }

        return result;
    }
}
