using System.Globalization;
using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using ClauseLens.Analysis.Extraction;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ClauseLens.Analysis.Playbooks;

/// <summary>A problem in a playbook's YAML, naming the line and the field.</summary>
/// <param name="Line">1-based line in the YAML text.</param>
/// <param name="Field">Path of the field ("rules[3].limit.maxMonths"); empty for the document as a whole.</param>
/// <param name="Message">What is wrong ("expected a number").</param>
public sealed record PlaybookError(int Line, string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() =>
        Field.Length == 0 ? $"line {Line}: {Message}" : $"line {Line}: {Field}: {Message}";
}

/// <summary>The outcome of parsing a playbook: the playbook, or every error found (never both).</summary>
/// <param name="Playbook">The playbook when the YAML is valid.</param>
/// <param name="Errors">Every problem found, in line order; empty when valid.</param>
public sealed record PlaybookParseResult(Playbook? Playbook, IReadOnlyList<PlaybookError> Errors)
{
    /// <summary>Things a valid playbook lacks but may do without (rules with no Japanese texts), in line order.</summary>
    public IReadOnlyList<PlaybookError> Warnings { get; init; } = [];

    /// <summary>True when the playbook is valid.</summary>
    public bool IsValid => Playbook is not null;
}

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

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,79}$", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex IdPattern();

    /// <summary>Walks the YAML tree, collecting errors instead of stopping at the first one.</summary>
    private sealed partial class Reader
    {
        private static readonly string[] PlaybookFields = ["id", "version", "name", "description", "rules", "contractTypes", "roles"];
        private static readonly string[] RuleFields =
        [
            "id", "kind", "label", "severity", "topic", "title", "explanation", "ask", "fallback", "fallbackPlacement",
            "talkingPoint", "source", "finding", "presentWhen", "appliesWhen", "limit", "requires", "forbids", "consistency",
            "appliesTo", "protects", "ja",
        ];

        public List<PlaybookError> Errors { get; } = [];

        public Playbook? ReadPlaybook(YamlMappingNode map)
        {
            CheckFields(map, "", PlaybookFields);
            var id = Id(map, "id", "id");
            var version = RequiredString(map, "version", "version");
            var name = RequiredString(map, "name", "name");
            var description = OptionalString(map, "description", "description") ?? "";
            var contractTypes = ContractTypeList(map, "contractTypes", "contractTypes") ?? [];
            var roles = ReadRoles(map);
            var rules = ReadRules(map);
            return id is null || version is null || name is null ? null
                : new Playbook { Id = id, Version = version, Name = name, Description = description, Rules = rules, ContractTypes = contractTypes, Roles = roles };
        }

        private List<PlaybookRule> ReadRules(YamlMappingNode map)
        {
            var rules = new List<PlaybookRule>();
            if (!map.Children.TryGetValue(new YamlScalarNode("rules"), out var node))
            {
                Error(map, "rules", "required");
                return rules;
            }

            if (node is not YamlSequenceNode sequence || sequence.Children.Count == 0)
            {
                Error(node, "rules", "expected a non-empty list of rules");
                return rules;
            }

            if (sequence.Children.Count > MaxRules)
            {
                Error(node, "rules", $"at most {MaxRules} rules");
                return rules;
            }

            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < sequence.Children.Count; i++)
            {
                var path = $"rules[{i}]";
                if (sequence.Children[i] is not YamlMappingNode ruleMap)
                {
                    Error(sequence.Children[i], path, "expected a mapping");
                    continue;
                }

                var rule = ReadRule(ruleMap, path);
                if (rule is null)
                {
                    continue;
                }

                if (seen.TryGetValue(rule.Id, out var first))
                {
                    Error(ruleMap.Children[new YamlScalarNode("id")], path + ".id", $"duplicate id (also rules[{first}])");
                    continue;
                }

                seen[rule.Id] = i;
                rules.Add(rule);
            }

            return rules;
        }

        private PlaybookRule? ReadRule(YamlMappingNode map, string path)
        {
            var errorsBefore = Errors.Count;
            CheckFields(map, path, RuleFields);
            var id = Id(map, "id", path + ".id");
            var kind = Enum<RuleKind>(map, "kind", path + ".kind", required: true);
            var label = Label(map, path + ".label");
            var severity = Enum<Severity>(map, "severity", path + ".severity", required: true);
            var title = RequiredString(map, "title", path + ".title");
            var explanation = RequiredString(map, "explanation", path + ".explanation");
            var ask = RequiredString(map, "ask", path + ".ask");
            var source = RequiredString(map, "source", path + ".source");
            var finding = Enum<FindingKind>(map, "finding", path + ".finding", required: false);
            if (finding is FindingKind.Missing or FindingKind.Ok)
            {
                // A clause that is present but weak is never "missing"; only `required` reports that.
                Error(map.Children[new YamlScalarNode("finding")], path + ".finding", "must be overly_broad, unbalanced or uncertain");
            }

            var rule = new PlaybookRule
            {
                Id = id ?? "",
                Kind = kind ?? RuleKind.Required,
                Label = label ?? "",
                Severity = severity ?? Severity.Info,
                Topic = OptionalString(map, "topic", path + ".topic"),
                Title = title ?? "",
                Explanation = explanation ?? "",
                Ask = ask ?? "",
                FallbackText = OptionalString(map, "fallback", path + ".fallback"),
                FallbackPlacement = Enum<FallbackPlacement>(map, "fallbackPlacement", path + ".fallbackPlacement", required: false) ?? FallbackPlacement.After,
                TalkingPoint = OptionalString(map, "talkingPoint", path + ".talkingPoint"),
                Source = source ?? "",
                Finding = finding ?? FindingKind.Unbalanced,
                PresentWhen = Mapping(map, "presentWhen", path, ReadPresence),
                AppliesWhen = Mapping(map, "appliesWhen", path, ReadPresence),
                Limit = Mapping(map, "limit", path, ReadLimit),
                Elements = Mapping(map, "requires", path, (m, p) => ReadElements(m, p, allowAlternatives: true))
                    ?? Mapping(map, "forbids", path, (m, p) => ReadElements(m, p, allowAlternatives: false)),
                Consistency = Mapping(map, "consistency", path, ReadConsistency),
                AppliesTo = ContractTypeList(map, "appliesTo", path + ".appliesTo"),
                Protects = Protects(map, path + ".protects"),
                Japanese = Mapping(map, "ja", path, ReadJapanese),
            };
            WarnMissingJapanese(map, path, rule);

            if (kind is { } k)
            {
                CheckKindBlock(map, path, k);
            }

            return Errors.Count == errorsBefore ? rule : null;
        }

        // Each kind takes exactly its own block, so a typo'd kind or a stray block is caught.
        private void CheckKindBlock(YamlMappingNode map, string path, RuleKind kind)
        {
            var expected = kind switch
            {
                RuleKind.Limit => "limit",
                RuleKind.Requires => "requires",
                RuleKind.Forbids => "forbids",
                RuleKind.Consistency => "consistency",
                _ => null,
            };
            foreach (var block in new[] { "limit", "requires", "forbids", "consistency" })
            {
                var key = map.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: var v } && v == block);
                var has = key is not null;
                if (has && block != expected)
                {
                    Error(key!, $"{path}.{block}", $"not allowed for a rule of kind {Wire(kind)}");
                }
                else if (!has && block == expected)
                {
                    Error(map, $"{path}.{block}", $"required for a rule of kind {Wire(kind)}");
                }
            }
        }

        private PresenceEvidence ReadPresence(YamlMappingNode map, string path)
        {
            CheckFields(map, path, ["headings", "facts"]);
            var headings = StringList(map, "headings", path + ".headings");
            var facts = StringList(map, "facts", path + ".facts");
            CheckFactNames(map, "facts", path + ".facts", facts, allowAlternatives: false);
            return new PresenceEvidence(headings, facts);
        }

        private LimitSpec ReadLimit(YamlMappingNode map, string path)
        {
            CheckFields(map, path, ["fact", "maxMonths", "allowIndefinite", "from", "whenAbsent", "within"]);
            var fact = Enum<LimitedFact>(map, "fact", path + ".fact", required: true) ?? LimitedFact.Duration;
            var maxMonths = Int(map, "maxMonths", path + ".maxMonths", min: 0, max: 1200);
            if (fact == LimitedFact.Duration && maxMonths is null && !map.Children.ContainsKey(new YamlScalarNode("maxMonths")))
            {
                Error(map, path + ".maxMonths", "required when fact is duration");
            }

            return new LimitSpec(
                fact,
                maxMonths,
                Bool(map, "allowIndefinite", path + ".allowIndefinite") ?? false,
                Enum<DurationSelection>(map, "from", path + ".from", required: false) ?? DurationSelection.Any,
                Enum<AbsentFactVerdict>(map, "whenAbsent", path + ".whenAbsent", required: false) ?? AbsentFactVerdict.Ok,
                Within(map, path));
        }

        private string? Within(YamlMappingNode map, string path)
        {
            if (!map.Children.TryGetValue(new YamlScalarNode("within"), out var node))
            {
                return null;
            }

            if (node is not YamlScalarNode { Value: { Length: > 0 } name } || !FactNames.Elements.Contains(name, StringComparer.Ordinal))
            {
                Error(node, path + ".within", "expected an element name such as restrictive_covenant");
                return null;
            }

            return name;
        }

        private ElementSpec ReadElements(YamlMappingNode map, string path, bool allowAlternatives)
        {
            CheckFields(map, path, allowAlternatives ? ["elements", "within", "uncertainWhen"] : ["elements", "within"]);
            var elements = StringList(map, "elements", path + ".elements");
            if (elements.Count == 0 && map.Children.ContainsKey(new YamlScalarNode("elements")))
            {
                Error(map, path + ".elements", "expected at least one element");
            }
            else if (!map.Children.ContainsKey(new YamlScalarNode("elements")))
            {
                Error(map, path + ".elements", "required");
            }

            CheckFactNames(map, "elements", path + ".elements", elements, allowAlternatives);
            var uncertainWhen = StringList(map, "uncertainWhen", path + ".uncertainWhen");
            CheckFactNames(map, "uncertainWhen", path + ".uncertainWhen", uncertainWhen, allowAlternatives: false);
            return new ElementSpec(
                elements,
                Enum<ElementScope>(map, "within", path + ".within", required: false) ?? ElementScope.Label,
                uncertainWhen.Count == 0 ? null : uncertainWhen);
        }

        private ConsistencyCheck ReadConsistency(YamlMappingNode map, string path)
        {
            CheckFields(map, path, ["check"]);
            return Enum<ConsistencyCheck>(map, "check", path + ".check", required: true) ?? ConsistencyCheck.LawAndForum;
        }

        private void CheckFactNames(YamlMappingNode map, string key, string path, IReadOnlyList<string> names, bool allowAlternatives)
        {
            if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node) || node is not YamlSequenceNode sequence)
            {
                return;
            }

            for (var i = 0; i < names.Count; i++)
            {
                var parts = allowAlternatives ? names[i].Split('|') : [names[i]];
                foreach (var part in parts.Where(p => !FactNames.IsKnown(p)))
                {
                    Error(sequence.Children[i], $"{path}[{i}]", $"unknown fact or element '{Short(part)}'");
                }
            }
        }

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

        private string? Label(YamlMappingNode map, string path)
        {
            var label = RequiredString(map, "label", path);
            if (label is not null && !ClauseLabels.IsKnown(label))
            {
                Error(map.Children[new YamlScalarNode("label")], path, $"unknown label '{Short(label)}' (expected one of {string.Join(", ", ClauseLabels.All)})");
                return null;
            }

            return label;
        }

        private string? Id(YamlMappingNode map, string key, string path)
        {
            var id = RequiredString(map, key, path);
            if (id is not null && !IdPattern().IsMatch(id))
            {
                Error(map.Children[new YamlScalarNode(key)], path, "expected lower-case letters, digits and '-' (at most 80)");
                return null;
            }

            return id;
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

            var names = System.Enum.GetValues<T>().ToDictionary(Wire, v => v, StringComparer.Ordinal);
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

    /// <summary>The YAML/JSON name of an enum value (its <see cref="JsonStringEnumMemberNameAttribute"/>).</summary>
    public static string Wire<T>(T value) where T : struct, Enum =>
        typeof(T).GetField(value.ToString())?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? value.ToString();
}
