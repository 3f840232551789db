using System.IO.Compression;
using System.Text;
using ClauseLens.Analysis.Classification;
using Microsoft.ML;

namespace ClauseLens.Training;

/// <summary>A trained transformer chain with its manifest, ready to be written as clause-classifier.zip.</summary>
internal sealed class TrainedClauseModel(MLContext context, ITransformer model, DataViewSchema inputSchema, ClassifierManifest manifest)
{
    public ClassifierManifest Manifest => manifest;

    /// <summary>
    /// Writes the model file: a zip of manifest.json and ML.NET's model.zip. Zip entry timestamps
    /// are pinned to the training date so the same training writes the same bytes (and hash).
    /// </summary>
    public void Save(string path)
    {
        using var inner = new MemoryStream();
        // Only the input columns the model reads; label columns are training-only.
        context.Model.Save(model, InputSchema(), inner);
        var stamp = DateTimeOffset.Parse(manifest.Date + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var modelBytes = Repack(inner.ToArray(), stamp);

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(archive, ClassifierManifest.EntryName, Encoding.UTF8.GetBytes(manifest.ToJson()), stamp);
            Write(archive, ClassifierManifest.ModelEntryName, modelBytes, stamp);
        }

        File.WriteAllBytes(path, output.ToArray());
    }

    private DataViewSchema InputSchema()
    {
        var builder = new DataViewSchema.Builder();
        builder.AddColumn(ClauseModelSchema.Text, inputSchema[ClauseModelSchema.Text].Type);
        builder.AddColumn(ClauseModelSchema.Heading, inputSchema[ClauseModelSchema.Heading].Type);
        return builder.ToSchema();
    }

    // ML.NET stamps its zip entries with the current time; rewrite them with a fixed one.
    internal static byte[] Repack(byte[] zip, DateTimeOffset stamp)
    {
        using var source = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var content = new MemoryStream();
                using (var stream = entry.Open())
                {
                    stream.CopyTo(content);
                }

                Write(target, entry.FullName, content.ToArray(), stamp);
            }
        }

        return output.ToArray();
    }

    internal static void Write(ZipArchive archive, string name, byte[] content, DateTimeOffset stamp)
    {
        var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = stamp;
        using var stream = entry.Open();
        stream.Write(content);
    }
}
