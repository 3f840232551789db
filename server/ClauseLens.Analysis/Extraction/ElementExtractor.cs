using System.Text.RegularExpressions;

namespace ClauseLens.Analysis.Extraction;

/// <summary>
/// Finds the named elements of NDAs, IP and licence clauses, and language clauses. Most are a
/// phrase; the ones whose meaning depends on direction (assignments, grant-backs, exclusivity) are
/// read sentence by sentence.
/// </summary>
internal static partial class ElementExtractor
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // One pattern per element, so overlapping elements ("is or becomes public") are all found.
    private static readonly (string Element, Regex Pattern)[] PhrasePatterns =
    [
        (FactNames.ConfidentialDefinition, Pattern(@"[""“]?Confidential\s+Information[""”]?\s+(?:shall\s+)?(?:means?|includes?|refers?\s+to)\b|\bdefin\w+\s+(?:of\s+)?[""“]?Confidential\s+Information|「?秘密情報」?とは")),
        (FactNames.ExclusionPublic, Pattern(@"\b(?:been|was|is)\s+in\s+the\s+public\s+domain\b|\b(?:is|was)\s+(?:or\s+(?:subsequently\s+|later\s+)?becomes?\s+)?(?:already\s+)?(?:(?:generally\s+)?(?:publicly\s+(?:known|available)|available\s+to\s+the\s+(?:general\s+)?public|known\s+to\s+the\s+(?:general\s+)?public|in\s+the\s+public\s+domain|part\s+of\s+the\s+public\s+domain)|generally\s+(?:known|available))|(?:開示|受領)(?:を受けた|の)?(?:時点|際|時)に(?:おいて)?(?:既に|すでに)?公知|既に公知")),
        (FactNames.ExclusionLaterPublic, Pattern(@"\b(?:enters?|entered|falls?\s+into|become\s+part\s+of)\s+the\s+public\s+domain\b|\bbecomes?\s+(?:generally\s+)?(?:publicly\s+(?:known|available)|available\s+to\s+the\s+(?:general\s+)?public|known\s+to\s+the\s+(?:general\s+)?public|(?:part\s+of\s+)?the\s+public\s+domain|generally\s+(?:known|available))|公知となった|公知になった|公知となる")),
        (FactNames.ExclusionKnown, Pattern(@"\b(?:was|is|becomes)\s+(?:or\s+becomes\s+)?available\s+to\s+(?:you|it|us|the\s+\w+(?:\s+Party)?)\s+on\s+a\s+non-?confidential\s+basis\b|\b(?:already|rightfully|lawfully|previously)\s+(?:\w+\s+){0,2}in\s+(?:the\s+)?(?:\w+(?:'s|’s)?\s+){0,3}possession\b|\b(?:within|in)\s+(?:the\s+)?(?:\w+(?:'s|’s)?\s+){0,3}possession\s+(?:prior\s+to|before|at\s+the\s+time)\b|\bknown\s+to\s+(?:it|you|the\s+\w+(?:\s+Party)?)\b[^.;]{0,60}?\b(?:prior\s+to|before)\b|\b(?:already|previously|lawfully|rightfully)\s+(?:known\s+to|in\s+the\s+(?:lawful\s+)?possession\s+of)\b|\bknown\s+to\s+(?:the\s+)?(?:Recipient|Receiving\s+Party|recipient|it)\s+(?:prior\s+to|before)\b|\bin\s+(?:its|the\s+Recipient's|the\s+Receiving\s+Party's)\s+possession\s+(?:prior\s+to|before)\b|(?:既に|すでに)(?:保有|知得|所有|保持)|開示(?:を受ける|される)前から(?:保有|知得)")),
        (FactNames.ExclusionIndependent, Pattern(@"\bindependently\s+(?:developed|conceived|created|derived|generated)\b|\bdeveloped\s+independently\b|独自に(?:開発|取得|創出|知得)")),
        (FactNames.ExclusionThirdParty, Pattern(@"\bfrom\s+a\s+source\s+other\s+than\b|\b(?:was|is|becomes)\s+(?:or\s+becomes\s+)?available\s+to\s+(?:you|it|us|the\s+\w+(?:\s+Party)?)\s+on\s+a\s+non-?confidential\s+basis\b|\b(?:received|obtained|acquired|disclosed|furnished|supplied)\b[^.;]{0,60}?\b(?:from|by)\s+(?:a|any)\s+third\s+part(?:y|ies)\b|\b(?:received|obtained|acquired|disclosed\s+to\s+(?:it|the\s+Recipient))\s+(?:lawfully\s+|rightfully\s+)?(?:by\s+the\s+Recipient\s+)?from\s+a\s+third\s+party\b|\bthird\s+part(?:y|ies)\s+(?:who|which|that)\s+(?:is|was|are|were)\s+(?:not|under\s+no)\b|\brightfully\s+received\b|第三者から(?:秘密保持義務を負うことなく)?(?:適法に|正当に)?(?:取得|入手|開示)")),
        (FactNames.CompelledDisclosure, Pattern(@"\brequired\s+(?:to\s+be\s+disclosed\s+)?by\s+(?:law|applicable\s+law|court|order|regulation|any\s+(?:court|governmental|regulatory))|\bpursuant\s+to\s+(?:a|an|any)\s+(?:order|subpoena|requirement)|\bcompelled\s+(?:by\s+law|to\s+disclose)|\bsubpoena|法令(?:等)?(?:の定め|に基づき|により).{0,20}(?:開示|求め)|裁判所.{0,12}命令")),
        (FactNames.ReturnOrDestroy, Pattern(@"\breturn\w*\b[^.;]{0,60}?\b(?:or|and|and/or)\s+(?:destroy\w*|destruction|delet\w*)|\bdestroy\w*\s+(?:or|and|and/or)\s+return\w*|\bdestruction\s+or\s+return|返還(?:又は|または|もしくは|若しくは|し、)?.{0,10}(?:破棄|廃棄|消去)|(?:破棄|廃棄)(?:又は|または)返還")),
        (FactNames.Residuals, Pattern(@"\bresiduals?\b|\bunaided\s+memory\b|\bretained\s+in\s+(?:the\s+)?memory\b|残留情報")),
        (FactNames.NeedToKnow, Pattern(@"\bneed[- ]to[- ]know\b|\bneeds?\s+to\s+know\b|\brequire\s+(?:such\s+)?(?:knowledge|access)\s+for\s+the\s+Purpose|知る必要の(?:ある|あるもの)|必要最小限の(?:役員|従業員|者)")),
        (FactNames.SegmentedAccess, Pattern(@"\baccess\b[^.;]{0,40}?\b(?:limited|restricted)\s+to\b|\b(?:limit|restrict)\s+access\b|\bsegregat\w+|\bseparate(?:d|ly)?\s+(?:from\s+(?:its|their)\s+other|team|storage|server|premises)|\baccess[- ]controlled\b|\baccess\s+controls?\b|\bfirewall|アクセス(?:制限|権限|管理)|分別(?:して)?(?:管理|保管)")),
        (FactNames.PrototypesAndData, Pattern(@"\bprototypes?\b|\bsamples?\b|\btest\s+data\b|\bevaluation\s+(?:materials?|units?)\b|\bmaterials\s+and\s+data\b|試作品|サンプル|試料|評価用|実験データ|素材等")),
        (FactNames.MultiClient, Pattern(@"\bother\s+(?:clients|customers|partners|collaborators)\b|\bwork\s+with\s+(?:other|third)\s+part|\bthird[- ]party\s+projects\b|\bin\s+the\s+same\s+field\b|他の(?:顧客|取引先|事業者)|第三者との(?:間で)?(?:共同|同種)")),
        (FactNames.BackgroundIp, Pattern(@"\bBackground\s+(?:IP|Intellectual\s+Property|Technology|Know[- ]How|Rights|Information)\b|\bpre-?existing\s+(?:intellectual\s+property|IP|technology|know[- ]how|rights)\b|バックグラウンド(?:情報|知財|技術)?|既存(?:の)?(?:知的財産|技術|ノウハウ)")),
        (FactNames.ForegroundIp, Pattern(@"\bForeground\s+(?:IP|Intellectual\s+Property|Technology)\b|\b(?:Project|Developed|Arising|Joint|Collaboration)\s+(?:IP|Intellectual\s+Property|Results|Inventions?|Technology)\b|\b(?:research|development|project)\s+results\b|研究成果|開発成果|本成果|本発明|成果物")),
        (FactNames.Improvements, Pattern(@"\bimprovements?\b|\benhancements?\b|\bderivative\s+works?\b|\bderivatives?\b|\bmodifications?\b|改良(?:技術|発明)?|派生")),
        (FactNames.JointOwnership, Pattern(@"\bjointly\s+own(?:ed)?\b|\bco-?own(?:ed|ership)?\b|\bjoint\s+ownership\b|\bowned\s+jointly\b|\bjoint(?:ly)?\s+(?:owned|inventions?)\b|共有(?:と|に|する)|共同出願")),
        (FactNames.TermReference, Pattern(@"\b(?:during|for|throughout)\s+the\s+(?:Term|term\s+of\s+this\s+Agreement)\b|\buntil\s+(?:the\s+)?(?:expiration|expiry|termination)\b|本契約の有効期間|有効期間中|契約期間中")),
        (FactNames.Renewal, Pattern(@"\brenew(?:al|ed|s)?\b|\bextend(?:ed)?\s+for\s+(?:successive|additional|further)\b|\bautomatically\s+(?:renew|extend)|自動(?:的に)?(?:更新|延長)|更新")),
        (FactNames.RoyaltyBasis, Pattern(@"\b(?:percent|%)\s+of\s+(?:the\s+)?(?:net|gross)?\s*(?:sales|revenues?|receipts|selling\s+price|invoiced)|\bnet\s+sales\b|\brunning\s+royalt\w+|\bper[- ]unit\b|\blump[- ]sum\b|\bmilestone\s+payments?\b|\bupfront\s+(?:fee|payment)|正味販売|売上(?:高|額)の|一時金|ランニング・?ロイヤルティ|実施料率")),
        (FactNames.Audit, Pattern(@"\baudit\w*\b|\binspect\w*\s+(?:the\s+)?(?:books|records|accounts)|\bexamine\s+(?:the\s+)?(?:books|records)|\bbooks\s+and\s+records\b|監査|帳簿(?:等)?の(?:閲覧|検査|調査)")),
        (FactNames.NoChallenge, Pattern(@"\b(?:not|never)\s+(?:\w+\s+){0,3}(?:challenge|contest|dispute|oppose|attack)\s+(?:or\s+\w+\s+)?(?:the\s+)?(?:validity|ownership|enforceability|scope)\b|\bno[- ]challenge\b|不争|有効性を争わない|無効審判(?:を)?請求(?:しない|してはならない)")),
        (FactNames.ResearchRestriction, Pattern(@"\b(?:shall|will|may)\s+not\s+(?:\w+\s+){0,3}(?:conduct|engage\s+in|undertake|carry\s+out|perform|pursue)\s+(?:any\s+)?(?:independent\s+|its\s+own\s+|further\s+)?research(?:\s+(?:and|or)\s+development)?\b|研究開発を(?:行っては|してはならない|禁止)|独自に研究開発.{0,10}(?:禁止|ならない|しない)")),
        (FactNames.Survival, Pattern(@"\bsurviv\w+|\bremain\s+in\s+(?:full\s+)?(?:force|effect)\s+(?:after|following|notwithstanding)\b|有効に存続|なお(?:その)?効力を有する|存続する")),
        (FactNames.RegistrationMaintenance, Pattern(@"\bmaint(?:ain|enance)\w*\b[^.;]{0,40}?\b(?:patents?|registrations?|applications?|rights)\b|\bprosecut\w+\b|\b(?:maintenance|renewal|annuity)\s+fees?\b|(?:出願|維持|年金).{0,12}(?:手続|費用|管理)")),
        (FactNames.DisputeChannel, Pattern(@"\b(?:good[- ]faith|amicabl\w+)\s+(?:negotiations?|consultations?|discussions?|efforts?|settlement)|\bnegotiat\w+\s+in\s+good\s+faith\b|\bconsult\w*\s+(?:with\s+each\s+other\s+)?in\s+good\s+faith\b|\bescalat\w+|\bmediat\w+|誠実に協議|協議の上|協議により|協議して")),
        (FactNames.Bilingual, Pattern(@"\b(?:English|Japanese)\s+and\s+(?:Japanese|English)\b(?:\s+(?:languages?|versions?|texts?|counterparts?))?|\bin\s+(?:both|two)\s+languages\b|\bbilingual\b|(?:英文|英語|英語版)(?:及び|および|と)(?:和文|日本語|日本語版)|(?:和文|日本語|日本語版)(?:及び|および|と)(?:英文|英語|英語版)")),
    ];

    private static Regex Pattern(string pattern) => new(pattern, Options | RegexOptions.Compiled);

    [GeneratedRegex(@"\b(?<l>English|Japanese)\s+(?:language\s+)?(?:version|text|original)\b[^.;]{0,60}?\b(?:shall|will|does)\s+(?:prevail|control|govern|be\s+(?:the\s+)?(?:authoritative|binding|controlling))|\b(?:shall\s+)?(?:prevail|control)\w*\b[^.;]{0,30}?\b(?<l>English|Japanese)\s+(?:language\s+)?(?:version|text)|(?<l>英文|英語版|英語|和文|日本語版|日本語)(?:を|が)(?:正本|優先|正文)", Options)]
    private static partial Regex Prevailing();

    // Sentence-level cues.
    [GeneratedRegex(@"\b(?:hereby\s+)?(?:assign(?:s|ed|ing|ment)?|transfer(?:s|red|ring)?|convey(?:s|ed|ing)?)\b|\bvest\w*\s+in\b|\bshall\s+(?:be\s+)?(?:the\s+)?(?:sole\s+and\s+)?exclusive(?:ly)?\s+(?:property|owned)\b|\bshall\s+belong\s+(?:exclusively\s+)?to\b|譲渡|移転|帰属させ|に帰属する", Options)]
    private static partial Regex AssignVerb();

    [GeneratedRegex(@"\bBackground\b|\bpre-?existing\b|\bknow[- ]how\b|\bexisting\s+(?:intellectual\s+property|technology|IP)\b|バックグラウンド|既存|ノウハウ", Options)]
    private static partial Regex BackgroundWord();

    [GeneratedRegex(@"\bnothing\b|\bnot\b|\bno\s+(?:right|title|licen[cs]e|assignment|transfer)|\bneither\b|\bremain\w*\b|\bretain\w*\b|\bexcept\b|\bexcluding\b|\bother\s+than\b|\bexclusive\s+property\s+of\s+(?:the\s+)?(?:disclosing|owning)|(?:する|される)ものではない|しない|除く|除き|留保|引き続き", Options)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b(?:each\s+party|the\s+disclosing\s+party|the\s+owning\s+party|its\s+owner|the\s+party\s+that\s+(?:owns|contributed))\b[^.;]{0,80}?\b(?:retain\w*|remain\w*|keep\w*|continue\w*\s+to\s+own|shall\s+own|own\w*)\b|\b(?:remain|continue\s+to\s+be|shall\s+be)\s+(?:the\s+)?(?:sole\s+(?:and\s+exclusive\s+)?|exclusive\s+)?property\s+of\b|\bretains?\s+(?:all\s+)?(?:ownership|rights?|title)\b|\bshall\s+remain\s+with\b|\bno\s+(?:right|title|licen[cs]e|ownership)[^.;]{0,40}?\b(?:is|are|shall\s+be)\s+(?:granted|transferred|assigned)|\bnothing\s+in\s+this\s+Agreement\s+(?:shall\s+)?(?:transfer|assign|grant|convey)\w*|各当事者に(?:留保|帰属)|開示者に(?:留保|帰属)|従前どおり.{0,10}帰属|(?:移転|譲渡)(?:する|される)ものではない", Options)]
    private static partial Regex RetentionCue();

    [GeneratedRegex(@"\bgrant[- ]?backs?\b|\b(?:licen[cs]e|grant|assign|transfer)\w*\s+(?:\w+\s+){0,6}(?:back\s+)?to\s+(?:the\s+)?(?:Licensor|Disclosing\s+Party|Company)\b|\bback\s+to\s+(?:the\s+)?Licensor\b|\b(?:Licensee|Recipient|Partner)(?:'s|’s)?\s+(?:own\s+)?(?:improvements?|modifications?|enhancements?)\b|\b(?:improvements?|modifications?|enhancements?)\s+(?:\w+\s+){0,4}(?:made|developed|conceived|created)\s+by\s+(?:the\s+)?(?:Licensee|Recipient)\b|(?:乙|ライセンシー)(?:が|の).{0,20}改良", Options)]
    private static partial Regex GrantBackContext();

    [GeneratedRegex(@"\bimprovements?\b|\bmodifications?\b|\benhancements?\b|\bderivative|改良", Options)]
    private static partial Regex ImprovementWord();

    [GeneratedRegex(@"\bnon[- ]?exclusive\b|非独占", Options)]
    private static partial Regex NonExclusiveWord();

    [GeneratedRegex(@"(?<!non[- ])(?<!non)\b(?:exclusive|sole)\b|(?<!非)独占", Options)]
    private static partial Regex ExclusiveWord();

    [GeneratedRegex(@"\blicen[cs](?:e|es|ed|ing)\b|実施権|使用権|利用権|許諾", Options)]
    private static partial Regex LicenceWord();

    public static IEnumerable<ElementFact> Extract(string text, int offset, IReadOnlyList<(int Start, int End)> sentences)
    {
        var facts = new List<ElementFact>();
        foreach (var (element, pattern) in PhrasePatterns)
        {
            foreach (Match m in pattern.Matches(text))
            {
                facts.Add(new ElementFact(offset + m.Index, offset + m.Index + m.Length, element));
            }
        }

        foreach (Match m in Prevailing().Matches(text))
        {
            var language = m.Groups["l"].Value is "英文" or "英語版" or "英語" or "English" or "english" ? "English" : "Japanese";
            facts.Add(new ElementFact(offset + m.Index, offset + m.Index + m.Length, FactNames.PrevailingLanguage, language));
        }

        foreach (var (start, end) in sentences)
        {
            facts.AddRange(FromSentence(text[start..end], offset + start));
        }

        return facts.OrderBy(f => f.Start).ThenBy(f => f.Element, StringComparer.Ordinal);
    }

    private static IEnumerable<ElementFact> FromSentence(string sentence, int offset)
    {
        var assign = AssignVerb().Match(sentence);
        var background = BackgroundWord().Match(sentence);
        var retained = RetentionCue().Match(sentence);
        if (background.Success && retained.Success)
        {
            yield return At(retained, offset, FactNames.BackgroundRetained);
        }
        else if (background.Success && assign.Success && !Negation().IsMatch(sentence))
        {
            // "Developer assigns to Company all know-how, including its Background IP": takes the core of the business.
            yield return At(assign, offset, FactNames.AssignsBackground);
        }

        var grantBack = GrantBackContext().Match(sentence);
        if (grantBack.Success && ImprovementWord().IsMatch(sentence))
        {
            if (assign.Success && !Negation().IsMatch(sentence[..assign.Index]))
            {
                yield return At(assign, offset, FactNames.AssignsImprovements);
            }
            else if (NonExclusiveWord().Match(sentence) is { Success: true } non)
            {
                yield return At(non, offset, FactNames.GrantBackNonExclusive);
            }
            else if (ExclusiveWord().Match(sentence) is { Success: true } exclusive)
            {
                yield return At(exclusive, offset, FactNames.GrantBackExclusive);
            }

            yield break;
        }

        if (LicenceWord().IsMatch(sentence))
        {
            if (NonExclusiveWord().Match(sentence) is { Success: true } non)
            {
                yield return At(non, offset, FactNames.LicenceNonExclusive);
            }
            else if (ExclusiveWord().Match(sentence) is { Success: true } exclusive)
            {
                yield return At(exclusive, offset, FactNames.LicenceExclusive);
            }
        }
    }

    private static ElementFact At(Match m, int offset, string element) => new(offset + m.Index, offset + m.Index + m.Length, element);
}
