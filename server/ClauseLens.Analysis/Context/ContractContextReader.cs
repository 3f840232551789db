namespace ClauseLens.Analysis.Context;

/// <summary>What the Context stage knows about a contract before the playbook is applied.</summary>
/// <param name="ContractType">The type, detected or given.</param>
/// <param name="Language">The contract's language: en, ja or mixed.</param>
public sealed record ContractContext(ContractTypeResult ContractType, string Language);

/// <summary>
/// The Context stage of DESIGN.md: the contract's type (a title that names one type, English or
/// Japanese; otherwise the learned model) and its language.
/// </summary>
public sealed class ContractContextReader(ContractTypeModel model)
{
    /// <summary>Confidence reported for a type read from a title (a fixed rule, not a probability).</summary>
    public const double TitleRuleConfidence = 0.9;

    private static readonly Lazy<ContractContextReader> ShippedReader = new(() => new ContractContextReader(ContractTypeModel.Load(ContractTypeModel.DefaultPath)));

    /// <summary>The reader around the model shipped next to the binaries (loaded once).</summary>
    public static ContractContextReader Shipped => ShippedReader.Value;

    /// <summary>The model's version.</summary>
    public string ModelVersion => model.Version;

    /// <summary>Reads the context of <paramref name="document"/>; a <paramref name="givenType"/> wins over detection.</summary>
    public ContractContext Read(ContractDocument document, string? givenType = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var language = ContractLanguages.Detect(text);
        if (givenType is not null)
        {
            return new ContractContext(new ContractTypeResult(givenType, ContractTypeSources.Given, 1), language);
        }

        // A title that names one type decides, as it does for a lawyer; the model reads the rest
        // (titles naming no type or two, "Agreement", "Development Agreement").
        var titled = (language != ContractLanguages.English ? ContractTypeNames.FromJapaneseTitle(text) : null)
            ?? ContractTypeNames.FromEnglishTitle(text);
        if (titled is not null)
        {
            return new ContractContext(new ContractTypeResult(titled, ContractTypeSources.Detected, TitleRuleConfidence), language);
        }

        var (type, confidence) = model.Predict(text);
        return new ContractContext(new ContractTypeResult(type, ContractTypeSources.Detected, confidence), language);
    }
}
