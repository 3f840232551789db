using ClauseLens.Analysis.Context;
using YamlDotNet.RepresentationModel;

namespace ClauseLens.Analysis.Playbooks;

// The parts of a playbook that say which deals it is for: the contract types it serves and scopes
// rules to, the parties' roles and whom a rule protects, and the rules' Japanese texts.
public static partial class PlaybookParser
{
    private sealed partial class Reader
    {
        private readonly List<PlaybookRole> roles = [];

        public List<PlaybookError> Warnings { get; } = [];

        private IReadOnlyList<PlaybookRole> ReadRoles(YamlMappingNode map)
        {
            if (!map.Children.TryGetValue(new YamlScalarNode("roles"), out var node))
            {
                return roles;
            }

            if (node is not YamlSequenceNode sequence)
            {
                Error(node, "roles", "expected a list of roles");
                return roles;
            }

            var opposites = new List<(YamlNode Node, string Path, string Opposite)>();
            for (var i = 0; i < sequence.Children.Count; i++)
            {
                var path = $"roles[{i}]";
                if (sequence.Children[i] is not YamlMappingNode roleMap)
                {
                    Error(sequence.Children[i], path, "expected a mapping with id and name");
                    continue;
                }

                CheckFields(roleMap, path, ["id", "name", "opposite", "contractTypes", "ja"]);
                var id = Id(roleMap, "id", path + ".id");
                var name = RequiredString(roleMap, "name", path + ".name");
                var opposite = OptionalString(roleMap, "opposite", path + ".opposite");
                var types = ContractTypeList(roleMap, "contractTypes", path + ".contractTypes") ?? [];
                if (id is null || name is null)
                {
                    continue;
                }

                if (roles.Any(r => r.Id == id))
                {
                    Error(roleMap.Children[new YamlScalarNode("id")], path + ".id", "duplicate role id");
                    continue;
                }

                if (opposite is not null)
                {
                    opposites.Add((roleMap.Children[new YamlScalarNode("opposite")], path + ".opposite", opposite));
                }

                roles.Add(new PlaybookRole(id, name, opposite, types, JapaneseName(roleMap, path)));
            }

            foreach (var (oppositeNode, path, opposite) in opposites.Where(o => roles.All(r => r.Id != o.Opposite)))
            {
                Error(oppositeNode, path, $"'{Short(opposite)}' is not a role of this playbook (roles: {RoleIds()})");
            }

            return roles;
        }

        private string? Protects(YamlMappingNode map, string path)
        {
            var role = OptionalString(map, "protects", path);
            if (role is not null && roles.All(r => r.Id != role))
            {
                Error(map.Children[new YamlScalarNode("protects")], path,
                    roles.Count == 0 ? "the playbook declares no roles" : $"'{Short(role)}' is not a role of this playbook (roles: {RoleIds()})");
                return null;
            }

            return role;
        }

        private string RoleIds() => string.Join(", ", roles.Select(r => r.Id));

        private IReadOnlyList<string>? ContractTypeList(YamlMappingNode map, string key, string path)
        {
            if (!map.Children.ContainsKey(new YamlScalarNode(key)))
            {
                return null;
            }

            var types = StringList(map, key, path);
            if (map.Children[new YamlScalarNode(key)] is YamlSequenceNode sequence)
            {
                for (var i = 0; i < types.Count; i++)
                {
                    if (!ContractTypes.IsKnown(types[i]))
                    {
                        Error(sequence.Children[i], $"{path}[{i}]", $"unknown contract type '{Short(types[i])}' (expected one of {string.Join(", ", ContractTypes.All)})");
                    }
                }
            }

            return types;
        }

        private RuleTexts ReadJapanese(YamlMappingNode map, string path)
        {
            CheckFields(map, path, RuleTexts.Fields.ToArray());
            return new RuleTexts(
                OptionalString(map, "title", path + ".title"),
                OptionalString(map, "explanation", path + ".explanation"),
                OptionalString(map, "ask", path + ".ask"),
                OptionalString(map, "talkingPoint", path + ".talkingPoint"),
                OptionalString(map, "fallback", path + ".fallback"));
        }

        // Japanese texts are optional for a custom playbook; say which are missing so its author can add them.
        private void WarnMissingJapanese(YamlMappingNode map, string path, PlaybookRule rule)
        {
            var ja = rule.Japanese;
            var missing = new List<string>();
            if (ja?.Title is null) missing.Add("title");
            if (ja?.Explanation is null) missing.Add("explanation");
            if (ja?.Ask is null) missing.Add("ask");
            if (rule.TalkingPoint is not null && ja?.TalkingPoint is null) missing.Add("talkingPoint");
            if (rule.FallbackText is not null && ja?.FallbackText is null) missing.Add("fallback");
            if (missing.Count > 0)
            {
                Warnings.Add(new PlaybookError(LineOf(map.Start), path + ".ja", "no Japanese " + string.Join(", ", missing)));
            }
        }
    }
}
