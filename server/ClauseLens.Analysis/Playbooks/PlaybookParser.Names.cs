using YamlDotNet.RepresentationModel;

namespace ClauseLens.Analysis.Playbooks;

// A playbook's and a role's name in Japanese: `ja: { name: … }`, the pattern the rules' `ja:`
// blocks follow, so a Japanese reviewer picks a playbook and a side in Japanese.
public static partial class PlaybookParser
{
    private sealed partial class Reader
    {
        private sealed record JapaneseNames(string? Name);

        private string? JapaneseName(YamlMappingNode map, string path) =>
            Mapping(map, "ja", path, (m, p) =>
            {
                // A playbook's own block is "ja", not ".ja".
                var at = p.TrimStart('.');
                CheckFields(m, at, ["name"]);
                return new JapaneseNames(OptionalString(m, "name", at + ".name"));
            })?.Name;
    }
}
