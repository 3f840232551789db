using ClauseLens.Analysis.Context;

namespace ClauseLens.TestSupport;

/// <summary>A whole contract of <c>documents/</c> with the type its name says (null: none, or ambiguous).</summary>
public sealed record TypedDocument(string DocId, string Source, string? Name, string? Label, string Text)
{
    /// <summary>Reads <c>documents/{split}.jsonl.gz</c> (train or dev) through <see cref="SharedData.Documents"/>.</summary>
    public static IReadOnlyList<TypedDocument> Read(string split) =>
        [.. SharedData.Documents(split).Select(gold =>
            new TypedDocument(gold.DocId, gold.Source, gold.DocumentName, ContractTypeNames.WeakLabel(gold.Source, gold.DocumentName), gold.Text))];
}
