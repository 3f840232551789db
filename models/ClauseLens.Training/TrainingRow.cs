using ClauseLens.Analysis;
using ClauseLens.Analysis.Classification;
using Microsoft.ML.Data;

namespace ClauseLens.Training;

/// <summary>
/// A clause as an ML.NET training row: the model's input columns plus one boolean column per
/// label (named after the label), so one featurized, cached view serves all eleven binary trainers.
/// </summary>
internal sealed class TrainingRow
{
    public string Text { get; set; } = string.Empty;
    public string Heading { get; set; } = string.Empty;
    [ColumnName(ClauseLabels.IpOwnership)] public bool IpOwnership { get; set; }
    [ColumnName(ClauseLabels.LicenseGrant)] public bool LicenseGrant { get; set; }
    [ColumnName(ClauseLabels.Royalties)] public bool Royalties { get; set; }
    [ColumnName(ClauseLabels.Confidentiality)] public bool Confidentiality { get; set; }
    [ColumnName(ClauseLabels.NonCompete)] public bool NonCompete { get; set; }
    [ColumnName(ClauseLabels.GoverningLaw)] public bool GoverningLaw { get; set; }
    [ColumnName(ClauseLabels.DisputeResolution)] public bool DisputeResolution { get; set; }
    [ColumnName(ClauseLabels.TermTermination)] public bool TermTermination { get; set; }
    [ColumnName(ClauseLabels.AuditRights)] public bool AuditRights { get; set; }
    [ColumnName(ClauseLabels.Liability)] public bool Liability { get; set; }
    [ColumnName(ClauseLabels.Assignment)] public bool Assignment { get; set; }

    public static TrainingRow From(ClauseExample example)
    {
        var input = ClauseModelInput.From(new ClauseInput(example.Text, null));
        return new TrainingRow
        {
            Text = input.Text,
            Heading = input.Heading,
            IpOwnership = example.Has(ClauseLabels.IpOwnership),
            LicenseGrant = example.Has(ClauseLabels.LicenseGrant),
            Royalties = example.Has(ClauseLabels.Royalties),
            Confidentiality = example.Has(ClauseLabels.Confidentiality),
            NonCompete = example.Has(ClauseLabels.NonCompete),
            GoverningLaw = example.Has(ClauseLabels.GoverningLaw),
            DisputeResolution = example.Has(ClauseLabels.DisputeResolution),
            TermTermination = example.Has(ClauseLabels.TermTermination),
            AuditRights = example.Has(ClauseLabels.AuditRights),
            Liability = example.Has(ClauseLabels.Liability),
            Assignment = example.Has(ClauseLabels.Assignment),
        };
    }
}
