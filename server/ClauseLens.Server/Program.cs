var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/health", () => "ok");
app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
