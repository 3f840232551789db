namespace ClauseLens.Analysis.Classification;

/// <summary>
/// Standard Japanese contract vocabulary with the English words an English-trained model knows
/// for it ("秘密保持" → "confidentiality"). Article titles such as 第10条（秘密保持） are the strongest
/// signal of a Japanese clause, but with a few dozen Japanese training articles the model cannot
/// learn them all from Japanese examples; appending the English glosses of the terms a heading
/// contains (<see cref="Glosses"/>), and a word-for-word gloss of the body (<see cref="Translate"/>),
/// lets the many English examples carry over. Terms are general contract terminology
/// (as used in METI, JPO and JFTC model contracts and Japanese civil-law drafting), not a list of
/// training titles.
/// </summary>
public static class JapaneseGlossary
{
    // Order does not matter to Glosses (every term found adds its gloss); Translate takes the
    // longest term at each place.
    private static readonly (string Term, string Gloss)[] Terms =
    [
        ("秘密", "confidential confidentiality"),
        ("機密", "confidential confidentiality"),
        ("守秘", "confidentiality"),
        ("目的外使用", "confidential use purpose"),
        ("リバースエンジニアリング", "confidential reverse engineering"),
        ("複製", "copies confidential"),
        ("返還", "return confidential"),
        ("破棄", "destroy return"),
        ("準拠法", "governing law"),
        ("適用法", "governing law"),
        ("管轄", "jurisdiction courts dispute"),
        ("裁判", "court jurisdiction dispute"),
        ("紛争", "dispute resolution"),
        ("仲裁", "arbitration dispute"),
        ("調停", "mediation dispute"),
        ("損害賠償", "damages liability"),
        ("責任", "liability"),
        ("免責", "liability disclaimer"),
        ("担保", "warranty liability"),
        ("保証", "warranty"),
        ("補償", "indemnification liability"),
        ("期間", "term"),
        ("有効期間", "term"),
        ("契約期間", "term"),
        ("更新", "renewal term"),
        ("解除", "termination terminate"),
        ("解約", "termination terminate"),
        ("終了", "termination expiration"),
        ("存続", "survival termination"),
        ("許諾", "license grant"),
        ("実施権", "license grant"),
        ("使用権", "license grant"),
        ("ライセンス", "license"),
        ("再許諾", "sublicense license"),
        ("ライセンス料", "royalties royalty fees"),
        ("ロイヤルティ", "royalties royalty"),
        ("実施料", "royalties royalty"),
        ("対価", "consideration royalties payment"),
        ("不返還", "royalties non-refundable"),
        ("監査", "audit"),
        ("帳簿", "books records audit"),
        ("報告", "report"),
        ("譲渡", "assignment assign"),
        ("権利義務", "rights obligations assignment"),
        ("地位", "assignment"),
        ("知的財産", "intellectual property"),
        ("特許", "patent intellectual property"),
        ("帰属", "ownership belong"),
        ("改良", "improvements intellectual property"),
        ("発明", "inventions intellectual property"),
        ("著作権", "copyright intellectual property"),
        ("成果", "results deliverables"),
        ("競合", "non-compete compete competing"),
        ("競業", "non-compete compete"),
        ("引抜", "non-solicitation solicit"),
        ("勧誘", "solicit non-solicitation"),
        ("独占", "exclusive exclusivity"),
        ("専属", "exclusive exclusivity"),
    ];

    // Terms by their first character, longest first, so that a scan looks only at the terms that
    // can start where it stands and takes ライセンス料 (royalties) before ライセンス (license).
    private static readonly Dictionary<char, (string Term, string Gloss)[]> ByFirstCharacter = Terms
        .GroupBy(t => t.Term[0])
        .ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.Term.Length).ThenBy(t => t.Term, StringComparer.Ordinal).ToArray());

    /// <summary>
    /// A word-for-word gloss of the glossary terms in <paramref name="text"/>, one gloss per
    /// occurrence, in text order (longest term at each place): a crude dictionary translation
    /// of an article's body, so that an article that speaks of 監査 and 帳簿 throughout reads to the
    /// model like an English clause that says "audit" and "books records" throughout. "" when
    /// the text has no glossary term (any English text).
    /// </summary>
    public static string Translate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var glosses = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var at = i;
            var match = ByFirstCharacter.TryGetValue(text[i], out var candidates)
                ? Array.Find(candidates, t => string.CompareOrdinal(text, at, t.Term, 0, t.Term.Length) == 0)
                : default;
            if (match.Term is null)
            {
                i++;
                continue;
            }

            glosses.Add(match.Gloss);
            i += match.Term.Length;
        }

        return string.Join(' ', glosses);
    }

    /// <summary>The English glosses of the terms <paramref name="text"/> contains, space-separated; "" when none.</summary>
    public static string Glosses(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return string.Empty;
        }

        var found = new List<string>();
        foreach (var (term, gloss) in Terms)
        {
            if (text.Contains(term, StringComparison.Ordinal))
            {
                found.Add(gloss);
            }
        }

        return string.Join(' ', found);
    }
}
