using ClauseLens.Server.Addin;
using ClauseLens.Server.Analyze;
using ClauseLens.Server.Batches;
using ClauseLens.Server.Briefs;
using ClauseLens.Server.Compare;
using ClauseLens.Server.Hosting;
using ClauseLens.Server.Issues;
using ClauseLens.Server.Playbooks;

var builder = WebApplication.CreateBuilder(args);

builder.AddClauseLensHosting();
builder.AddClauseLensAccess();
builder.AddClauseLensAnalysis();
builder.AddPlaybooks();
builder.AddBatches();
builder.AddClauseLensBriefs();
builder.AddCompare();

var app = builder.Build();

app.UseClauseLensErrors();
app.UseClauseLensAccess();
app.MapClauseLensDocs();
app.MapAddinFiles();
app.MapHealth();
app.MapClientConfig();
app.MapBatchPage();

var api = app.MapClauseLensApi();
api.MapAnalyzeApi();
api.MapPlaybooksApi();
api.MapBatchesApi();
api.MapBriefsApi();
api.MapCompareApi();
api.MapIssuesApi();

app.Run();

/// <summary>Entry point; public so WebApplicationFactory can reach it from the tests.</summary>
public partial class Program;
