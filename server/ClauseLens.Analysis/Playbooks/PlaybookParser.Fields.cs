using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace ClauseLens.Analysis.Playbooks;

// Generic readers of YAML fields: each reads one key of a mapping, records an error with its line
// and path when the value has the wrong shape, and returns null (or empty) so reading can go on.
public static partial class PlaybookParser
{
    private sealed partial class Reader
    {
        public List<PlaybookError> Errors { get; } = [];

        private T? Mapping<T>(YamlMappingNode map, string key, string path, Func<YamlMappingNode, string, T> read) where T : class =>
            MappingNode(map, key, path) is { } inner ? read(inner, $"{path}.{key}") : null;

        // The enum-valued twin of the above: a generic cannot return both T? for classes and for structs.
        private ConsistencyCheck? Mapping(YamlMappingNode map, string key, string path, Func<YamlMappingNode, string, ConsistencyCheck> read) =>
            MappingNode(map, key, path) is { } inner ? read(inner, $"{path}.{key}") : null;

        private YamlMappingNode? MappingNode(YamlMappingNode map, string key, string path)
        {
            if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
            {
                return null;
            }

            if (node is YamlMappingNode inner)
            {
                return inner;
            }

            Error(node, $"{path}.{key}", "expected a mapping");
            return null;
        }

        private void CheckFields(YamlMappingNode map, string path, IReadOnlyCollection<string> allowed)
        {
            foreach (var key in map.Children.Keys)
            {
                var name = (key as YamlScalarNode)?.Value ?? "";
                if (!allowed.Contains(name))
                {
                    Error(key, path.Length == 0 ? Short(name) : $"{path}.{Short(name)}", "unknown field");
                }
            }
        }

        private string? RequiredString(YamlMappingNode map, string key, string path)
        {
            if (!map.Children.ContainsKey(new YamlScalarNode(key)))
            {
                Error(map, path, "required");
                return null;
            }

            var value = OptionalString(map, key, path);
            if (value is not null && string.IsNullOrWhiteSpace(value))
            {
                Error(map.Children[new YamlScalarNode(key)], path, "must not be empty");
                return null;
            }

            return value;
        }

        private string? OptionalString(YamlMappingNode map, string key, string path)
        {
            if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
            {
                return null;
            }

            if (node is YamlScalarNode { Value: { } value })
            {
                return value.Trim();
            }

            Error(node, path, "expected text");
            return null;
        }

        private int? Int(YamlMappingNode map, string key, string path, int min, int max)
        {
            if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
            {
                return null;
            }

            if (node is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                if (value >= min && value <= max)
                {
                    return value;
                }

                Error(node, path, $"expected a number from {min} to {max}");
                return null;
            }

            Error(node, path, "expected a number");
            return null;
        }

        private bool? Bool(YamlMappingNode map, string key, string path)
        {
            if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
            {
                return null;
            }

            if (node is YamlScalarNode { Value: "true" or "false" } scalar)
            {
                return scalar.Value == "true";
            }

            Error(node, path, "expected true or false");
            return null;
        }

        private IReadOnlyList<string> StringList(YamlMappingNode map, string key, string path)
        {
            if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
            {
                return [];
            }

            if (node is not YamlSequenceNode sequence)
            {
                Error(node, path, "expected a list");
                return [];
            }

            var list = new List<string>();
            for (var i = 0; i < sequence.Children.Count; i++)
            {
                if (sequence.Children[i] is YamlScalarNode { Value: { } value } && value.Trim().Length > 0)
                {
                    list.Add(value.Trim());
                }
                else
                {
                    Error(sequence.Children[i], $"{path}[{i}]", "expected text");
                }
            }

            return list;
        }

        private T? Enum<T>(YamlMappingNode map, string key, string path, bool required) where T : struct, Enum
        {
            if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
            {
                if (required)
                {
                    Error(map, path, "required");
                }

                return null;
            }

            var names = System.Enum.GetValues<T>().ToDictionary(WireName.Of, v => v, StringComparer.Ordinal);
            if (node is YamlScalarNode { Value: { } text } && names.TryGetValue(text, out var value))
            {
                return value;
            }

            var shown = node is YamlScalarNode { Value: { } v } ? $"'{Short(v)}'" : "this";
            Error(node, path, $"{shown} is not one of {string.Join(", ", names.Keys)}");
            return null;
        }

        private void Error(YamlNode node, string path, string message) => Errors.Add(new PlaybookError(LineOf(node.Start), path, message));

        // Values echoed in errors are the uploader's own YAML, but keep them short.
        private static string Short(string value) => value.Length <= 40 ? value : value[..40] + "…";
    }
}
