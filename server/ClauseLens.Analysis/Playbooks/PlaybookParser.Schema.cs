using System.Text.RegularExpressions;
using ClauseLens.Analysis.Extraction;
using YamlDotNet.RepresentationModel;

namespace ClauseLens.Analysis.Playbooks;

// The playbook schema: which fields a playbook and a rule take, and what each must hold.
public static partial class PlaybookParser
{
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,79}$", RegexOptions.CultureInvariant, RegexTimeouts.Milliseconds)]
    private static partial Regex IdPattern();

    /// <summary>Walks the YAML tree, collecting errors instead of stopping at the first one.</summary>
    private sealed partial class Reader
    {
        private static readonly string[] PlaybookFields = ["id", "version", "name", "description", "rules", "contractTypes", "roles", "ja"];
        private static readonly string[] RuleFields =
        [
            "id", "kind", "label", "severity", "topic", "title", "explanation", "ask", "fallback", "fallbackPlacement",
            "talkingPoint", "source", "finding", "presentWhen", "appliesWhen", "limit", "requires", "forbids", "consistency",
            "appliesTo", "protects", "ja",
        ];

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
                : new Playbook { Id = id, Version = version, Name = name, NameJa = JapaneseName(map, ""), Description = description, Rules = rules, ContractTypes = contractTypes, Roles = roles };
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
                    Error(key!, $"{path}.{block}", $"not allowed for a rule of kind {WireName.Of(kind)}");
                }
                else if (!has && block == expected)
                {
                    Error(map, $"{path}.{block}", $"required for a rule of kind {WireName.Of(kind)}");
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
    }
}
