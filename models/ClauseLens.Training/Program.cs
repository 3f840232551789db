using ClauseLens.Training;

// Trains the clause classifier from ../shared/data and writes models/clause-classifier.zip,
// models/metrics.json and models/MODEL_CARD.md. One command, deterministic for a given seed and date.
// --elements trains the element detectors instead (models/element-detectors.zip, element-metrics.json).
var options = TrainingOptions.Parse(args);
if (options.Elements)
{
    new ElementTrainingRun(options).Execute();
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
