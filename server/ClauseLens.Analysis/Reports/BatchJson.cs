using System.Text.Json;

namespace ClauseLens.Analysis.Reports;

/// <summary>
/// The batch results as JSON: <c>{ id, createdAt, playbook, contractType?, side?, language?, documents: [{ report, analysis }] }</c>
/// (<c>playbook</c> is null when each document got the one for its contract type),
/// where <c>report</c> is the table row and <c>analysis</c> the full <see cref="AnalysisResult"/>
/// (offsets, labels, findings; no contract text). The server and the CLI write the same shape.
/// </summary>
public static class BatchJson
{
    /// <summary>Writes the report; <paramref name="analyses"/> holds each document's analysis as JSON (null when it has none), in document order.</summary>
    public static byte[] Write(BatchReport report, IReadOnlyList<string?> analyses)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(analyses);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            json.WriteStartObject();
            json.WriteString("id", report.Id);
            json.WriteString("createdAt", report.CreatedAt);
            json.WriteString("playbook", report.PlaybookId);
            foreach (var (name, value) in new[] { ("contractType", report.ContractType), ("side", report.Side), ("language", report.Language) })
            {
                if (value is not null)
                {
                    json.WriteString(name, value);
                }
            }

            json.WriteStartArray("documents");
            for (var i = 0; i < report.Documents.Count; i++)
            {
                json.WriteStartObject();
                json.WritePropertyName("report");
                JsonSerializer.Serialize(json, report.Documents[i], BatchReport.Json);
                if (i < analyses.Count && analyses[i] is { } analysis)
                {
                    json.WritePropertyName("analysis");
                    json.WriteRawValue(analysis, skipInputValidation: true);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Reads the report rows back from JSON written by <see cref="Write"/> (the <c>analysis</c> parts are skipped).</summary>
    public static BatchReport Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var rows = root.GetProperty("documents").EnumerateArray()
            .Select(d => d.GetProperty("report").Deserialize<DocumentReport>(BatchReport.Json)
                ?? throw new JsonException("A document in the results has no report."))
            .ToList();
        return new BatchReport(root.GetProperty("id").GetString() ?? "", root.GetProperty("createdAt").GetDateTimeOffset(),
            root.TryGetProperty("playbook", out var playbook) ? playbook.GetString() : null, rows)
        {
            ContractType = Optional(root, "contractType"), Side = Optional(root, "side"), Language = Optional(root, "language"),
        };
    }

    private static string? Optional(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
