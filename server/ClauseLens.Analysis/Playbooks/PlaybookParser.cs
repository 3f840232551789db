using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ClauseLens.Analysis.Playbooks;

/// <summary>
/// Reads and validates a playbook written in YAML. An invalid playbook is rejected whole: the
/// result carries all errors found and no playbook. Unknown fields, labels, kinds, severities and
/// fact names are errors; rule ids must be unique.
/// </summary>
public static partial class PlaybookParser
{
    /// <summary>Largest playbook accepted, in characters.</summary>
    public const int MaxCharacters = 512 * 1024;
    /// <summary>Most rules one playbook may hold.</summary>
    public const int MaxRules = 500;
    /// <summary>Deepest nesting of lists and mappings accepted (a playbook needs about five).</summary>
    public const int MaxDepth = 32;

    /// <summary>Parses <paramref name="yaml"/>.</summary>
    public static PlaybookParseResult Parse(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        if (yaml.Length > MaxCharacters)
        {
            return Fail(new PlaybookError(1, "", $"playbook is larger than {MaxCharacters} characters"));
        }

        YamlNode? root;
        try
        {
            if (Prescan(yaml) is { } shapeError)
            {
                return Fail(shapeError);
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            return Fail(new PlaybookError(LineOf(e.Start), "", "not valid YAML: " + FirstLine(e.Message)));
        }

        if (root is not YamlMappingNode map)
        {
            return Fail(new PlaybookError(root is null ? 1 : LineOf(root.Start), "", "expected a mapping with id, version, name and rules"));
        }

        var reader = new Reader();
        var playbook = reader.ReadPlaybook(map);
        return reader.Errors.Count == 0 && playbook is not null
            ? new PlaybookParseResult(playbook, []) { Warnings = [.. reader.Warnings.OrderBy(e => e.Line)] }
            : new PlaybookParseResult(null, [.. reader.Errors.OrderBy(e => e.Line)]);
    }

    private static PlaybookParseResult Fail(PlaybookError error) => new(null, [error]);

    // Walks the events before any tree is built. Aliases let a small file expand into a huge tree,
    // and the tree is built recursively, so very deep nesting would overflow the stack and end the
    // process; playbooks need neither.
    private static PlaybookError? Prescan(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        var documents = 0;
        var line = 1;
        try
        {
            while (parser.MoveNext())
            {
                line = LineOf(parser.Current!.Start);
                switch (parser.Current)
                {
                    case AnchorAlias:
                        return new PlaybookError(line, "", "anchors and aliases are not supported");
                    case DocumentStart when ++documents > 1:
                        return new PlaybookError(line, "", "one playbook per file: a second YAML document starts here");
                    case MappingStart or SequenceStart when ++depth > MaxDepth:
                        return new PlaybookError(line, "", $"nested more than {MaxDepth} levels deep");
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (Exception e) when (e is not YamlException and not OutOfMemoryException)
        {
            // YamlDotNet's scanner fails on some malformed input with an exception that carries no
            // position (InvalidOperationException on an unclosed flow mapping); it is still the
            // uploader's malformed YAML, found after the last event read.
            return new PlaybookError(line, "", "not valid YAML after this line");
        }

        return null;
    }

    private static int LineOf(Mark mark) => (int)Math.Max(1, mark.Line);

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
