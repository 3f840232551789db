using ClauseLens.Training;

// Trains the clause classifier from ../shared/data and writes models/clause-classifier.zip,
// models/metrics.json and models/MODEL_CARD.md. One command, deterministic for a given seed and date.
var options = TrainingOptions.Parse(args);
if (options.ContractType)
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
