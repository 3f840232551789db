using System.Text.RegularExpressions;

namespace ClauseLens.Analysis.Extraction;

/// <summary>
/// Whether a sentence that names an assignment verb and a background word really assigns a party's
/// background IP, the reading behind a high "the contract assigns the other side's background
/// know-how". Reading the high findings on the dev contracts, most were not assignments of
/// background at all: a technology transfer that hands know-how over ("assistance required in order
/// to transfer to AbbVie the … Know-How"), a representation that employees have assigned their
/// rights to their own employer ("has assigned … to Harpoon"), a definition ("'Assigned Know-How'
/// means …"), or "know-how" as one kind of right in the project's results ("assigns … all right,
/// title and interest in and to the Innovations, including … know-how"). Those are not what the
/// rule is about, and a lawyer who sees one called a high risk stops reading.
/// </summary>
internal static partial class BackgroundAssignment
{
    /// <summary>False when the sentence is one of the readings above rather than an assignment of background.</summary>
    public static bool IsOperative(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (Definition().IsMatch(sentence))
        {
            return false;
        }

        var assigns = OperativeAssignment().IsMatch(sentence);
        if (!assigns && PastAssignment().IsMatch(sentence))
        {
            // "Each Person … has assigned … to Harpoon": a representation about what already happened.
            return false;
        }

        if (!assigns && !RightsWord().IsMatch(sentence))
        {
            // Only "transfer", "convey" or 移転 of know-how with no right, title or ownership named
            // ("RevMed shall transfer to Sanofi … Know-How"): handing information over, a technology
            // transfer, not giving up ownership of it.
            return false;
        }

        if (!BackgroundIsWhatMoves(sentence))
        {
            return false;
        }

        // "know-how" (ノウハウ) alone is background only when the sentence is not about the results:
        // "in and to the Innovations, including … know-how" lists a kind of right in the foreground.
        return QualifiedBackground().IsMatch(sentence) || !ForegroundWord().IsMatch(sentence);
    }

    /// <summary>
    /// "All Confidential Information furnished … is the sole and exclusive property of the Disclosing
    /// Party", "Aura is the sole and exclusive owner of the Aura Trademarks": what a party brings is
    /// stated to be its own, which is what a background-retention rule asks. Not when the sentence is
    /// about the project's results ("All Work Product is the exclusive property of the Company"),
    /// which is an ownership of foreground, nor for what "will be" someone's property.
    /// </summary>
    public static Match OwnPropertyStated(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var m = OwnProperty().Match(sentence);
        return m.Success && ForegroundWord().IsMatch(sentence) ? Match.Empty : m;
    }

    /// <summary>
    /// Whether the background words are what the verb moves, not another part of the sentence:
    /// "assign to Array the Regulatory Filings … and provide to Array a copy of all … Know-How"
    /// assigns filings and hands over a copy of know-how. The object of an English verb runs from
    /// the verb to the next verb of handing over, a semicolon or a proviso; a passive ("Background IP
    /// shall be assigned", "shall vest in") names it before the verb. A Japanese sentence puts the
    /// object before the verb and is read whole.
    /// </summary>
    private static bool BackgroundIsWhatMoves(string sentence)
    {
        if (sentence.Any(Writing.Scripts.IsJapanese))
        {
            return true;
        }

        foreach (Match verb in MovingVerb().Matches(sentence))
        {
            var rest = sentence[verb.Index..];
            var stop = ObjectEnd().Match(rest, Math.Min(rest.Length, verb.Length));
            var obj = stop.Success ? rest[..stop.Index] : rest;
            if (ElementExtractor.BackgroundWord().IsMatch(obj))
            {
                return true;
            }

            var passive = verb.Value.Contains("be ", StringComparison.OrdinalIgnoreCase) || verb.Groups["p"].Success;
            if (passive && ElementExtractor.BackgroundWord().IsMatch(sentence[Math.Max(0, verb.Index - 160)..verb.Index]))
            {
                return true;
            }
        }

        return false;
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // '"Assigned Know-How" means …', '(d) "Transfer License" shall mean …'.
    [GeneratedRegex(@"^\W*(?:\(?[a-z0-9]{1,4}[.)]\s*)*(?:[\d.]+\s+)?[""“][^""“”]{1,80}[""”]\s+(?:shall\s+)?(?:means?|has\s+the\s+meaning|refers?\s+to|shall\s+have\s+the\s+meaning)\b", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Definition();

    // An assignment made by the contract itself, with the verbs that always move ownership: "hereby
    // assigns", "shall assign", "agrees to assign", "will be assigned", "assigns to", "shall vest in",
    // "shall be the exclusive property of", 譲渡する. "Transfer" and "convey" are not here: they also
    // name handing over information, so they count only with a right, title or ownership (RightsWord).
    [GeneratedRegex(@"\bhereby\s+(?:\w+\s+){0,2}assign|\b(?:shall|will|must|agrees?\s+to|undertakes?\s+to)\s+(?:\w+\s+){0,2}assign\b|\b(?:shall|will)\s+(?:\w+\s+){0,2}be\s+(?:\w+\s+){0,1}assigned\b|\bassigns?\s+(?:to|all|any|its|their)\b|\bvest\w*\s+in\b|\bshall\s+(?:be\s+)?(?:the\s+)?(?:sole\s+and\s+)?exclusive(?:ly)?\s+(?:property|owned)\b|\bshall\s+belong\s+(?:exclusively\s+)?to\b|譲渡(?:する|される|させる|し)|帰属させ|に帰属する", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex OperativeAssignment();

    [GeneratedRegex(@"\b(?:has|have|had)\s+(?:been\s+)?(?:\w+\s+){0,2}(?:assigned|transferred|conveyed)\b|\b(?:has|have|had)\s+(?:executed|entered\s+into|signed)\s+(?:\w+\s+){0,3}(?:assigning|transferring)\b", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex PastAssignment();

    [GeneratedRegex(@"\bright,?\s+title\b|\btitle\s+(?:to|in)\b|\bownership\b|\brights?\s+(?:in|to|therein)\b|\bproprietary\s+rights\b|\bintellectual\s+property\s+rights\b|権利|所有権", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex RightsWord();

    // The background words that say it outright, not only "know-how".
    [GeneratedRegex(@"\bBackground\b|\bpre-?existing\b|\bexisting\s+(?:intellectual\s+property|technology|IP|know[- ]how)\b|\b(?:owned|held|developed|controlled)\s+(?:by\s+\S+(?:\s+\S+)?\s+)?(?:prior\s+to|before|outside)\b|バックグラウンド|既存|従前(?:から|より)保有|既に保有", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex QualifiedBackground();

    // What the project produces: "the Innovations", "any inventions … conceives … during", 成果.
    [GeneratedRegex(@"\b(?:innovations?|inventions?|(?-i:Results)|deliverables|work\s+product|developments|foreground|arising\s+IP|project\s+IP)\b|\b(?:arising|resulting)\s+(?:from|out\s+of|under)\b|\b(?:made|created|conceived|developed|generated)\s+(?:\w+\s+){0,3}(?:in\s+the\s+course\s+of|in\s+(?:performing|performance|connection\s+with)|under\s+this\s+Agreement|pursuant\s+to)\b|\b(?:conceives?|develops?|reduces?\s+to\s+practice)\b[^.;]{0,80}?\bduring\b|成果|発明", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex ForegroundWord();

    [GeneratedRegex(@"\b(?:be\s+(?:\w+\s+)?)?(?:assign(?:s|ed|ing)?|transfer(?:s|red|ring)?|convey(?:s|ed|ing)?)\b|(?<p>\bvest\w*\s+in\b|\bexclusive(?:ly)?\s+(?:property|owned)\b|\bbelong\s+(?:exclusively\s+)?to\b)", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex MovingVerb();

    // Where the verb's object ends: a semicolon, a proviso, or "and" with another verb of handing over.
    [GeneratedRegex(@";|\bprovided\s+that\b|\b(?:and|or)\s+(?:(?:shall|will|to)\s+)?(?:provide|deliver|disclose|grant|licen[cs]e|make\s+available|give|supply|furnish|share)\b", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex ObjectEnd();

    [GeneratedRegex(@"\b(?:is|are)\s+(?:and\s+(?:shall|will)\s+(?:at\s+all\s+times\s+)?remain\s+)?the\s+(?:sole\s+(?:and\s+exclusive\s+)?|exclusive\s+)(?:property|owners?)\s+of\b", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex OwnProperty();
}
