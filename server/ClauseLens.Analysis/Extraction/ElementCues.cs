using System.Text.RegularExpressions;
using ClauseLens.Analysis.Writing;

namespace ClauseLens.Analysis.Extraction;

/// <summary>
/// The words without which a sentence cannot carry an element, whatever a detector scores it: a
/// need-to-know limit names people, a return names returning or destroying, a compelled-disclosure
/// carve-out names a law, court or authority. A detector reads word pairs and can score a sentence
/// that only shares its shape ("shall use the information only to evaluate …" against "disclose it
/// only to employees who …"); the cue is the precise part of the pattern that the detector must
/// agree with. Chosen for recall on the training NDAs' gold evidence (models/ELEMENTS.md); an
/// element without a cue here is not gated.
/// </summary>
public static partial class ElementCues
{
    /// <summary>Whether <paramref name="unit"/> has the words <paramref name="element"/> needs (true for elements without a cue).</summary>
    public static bool Allows(string element, string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (ElementWords.IsExclusion(element) && AddsToWhatIsConfidential(unit, unit.Length))
        {
            return false;
        }

        return element switch
        {
            FactNames.ExclusionIndependent => Independent().IsMatch(unit),
            FactNames.ExclusionThirdParty => ThirdParty().IsMatch(unit) && Receipt().IsMatch(unit) && SaysHowItCame(unit),
            FactNames.CompelledDisclosure => Compelled().IsMatch(unit),
            FactNames.ReturnOrDestroy => Return().IsMatch(unit),
            FactNames.NeedToKnow => People().IsMatch(unit) && Limiting().IsMatch(unit)
                && (!KeepsPeopleFromDisclosing().IsMatch(unit) || LetsPeopleKnow().IsMatch(unit))
                && (!ForbidsDisclosureToAnyone().IsMatch(unit) || LetsPeopleKnow().IsMatch(unit) || LeavesSomeoneOut().IsMatch(unit))
                && (!DefinesConfidentialInformation().IsMatch(unit) || SharesWithPeople().IsMatch(unit))
                && (SharesWithPeople().IsMatch(unit) || LetsPeopleKnow().IsMatch(unit) || ToPeople().IsMatch(unit)),
            FactNames.Survival => Survival().IsMatch(unit) && (Survives().IsMatch(unit) || !Severability().IsMatch(unit)) && !LastsSomethingElse().IsMatch(unit) && !FixedTermOnly().IsMatch(unit),
            FactNames.ConfidentialDefinition => Definition().IsMatch(unit),
            FactNames.CompelledDisclosureNotice => Notice().IsMatch(unit),
            FactNames.ReturnAtEnd => Return().IsMatch(unit) && End().IsMatch(unit),
            FactNames.NoImpliedLicence => Right().IsMatch(unit) && Withholds().IsMatch(unit) && !ChoosesForum().IsMatch(unit),
            _ => true,
        };
    }

    /// <summary>
    /// Whether <paramref name="unit"/> adds to what is confidential ("Proprietary Information also
    /// includes any information … received from a third party") before <paramref name="at"/> and
    /// excludes nothing: an exclusion's words there are not an exclusion.
    /// </summary>
    public static bool AddsToWhatIsConfidential(string unit, int at)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return Inclusion().IsMatch(unit[..Math.Clamp(at, 0, unit.Length)]) && !ExclusionWord().IsMatch(unit);
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // "Proprietary Information also includes", "the term Confidential Information … shall include":
    // the concept and include(s); an illustrative "including" adds nothing.
    [GeneratedRegex(@"\b(?:Information|Materials?|Data)\b[^.;]{0,60}?\binclude[sd]?\b", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Inclusion();

    [GeneratedRegex(@"\bnot\b|\bexclud|\bexcept|\bother\s+than\b|\bno\s|\bwithout\b|\bfree\s+(?:of|from)\b|\bunrestricted\b|\bneither\b|\bnor\b|\bcease|\bapply\b", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex ExclusionWord();

    [GeneratedRegex(@"develop|creat|conceiv|generat|independen|invent|deriv|without\s+(?:the\s+)?(?:use|reference|access|reliance|benefit|breach)|独自|開発", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Independent();

    [GeneratedRegex(@"third|source|another|other\s+(?:than|part|person)|from\s+(?:a|any)\s+(?:person|party|entity)|receiv|obtain|acquir|第三者", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex ThirdParty();

    // A third-party exclusion says information came from someone and came free: a source and a word
    // about the duty it did or did not carry. Sentences that only mention a third party ("code provided
    // by third parties", "not disclose … to any other person", "a statement made by a third party
    // regarding Confidential Information", "the Contracts (Rights of Third Parties) Act") are not one.
    // Every training NDA with nda-13 gold keeps an evidence unit with both (models/ELEMENTS.md).
    [GeneratedRegex(@"\breceiv(?!ing\s+part|er\b)|obtain|acquir|furnish|\bcame\b|\bcomes?\b|provided|disclosed|made\s+available|available|learn|possess|derived|supplied|given|transmitted|communicat|reveal|\bsources?\b|\bfrom\b|第三者", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Receipt();

    [GeneratedRegex(@"duty|obligat|restrict|confiden|secre|infring|violat|breach|aware|knowledge|similar|prohibit|required|\bfree\b|expect|bound|lawful|rightful|legitimat|entitled|\bright\b|authori[sz]|independen|proper|(?:sources?|part(?:y|ies)|persons?|means)\s+other\s+than|other\s+than\s+(?:from\s+|through\s+|by\s+)?(?:the\s+)?(?:Disclos|Deliver|Company|Owner)|第三者|義務|正当|権限|制限|守秘|秘密", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Unbound();

    /// <summary>
    /// Whether <paramref name="sentence"/> says something about the duty information came with
    /// ("without restriction", "not bound", "lawfully", "with the right to disclose"): a third-party
    /// exclusion does; "code provided by third parties" or "a statement made by a third party" does not.
    /// </summary>
    public static bool SaysHowItCame(string sentence) => Unbound().IsMatch(sentence);

    [GeneratedRegex(@"\blaw|legal|court|order|regulat|judicial|subpoena|authorit|government|statut|compel|requir|oblig|process|stock\s+exchange|tribunal|decree|proceeding|法令|裁判|官公庁|命令", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Compelled();

    [GeneratedRegex(@"return|destr|deliver|surrender|eras|delet|hand(?:ed|s)?\s+(?:back|over)|give\s+back|purg|dispos|返還|破棄|廃棄|消去", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Return();

    [GeneratedRegex(@"employee|officer|director|representative|personnel|staff|agent|advis|consultant|counsel|attorney|accountant|affiliate|person|member|contractor|individual|lawyer|banker|subsidiar|people|team|need\s+to\s+know|役員|従業員|社員|者", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex People();

    // A need-to-know limit names people and limits them: "only", "except", "who need", "to the extent".
    [GeneratedRegex(@"\bonly\b|solely|except|other\s+than|limit|restrict|\bneed|necessary|required|involved|engaged|extent|insofar|unless|save\s+for|provided\s+that|\bwho\b|\bwhom\b|限り|必要|のみ", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Limiting();

    // A sentence that keeps people from disclosing ("… will not, directly or indirectly, disclose or
    // permit their agents to disclose", "shall ensure that its directors … do not disclose") names
    // people without letting them know anything: not a need-to-know limit unless it also permits.
    [GeneratedRegex(@"\b(?:ensure|procure|cause)\s+that\s+(?:its|their|his|her|each\s+of\s+its|all\s+of\s+its)\b[^.;]{0,160}?\b(?:do|does|shall|will)\s*,?\s+not\b|\b(?:not|nor),?\s+(?:\w+,?\s+){0,8}(?:permit|allow|cause)\s+(?:its|their|any\s+of\s+its|his|her)\b[^.;]{0,80}?\bto\s+(?:disclose|divulge|reveal)", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex KeepsPeopleFromDisclosing();

    [GeneratedRegex(@"\bmay\s+(?:\w+\s+){0,3}(?:disclose|share|provide|make|give|communicate|permit|allow)|\bonly\s+to\b|\bexcept\s+(?:to|for|that)\b|\bother\s+than\s+to\b|\bsave\s+(?:to|for)\b|need[\s-]+to[\s-]+know|\bwho\s+(?:\w+\s+){0,2}(?:need|require)|to\s+the\s+extent\s+(?:\w+\s+){0,2}necessary|\bprovided\s+that\b", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex LetsPeopleKnow();

    // A covenant that forbids disclosure to anyone ("shall not … print, publish, divulge or communicate
    // to any person …") names people only as those it forbids: not a need-to-know limit unless it
    // leaves someone out ("except its employees", "excluding disclosure to Representatives", "only …
    // to", "beyond what is necessary"). Every training NDA's need-to-know evidence of that shape
    // leaves someone out (models/ELEMENTS.md).
    [GeneratedRegex(@"\b(?:not|never|nor)\b[^.;]{0,100}?\b(?:disclos|divulg|reveal|communicat|publish|print)\w*\b[^.;]{0,100}?\bto\s+any\s+(?:other\s+)?(?:person|one|individual|entity|party|third)", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex ForbidsDisclosureToAnyone();

    // The exception must name people ("except to its employees", "other than its advisers"): "except as
    // provided in this Agreement", "except for such disclosure as may be required by law" and "Other than
    // the information set out in the data card" leave out no one.
    [GeneratedRegex(@"\bexcept\s+(?:(?:to|for|with|that)\s+)?(?:disclosures?\s+to\s+)?(?:its|their|his|her|those|persons?|any\s+(?:of\s+)?(?:its|their)|employees|officers|directors|representatives|advis|agents|affiliates|\w+\s+may\b|(?:the|such)\s+(?:[\w'’-]+\s+){0,2}(?:employee|officer|director|representative|agent|advis|affiliate|person|consultant|counsel|staff))|\bexclud\w*\s+(?:\w+\s+){0,2}to\b|\bonly\s+(?:\w+\s+){0,6}to\b|necessary|justif|\bunless\b|\bsave\b|\bother\s+than\s+(?:to\b|(?:its|their|the|such)\s+(?:[\w'’-]+\s+){0,3}(?:employee|officer|director|representative|agent|advis|affiliate|person|consultant|counsel|staff))", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex LeavesSomeoneOut();

    // People the information goes to ("restrict disclosure to the minimum number of people", "to its
    // employees … to the extent necessary", "anyone other than its employees", "entrust … to those
    // employees"). A sentence that names people only as those bound ("VENDOR, its employees, agents
    // … shall use the information solely for the services", "… employees and consultants will not
    // disclose") limits use, not who may know: not a need-to-know limit.
    [GeneratedRegex(@"\bto\s+(?:[\w,'’()-]+\s+){0,6}?(?:employee|officer|director|representative|personnel|staff|agent|advis|consultant|counsel|attorney|accountant|affiliate|contractor|member|person|people|individual)|\bother\s+than\s+(?:[\w'’-]+\s+){0,4}(?:employee|officer|director|representative|agent|advis|consultant|affiliate)|\bentrust|役員|従業員|社員|者", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex ToPeople();

    // A definition ("Confidential Information shall mean … personnel and/or commercial information",
    // "… includes … employee files") names people as a kind of information; it is need-to-know
    // evidence only if it also shares with people.
    [GeneratedRegex(@"\b(?:Information|Materials?)[""”]?\s+(?:shall\s+|will\s+|as\s+used\s+herein\s+)?(?:means?|includes?)\b|\b(?:shall|will)\s+mean\b", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex DefinesConfidentialInformation();

    [GeneratedRegex(@"\b(?:disclos|communicat|reveal|provid|furnish|shar|releas|transmit|divulg|mak)\w*\s+(?:[\w,'’-]+\s+){0,6}?to\s+(?:[\w,'’-]+\s+){0,4}?(?:employee|officer|director|representative|personnel|staff|agent|advis|consultant|counsel|attorney|accountant|affiliate|contractor|member|person|individual)|\baccess\b|need[\s-]+to[\s-]+know|\bwho\s+(?:\w+\s+){0,2}(?:need|require)", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex SharesWithPeople();

    // Survival names what lasts: "survive", "after", "continue", "remain", a period. The end alone
    // ("may terminate this Agreement at any time") is not survival; neither is severability ("the
    // other provisions shall remain in full force and effect"). Every training NDA's survival
    // evidence keeps its cue without the bare end words (models/ELEMENTS.md).
    [GeneratedRegex(@"surviv|after|following|continu|remain|period|year|month|notwithstanding|perpetu|indefinite|beyond|thereafter|without\s+limit|終了|存続|期間", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Survival();

    // Sentences with survival's words that say how long something else lasts: an exclusions item
    // ("(v) was received … only after the termination of this Agreement"), a tolling clause ("shall
    // be extended for a period equal to the duration of any breach"), "shall remain in full force and
    // effect" with no end in the sentence, a renewal ("tacitly extended by one year if it is not
    // terminated"). None of the training or dev NDAs' survival evidence is such a sentence
    // (models/ELEMENTS.md).
    [GeneratedRegex(@"^\s*\(?(?:[a-z]|[ivx]+|\d+)[.)]\s*(?:is|was|were|has|have|becomes?|became)\b|\btoll|\bextended\s+(?:\w+\s+){0,3}(?:by|for)\s+(?:a\s+period\s+equal|the\s+(?:duration|length|period))|\bduration\s+of\s+any\s+(?:breach|violation)|^(?!.*(?:terminat|expir|cessation|\bend\b|complet|surviv|return|destr|after|following|beyond|thereafter|perpetu|indefinite|years?|months?)).*\bremain\s+in\s+full\s+force|^(?!.*surviv).*(?:\btacit|\bautomatic\w*\s+(?:renew|extend)|\brenew)", Options | RegexOptions.Singleline, RegexTimeouts.Milliseconds)]
    private static partial Regex LastsSomethingElse();

    // The agreement's own fixed term ("This Agreement … will remain in effect for a period of five (5)
    // years", "lasts two (2) years from signature", "shall terminate three (3) years after the
    // Effective Date", "this Agreement and the obligations hereunder shall terminate one (1) year from
    // the date hereof") says when the duties end, not that they outlast the agreement: the survival
    // rule's point. Sentences that also say something lasts beyond an end ("after termination",
    // "survive", "thereafter", "in perpetuity", "except the obligations … shall continue", "ten years
    // after the last disclosure") are not this. Every training and dev NDA whose survival gold
    // includes such a sentence has other survival evidence (models/ELEMENTS.md).
    [GeneratedRegex(@"^(?!.*(?:surviv|notwithstanding|(?:after|following|beyond|upon)\s+(?:the\s+|its\s+|their\s+|such\s+|any\s+|it\s+|this\s+Agreement\s+)?(?:terminat|expir|end|cessation|complet|conclu|clos)|thereafter|perpetu|indefinite|trade\s+secret|continue\s+to\s+be\s+(?:bound|subject)|remain\s+(?:bound|subject)|\bexcept\b|\bprovided\s+(?:that|however)|\bsave\b|obligations?\b[^.;]{0,60}?\b(?:continue|remain|last)|(?:after|from|following)\s+(?:the\s+)?(?:date\s+of\s+)?(?:the\s+|its\s+|each\s+|any\s+|such\s+)?(?:last\s+|final\s+|first\s+)?disclos)).*\b(?:this|the)\s+(?:[\w-]+\s+){0,2}(?:Agreement|NDA|contract)\b[^.;]{0,120}?\b(?:remain\s+in\s+(?:full\s+)?(?:force|effect)|continues?\s+(?:in\s+(?:full\s+)?(?:force|effect)|to\s+bind|for)|lasts?|runs?\s+for|(?:shall|will)\s+(?:terminate|expire|be\s+effective|lapse|be\s+in\s+(?:force|effect))|terminates|expires|is\s+effective)\b[^.;]{0,120}?\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty|thirty|sixty|ninety)\b[^.;]{0,20}?\b(?:years?|months?|days?|anniversary)\b", Options | RegexOptions.Singleline, RegexTimeouts.Milliseconds)]
    private static partial Regex FixedTermOnly();

    [GeneratedRegex(@"surviv|存続", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Survives();

    [GeneratedRegex(@"\bsever|invalid|unenforceab|illegal|無効", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Severability();

    [GeneratedRegex(@"\bmean|includ|defin|refer|deemed|designat|marked|identif|hereinafter|collectively|[""“][^""“”]{0,40}(?:Information|Materials?|Data)[""”]|とは|という", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Definition();

    // Notice before a compelled disclosure names notice, informing or a protective order ("information" is not "inform").
    [GeneratedRegex(@"notif|notice|\binform(?:s|ed|ing)?\b|advis|protective|consult|opportunity\s+to|通知|知らせ", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Notice();

    // A return at the end names the end: termination, expiry, completion, "no longer needed", "decides not to proceed".
    [GeneratedRegex(@"terminat|expir|complet|conclu|cessation|\bend\b|\bends\b|no\s+longer|not\s+to\s+proceed|discontinu|resign|終了|満了|解除|完了", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex End();

    // No implied licence names a right, a licence, title or property.
    [GeneratedRegex(@"licen|right|title|interest|propert|\bown|grant|許諾|権利|帰属|ライセンス", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Right();

    // ... and withholds or keeps it: a negation ("no", "nothing", "not … grant"), keeping ("retain",
    // "remain", "reserve", "property of", "belongs to"), or an item of a "Nothing in this Agreement:
    // … confers upon the Receiving Party a licence" list. Not a sentence that merely names a right
    // ("to protect the interests of shareholders"), nor a choice of forum ("submits to the exclusive
    // jurisdiction of the Delaware Court of Chancery in any action … based on any right"). Every
    // training and dev no-implied-licence evidence span with a right word keeps this cue.
    [GeneratedRegex(@"\b(?:no|not|nothing|neither|nor|without|none)\b|n't|retain|remain|reserv|propert|\bown|solely|exclusively|\bsole\b|belong|\bvest|confer|other\s+than|except|帰属|ない|ものでは", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Withholds();

    [GeneratedRegex(@"submit\w*\s+to\s+(?:the\s+)?(?:\w+\s+)?jurisdiction|\bvenue\b|\bcourts?\s+(?:of|in|located|sitting)\b|arbitrat", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex ChoosesForum();
}
