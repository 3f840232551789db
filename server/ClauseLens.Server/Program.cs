using ClauseLens.Server.Addin;
using ClauseLens.Server.Analyze;
using ClauseLens.Server.Hosting;
using ClauseLens.Server.Playbooks;

var builder = WebApplication.CreateBuilder(args);

builder.AddClauseLensHosting();
builder.AddClauseLensAnalysis();

var app = builder.Build();

app.UseClauseLensErrors();
app.MapClauseLensDocs();
app.MapAddinFiles();
app.MapHealth();
app.MapAnalyzeApi();
app.MapPlaybooksApi();

app.Run();

/// <summary>Entry point; public so WebApplicationFactory can reach it from the tests.</summary>
public partial class Program;
