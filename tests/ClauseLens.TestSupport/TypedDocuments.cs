using ClauseLens.Analysis.Context;

namespace ClauseLens.TestSupport;

/// <summary>A whole contract of <c>documents/</c> with the type its name says (null: none, or ambiguous).</summary>
public sealed record TypedDocument(string DocId, string Source, string? Name, string? Label, string Text)
{
    /// <summary>Document Name is CUAD's short answer; ContractNLI documents have none (all NDAs).</summary>
    private const string DocumentName = "Document Name";

    /// <summary>Reads <c>documents/{split}.jsonl.gz</c> (train or dev) through <see cref="GoldDocument.Read"/>.</summary>
    public static IReadOnlyList<TypedDocument> Read(string split) =>
        [.. GoldDocument.Read(split).Select(gold =>
        {
            var name = gold.Answers.GetValueOrDefault(DocumentName);
            return new TypedDocument(gold.DocId, gold.Source, name, ContractTypeNames.WeakLabel(gold.Source, name), gold.Text);
        })];
}
