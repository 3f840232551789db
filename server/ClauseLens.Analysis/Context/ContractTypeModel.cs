using System.Security.Cryptography;
using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ClauseLens.Analysis.Context;

/// <summary>What the contract-type model reads: the title lines and the start of the text.</summary>
public sealed class ContractTypeInput
{
    /// <summary>Characters of the contract the model reads as its body (the title and recitals carry the type).</summary>
    public const int BodyCharacters = 20_000;

    /// <summary>The first non-blank lines, where the title sits.</summary>
    public string Title { get; set; } = "";

    /// <summary>The first <see cref="BodyCharacters"/> characters of the contract.</summary>
    public string Body { get; set; } = "";

    /// <summary>Non-blank lines read as the title.</summary>
    public const int TitleLineCount = 5;

    /// <summary>The model's input for a contract's text; training and serving both build it here.</summary>
    public static ContractTypeInput From(string text, int titleLines = TitleLineCount)
    {
        ArgumentNullException.ThrowIfNull(text);
        var title = string.Join(" ", ContractTypeNames.TitleLines(text, titleLines));
        return new ContractTypeInput
        {
            Title = title.Length > 400 ? title[..400] : title,
            Body = text.Length > BodyCharacters ? text[..BodyCharacters] : text,
        };
    }
}

/// <summary>The contract-type model's output columns.</summary>
public sealed class ContractTypePrediction
{
    /// <summary>The most likely type.</summary>
    [ColumnName("PredictedLabel")]
    public string Type { get; set; } = "";

    /// <summary>Probabilities of every type, in the model's key order.</summary>
    [ColumnName("Score")]
    public float[] Scores { get; set; } = [];
}

/// <summary>
/// The learned contract-type detector shipped in <c>models/contract-type.zip</c> (trained by
/// <c>models/ClauseLens.Training -- --contract-type</c>; the server never trains). Thread-safe:
/// prediction engines are pooled, as a <see cref="PredictionEngine{TSrc,TDst}"/> is not.
/// </summary>
public sealed class ContractTypeModel
{
    private readonly ObjectPool<PredictionEngine<ContractTypeInput, ContractTypePrediction>> engines;

    private ContractTypeModel(MLContext context, ITransformer model, string version)
    {
        Version = version;
        engines = new DefaultObjectPool<PredictionEngine<ContractTypeInput, ContractTypePrediction>>(new EnginePolicy(context, model));
    }

    /// <summary>Where the shipped model sits next to the binaries.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "models", "contract-type.zip");

    /// <summary>"contract-type" and the first 8 hex digits of the file's SHA-256.</summary>
    public string Version { get; }

    /// <summary>Loads a model written by the training program.</summary>
    /// <exception cref="FileNotFoundException">No model at <paramref name="path"/>.</exception>
    public static ContractTypeModel Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The contract-type model was not found; run models/ClauseLens.Training -- --contract-type.", path);
        }

        var bytes = File.ReadAllBytes(path);
        var context = new MLContext(seed: 1);
        using var stream = new MemoryStream(bytes);
        var model = context.Model.Load(stream, out _);
        return new ContractTypeModel(context, model, "contract-type " + Convert.ToHexStringLower(SHA256.HashData(bytes))[..8]);
    }

    /// <summary>The most likely type of the contract <paramref name="text"/> and its probability.</summary>
    public (string Type, double Confidence) Predict(string text)
    {
        var engine = engines.Get();
        try
        {
            var prediction = engine.Predict(ContractTypeInput.From(text));
            var confidence = prediction.Scores.Length == 0 ? 0 : prediction.Scores.Max();
            return (ContractTypes.IsKnown(prediction.Type) ? prediction.Type : ContractTypes.Other, Math.Round(confidence, 3));
        }
        finally
        {
            engines.Return(engine);
        }
    }

    private sealed class EnginePolicy(MLContext context, ITransformer model) : IPooledObjectPolicy<PredictionEngine<ContractTypeInput, ContractTypePrediction>>
    {
        public PredictionEngine<ContractTypeInput, ContractTypePrediction> Create() =>
            context.Model.CreatePredictionEngine<ContractTypeInput, ContractTypePrediction>(model);

        public bool Return(PredictionEngine<ContractTypeInput, ContractTypePrediction> obj) => true;
    }
}
