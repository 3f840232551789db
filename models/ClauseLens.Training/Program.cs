using ClauseLens.Training;

// Trains the clause classifier from ../shared/data and writes models/clause-classifier.zip,
// models/metrics.json and models/MODEL_CARD.md. One command, deterministic for a given seed and date.
// --elements trains the element detectors instead (models/element-detectors.zip, element-metrics.json).
// --label-evidence trains the label evidence reader (models/label-evidence.zip, label-evidence-metrics.json).
// --evaluate trains nothing: it scores the shipped classifier on the current dev split (metrics.json, MODEL_CARD.md).
var options = TrainingOptions.Parse(args);
if (options.Elements)
{
    new ElementTrainingRun(options).Execute();
}
else if (options.LabelEvidence)
{
    new LabelEvidenceTrainingRun(options).Execute();
}
else if (options.Evaluate)
{
    new EvaluateRun(options).Execute();
}
else if (options.ContractType)
{
    new ContractTypeTraining(options).Execute();
}
else if (options.Tune)
{
    new TuneRun(options).Execute();
}
else
{
    new TrainingRun(options).Execute();
}
