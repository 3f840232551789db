using System.Globalization;
using System.Text;
using ClauseLens.Analysis;

namespace ClauseLens.Training;

/// <summary>Renders MODEL_CARD.md from a training report; every number comes from the run.</summary>
internal static class ModelCard
{
    public static string Render(TrainingReport report, string dataDirectory)
    {
        var md = new StringBuilder();
        var m = report.Model;
        md.AppendLine("# Model card: ClauseLens clause classifier");
        md.AppendLine();
        md.AppendLine($"Version `{report.ModelVersion}`, written by `{TrainingReport.Command}` (seed {report.Settings.Seed}). ");
        md.AppendLine("This file, `metrics.json` and `clause-classifier.zip` are all written by that one command; do not edit them by hand.");
        md.AppendLine();
        md.AppendLine("## What it does");
        md.AppendLine();
        md.AppendLine("Tags a clause with any of the eleven labels of DESIGN.md (multi-label; no label = `other`): "
            + string.Join(", ", ClauseLabels.All.Select(l => $"`{l}`")) + ".");
        md.AppendLine($"- Features: {report.Manifest.Featurizer}.");
        md.AppendLine($"- Model: {report.Manifest.Trainer}.");
        if (report.ChosenL2.Count > 0)
        {
            md.AppendLine($"- L2 chosen per label on the held-out training documents: {string.Join(", ", report.ChosenL2.Select(c => $"{c.Key} {c.Value.ToString(CultureInfo.InvariantCulture)}"))}.");
        }

        md.AppendLine($"- Scores are Platt-calibrated probabilities. A label is given at or above its threshold; a label scoring at least {F(report.Manifest.UncertainRatio)} × its threshold but below it is reported as *uncertain* (a person should look).");
        md.AppendLine($"- Trained on {report.TrainExamples} examples (English train split + the 66 Japanese articles, each repeated {report.JapaneseRepeat}× so they count); evaluated on {report.DevExamples} English dev examples (other documents than train). Dev is never used for fitting or tuning.");
        md.AppendLine($"- Training time {report.TrainingSeconds:F0} s on this 2-core machine ({report.LoadAverage}); model file {report.ModelBytes / 1024.0 / 1024.0:F1} MB.");
        md.AppendLine();
        md.AppendLine("## Dev results (English dev split)");
        md.AppendLine();
        md.AppendLine("| label | support | precision | recall | F1 | threshold | keyword F1 | TF-IDF+SVM F1 |");
        md.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var label in ClauseLabels.All)
        {
            var s = m.PerLabel[label];
            md.AppendLine($"| {label} | {s.Support} | {F(s.Precision)} | {F(s.Recall)} | {F(s.F1)} | {F(report.Manifest.Thresholds[label])} | {F(report.Keyword.PerLabel[label].F1)} | {F(report.Svm.PerLabel[label].F1)} |");
        }

        md.AppendLine();
        md.AppendLine("| system | macro-F1 | micro-P | micro-R | micro-F1 | false-label rate on `other` |");
        md.AppendLine("|---|---|---|---|---|---|");
        md.AppendLine(Row("**this model**", m));
        md.AppendLine(Row("keyword baseline (one regex per label)", report.Keyword));
        md.AppendLine(Row("TF-IDF word 1-2-grams + linear SVM (tuned)", report.Svm));
        md.AppendLine();
        md.AppendLine($"Baseline: {SvmBaseline.Description}. Chosen per label: {SvmBaseline.Describe(report.SvmChoices)}.");
        md.AppendLine();
        md.AppendLine($"False-label rate = share of the {m.OtherExamples} dev examples labelled `other` that get at least one label.");
        md.AppendLine();
        if (report.Japanese is { } ja)
        {
            md.AppendLine("## Japanese (leave-one-contract-out)");
            md.AppendLine();
            md.AppendLine($"{ja.Articles} labelled articles of {ja.Contracts} METI/JPO model contracts; each contract is tagged by a model trained on English train + the other {ja.Contracts - 1} contracts (same recipe as shipped). The shipped model is trained with all {ja.Contracts}.");
            md.AppendLine();
            LabelTable(md, ja.Metrics, ja.Labels);

            md.AppendLine();
            md.AppendLine($"Japanese macro-F1 over the {ja.Labels.Count} labels present: **{F(ja.Metrics.MacroF1)}**; false-label rate on `other` articles {F(ja.Metrics.OtherFalseLabelRate)} ({ja.Metrics.OtherExamples} articles).");
            md.AppendLine();
        }

        if (report.Contracts is { } c)
        {
            md.AppendLine("## Whole contracts (generalisation)");
            md.AppendLine();
            md.AppendLine($"{c.Contracts} full contracts from `contracts/` (train-side documents, so this checks clause-level behaviour on whole texts as the server sees them, not unseen-document accuracy), read by the server's own ingest and split by the real `ClauseSegmenter` into {c.Segments} clauses, each classified with its segmenter heading; a clause's gold labels are the gold spans covering at least half of it or half of which it covers.");
            md.AppendLine();
            LabelTable(md, c.Metrics, ClauseLabels.All);

            md.AppendLine();
            md.AppendLine($"Macro-F1 {F(c.Metrics.MacroF1)}, micro-P {F(c.Metrics.MicroPrecision)}, micro-R {F(c.Metrics.MicroRecall)}. Gold spans only cover CUAD/ContractNLI categories, so many predicted labels on unannotated clauses (e.g. termination for breach, confidentiality in CUAD contracts) count as false positives here.");
            md.AppendLine();
        }

        if (report.Speed is { } speed)
        {
            md.AppendLine("## Speed");
            md.AppendLine();
            md.AppendLine($"One `Classify` call over a {speed.Clauses}-clause document (about 50 pages), process pinned to one core ({(speed.PinnedToOneCore ? "yes" : "no")}): median **{speed.MedianCpuMilliseconds:F0} ms of CPU time** ({speed.ClausesPerSecond:F0} clauses/s), median wall time {speed.MedianMilliseconds:F0} ms over {speed.Repetitions} runs after a warm-up. Wall time includes any wait for the CPU ({report.LoadAverage}).");
            md.AppendLine();
        }

        md.AppendLine("## Known failure modes (real dev examples, picked by rule: the shortest miss and false alarm per label)");
        md.AppendLine();
        foreach (var f in report.Failures)
        {
            md.AppendLine($"- **{f.Label}, {f.Kind}** (gold: {string.Join(", ", f.Gold.DefaultIfEmpty("other"))}; predicted: {string.Join(", ", f.Predicted.DefaultIfEmpty("other"))}): \"{f.Text.Replace("|", "\\|")}\"");
        }

        md.AppendLine();
        md.AppendLine("## What the dev mistakes are made of");
        md.AppendLine();
        md.AppendLine("Every dev miss and false alarm sorted by one fixed rule (`ErrorAnatomy`): a *page artefact* is a filing footer (\"Source: ACME INC, 8-K, …\") or a redaction notice; a *fragment* is under 100 characters, a list item (\"(iv) …\") or a piece that starts mid-sentence; the rest are *whole clauses*. The data gives every piece of an annotated passage the passage's label, so artefacts and fragments often carry a label their own words do not show, and a model that reads one clause at a time can hardly get them right.");
        md.AppendLine();
        md.AppendLine("| label | missed: artefact / fragment / whole | false alarms: artefact / fragment / whole |");
        md.AppendLine("|---|---|---|");
        foreach (var (label, (missed, falseAlarms)) in report.Anatomy)
        {
            md.AppendLine($"| {label} | {string.Join(" / ", ErrorAnatomy.Kinds.Select(k => missed[k]))} | {string.Join(" / ", ErrorAnatomy.Kinds.Select(k => falseAlarms[k]))} |");
        }

        var totals = ErrorAnatomy.Kinds.ToDictionary(k => k, k => report.Anatomy.Values.Sum(a => a.Missed[k]));
        var allMissed = totals.Values.Sum();
        md.AppendLine();
        var notWhole = totals[ErrorAnatomy.PageArtefact] + totals[ErrorAnatomy.Fragment];
        md.AppendLine($"Of {allMissed} missed labels, {notWhole} ({(allMissed == 0 ? 0 : notWhole / (double)allMissed):P0}) are artefacts or fragments.");
        md.AppendLine();
        md.AppendLine("The same models scored on the whole clauses of dev only (the kind of unit the server's segmenter hands the model):");
        md.AppendLine();
        md.AppendLine("| system | macro-F1 | micro-P | micro-R | micro-F1 | false-label rate on `other` |");
        md.AppendLine("|---|---|---|---|---|---|");
        md.AppendLine(Row($"this model, {report.ModelWholeClauses.Examples} whole clauses", report.ModelWholeClauses));
        md.AppendLine(Row("TF-IDF + linear SVM baseline, same clauses", report.SvmWholeClauses));
        md.AppendLine();
        LabelTable(md, report.ModelWholeClauses, ClauseLabels.All);

        md.AppendLine();
        md.AppendLine("## Limits");
        md.AppendLine();
        md.AppendLine("- Label coverage of the sources is partial (see the data caveats below): `confidentiality` is learned from NDAs only, `dispute_resolution` from consumer terms of service only, `liability` means limitation/caps of liability (no indemnification source). Expect lower accuracy on those labels in commercial contracts than the dev numbers show.");
        md.AppendLine("- `other` dev examples were filtered by keywords when the data was built, so the false-label rate on `other` is optimistic for real contracts.");
        md.AppendLine("- Scores are calibrated on held-out training documents; calibration on other contract styles is not guaranteed.");
        md.AppendLine("- The model reads the text and heading of one clause at a time; it does not see the rest of the contract.");
        md.AppendLine("- Japanese text is read through a fixed glossary of about 60 standard contract terms (`JapaneseGlossary`): a heading's terms are glossed into English words in both feature blocks, and every glossary term in the body is glossed word for word, in text order, into the text block, so the weights learned from English clauses apply. The glossary was written with the 66 labelled article titles in view, and those titles decided the labels, so the leave-one-contract-out number is optimistic for Japanese contracts whose wording the glossary lacks; an article with none of its terms relies on the 66 training articles only.");
        md.AppendLine("- CUAD maps Exclusivity to `non_compete`, so exclusive licence grants often carry both `license_grant` and `non_compete`; that is the data's convention, not always a reviewer's.");
        md.AppendLine();
        md.AppendLine("## Data, sources, licences and attribution");
        md.AppendLine();
        md.AppendLine("Data hashes (SHA-256):");
        md.AppendLine();
        foreach (var (file, hash) in report.DataHashes)
        {
            md.AppendLine($"- `{file}`: `{hash}`");
        }

        md.AppendLine();
        md.AppendLine("The following is copied from the data's own README files (`shared/data/README.md`, `shared/data/ja/README.md`).");
        md.AppendLine();
        md.AppendLine(Section(Path.Combine(dataDirectory, "README.md"), "## Sources, licences, attribution", "## Label mapping"));
        md.AppendLine(Section(Path.Combine(dataDirectory, "README.md"), "## Caveats", null));
        md.AppendLine("### Japanese model contracts (ja/README.md)");
        md.AppendLine();
        md.AppendLine(Section(Path.Combine(dataDirectory, "ja", "README.md"), "`ja/clauses.ja.jsonl`", null, includeStart: true));
        return md.ToString();
    }

    private static void LabelTable(StringBuilder md, LabelMetrics metrics, IEnumerable<string> labels)
    {
        md.AppendLine("| label | support | precision | recall | F1 |");
        md.AppendLine("|---|---|---|---|---|");
        foreach (var label in labels)
        {
            var s = metrics.PerLabel[label];
            md.AppendLine($"| {label} | {s.Support} | {F(s.Precision)} | {F(s.Recall)} | {F(s.F1)} |");
        }
    }

    private static string Row(string name, LabelMetrics m) =>
        $"| {name} | {F(m.MacroF1)} | {F(m.MicroPrecision)} | {F(m.MicroRecall)} | {F(m.MicroF1)} | {F(m.OtherFalseLabelRate)} |";

    public static string F(double value) => value.ToString("F3", CultureInfo.InvariantCulture);

    // Copies a section of a data README verbatim so the attribution cannot drift from the source.
    private static string Section(string path, string start, string? end, bool includeStart = false)
    {
        var text = File.ReadAllText(path);
        var from = text.IndexOf(start, StringComparison.Ordinal);
        if (from < 0)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)} has no section starting '{start}'.");
        }

        var to = end is null ? text.Length : text.IndexOf(end, from, StringComparison.Ordinal);
        var section = text[from..(to < 0 ? text.Length : to)];
        return (includeStart ? section : section.Replace(start, "### " + start.TrimStart('#', ' '))).Trim() + "\n";
    }
}
