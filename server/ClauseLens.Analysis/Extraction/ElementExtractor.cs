using System.Text.RegularExpressions;
using ClauseLens.Analysis.Writing;

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
        .. ConfidentialDefinitions.Select(p => (FactNames.ConfidentialDefinition, Pattern(p))),
        (FactNames.ExclusionPublic, Pattern(ExclusionPublic)),
        (FactNames.ExclusionLaterPublic, Pattern(ExclusionLaterPublic)),
        (FactNames.ExclusionKnown, Pattern(ExclusionKnown)),
        (FactNames.ExclusionIndependent, Pattern(ExclusionIndependent)),
        (FactNames.ExclusionThirdParty, Pattern(ExclusionThirdParty)),
        (FactNames.CompelledDisclosure, Pattern(CompelledDisclosure)),
        (FactNames.SeparateNda, Pattern(@"\b(?:in|under|by|to|of)\s+(?:the|that\s+certain|a\s+separate)\s+(?:Mutual\s+)?(?:Confidentiality|Non-?Disclosure|Secrecy)(?:\s+and\s+\w+)?\s+Agreement\b|\bseparate\s+(?:confidentiality|non-?disclosure|secrecy)\s+agreement\b")),
        (FactNames.ReturnOrDestroy, Pattern(@"\b(?:hand(?:ed|s|ing)?|g(?:ive|iven|ave)|deliver(?:ed)?)\s+(?:back|up)\s+to\s+(?:the|its|their|you|us)\b|\b(?:return|deliver)\w*\b[^.;]{0,200}?\b(?:destroy\w*|destruction|delet\w*|eras\w+)|\bdestroy\w*\s+(?:or|and|and/or)\s+return\w*|\bdestroy\w*\s+(?:promptly\s+|immediately\s+|permanently\s+)?(?:all|any|such)\s+(?:\w+\s+){0,3}(?:Confidential\s+Information|materials?|documents|copies|originals|records|notes|Evaluation\s+Materials?|Proprietary\s+Information)\b|\bdestruction\b[^.;]{0,80}?\breturn\w*|\bsurrender\w*\s+(?:to\s+(?:the\s+)?\w+(?:\s+Party)?\s+)?(?:all|any|the|such)\s+(?:\w+,?\s+){0,3}(?:Confidential\s+Information|materials?|documents|notes|records|data|copies)\b|(?<!\bin\s+)\breturn\w*\s+(?:to\s+(?:the\s+)?\w+(?:\s+Party)?\s+)?(?:(?:all|any|the|such)\s+)?(?:\w+\s+){0,3}(?:Confidential\s+Information|materials?|documents|Evaluation\s+Materials?|Proprietary\s+Information|copies)\b")),
        (FactNames.Residuals, Pattern(@"\bresiduals?\b|\bunaided\s+memory\b|\bretained\s+in\s+(?:the\s+)?memory\b")),
        (FactNames.NeedToKnow, Pattern(@"\bneed[- ]to[- ]know\b|\bneeds?\s+to\s+know\b|\brequire\s+(?:such\s+)?(?:knowledge|access)\s+for\s+the\s+Purpose" + NeedToKnowEnglish)),
        (FactNames.SegmentedAccess, Pattern(@"\baccess\b[^.;]{0,40}?\b(?:limited|restricted)\s+to\b|\b(?:limit|restrict)\s+access\b|\bsegregat\w+|\bseparate(?:d|ly)?\s+(?:from\s+(?:its|their)\s+other|team|storage|server|premises)|\baccess[- ]controlled\b|\baccess\s+controls?\b|\bfirewall")),
        (FactNames.PrototypesAndData, Pattern(@"\bprototypes?\b|\bsamples?\b|\btest\s+data\b|\bevaluation\s+(?:materials?|units?)\b|\bmaterials\s+and\s+data\b")),
        (FactNames.MultiClient, Pattern(@"\bother\s+(?:clients|customers|partners|collaborators)\b|\bwork\s+with\s+(?:other|third)\s+part|\bthird[- ]party\s+projects\b|\bin\s+the\s+same\s+field\b")),
        (FactNames.BackgroundIp, Pattern(@"\bBackground\s+(?:IP|Intellectual\s+Property|Technology|Know[- ]How|Rights|Information)\b|\bpre-?existing\s+(?:intellectual\s+property|IP|technology|know[- ]how|rights)\b")),
        (FactNames.ForegroundIp, Pattern(@"\bForeground\s+(?:IP|Intellectual\s+Property|Technology)\b|\b(?:Project|Developed|Arising|Joint|Collaboration)\s+(?:IP|Intellectual\s+Property|Results|Inventions?|Technology)\b|\b(?:research|development|project)\s+results\b")),
        // Who owns the IP, stated outright: "Party A owns the sole and exclusive right of the intellectual
        // property", "All Intellectual Property during the project is owned by VAL", "shall belong to".
        (FactNames.IpOwnershipStated, Pattern(@"\b(?:owns?|shall\s+own|will\s+own|(?:is|shall\s+be|will\s+be)\s+the\s+(?:sole\s+(?:and\s+exclusive\s+)?|exclusive\s+)?owners?\s+of)\s+(?:all\s+|the\s+|any\s+)?(?:sole\s+and\s+exclusive\s+|exclusive\s+)?(?:right,?\s+title\s+and\s+interest|rights?|title)?\s*(?:in|to|of)?\s*(?:and\s+to\s+)?(?:the\s+|all\s+|any\s+)?(?:intellectual\s+property|patents?|copyrights?|inventions?|work\s+product|deliverables)\b|\b(?:intellectual\s+property|inventions?|work\s+product|deliverables|(?-i:Results|Developments))\b[^.;]{0,100}?\b(?:is|are|shall\s+be|will\s+be)\s+(?:solely\s+|exclusively\s+|jointly\s+)?owned\s+(?:solely\s+|exclusively\s+)?by\b|\b(?:intellectual\s+property|inventions?|work\s+product|deliverables)\b[^.;]{0,100}?\bshall\s+(?:belong|vest)\s+(?:solely\s+|exclusively\s+)?(?:to|in)\b")),
        (FactNames.Improvements, Pattern(@"\bimprovements?\b|\benhancements?\b|\bderivative\s+works?\b|\bderivatives?\b|\bmodifications?\b")),
        (FactNames.JointOwnership, Pattern(@"(?<!\b(?:not|no|nor|neither)\b[^.;]{0,80})(?:\bjointly\s+own(?:ed)?\b|\bco-?own(?:ed|ership)?\b|\bjoint\s+ownership\b|\bowned\s+jointly\b|\bjoint(?:ly)?\s+(?:owned|inventions?)\b)")),
        (FactNames.TermReference, Pattern(@"\b(?:during|for|throughout)\s+the\s+(?:Term|term\s+of\s+this\s+Agreement)\b|\b(?:while|whilst|so\s+long\s+as)\s+(?:this|the)\s+Agreement\s+(?:is|remains)\s+in\s+(?:full\s+)?(?:force|effect)\b|\buntil\s+(?:the\s+)?(?:expiration|expiry|termination)\b")),
        (FactNames.Renewal, Pattern(@"\brenew(?:al|als|ed|s|able|ing)?\b|\bextend(?:ed|s)?\b[^.;]{0,40}?\bfor\s+(?:an?\s+|one\s+or\s+more\s+)?(?:successive|additional|further|consecutive|subsequent)\b|\b(?:automatically\s+(?:renew|extend|continu|prolong)|automatic\s+(?:renewal|extension))\w*|\b(?:extend|continue|renew)\w*\s+automatically\b|\bcontinue\w*\s+(?:on\s+a\s+|from\s+)?(?:year[- ]to[- ]year|month[- ]to[- ]month)\b|\b(?:successive|consecutive)\s+(?:annual|yearly|monthly)\s+(?:periods|terms)\b|\b(?:prolonged|extension\s+(?:term|period))\b")),
        (FactNames.RoyaltyRunning, Pattern(RoyaltyRunning)),
        (FactNames.RoyaltyBasis, Pattern(RoyaltyRunning + "|" + RoyaltyFixed)),
        (FactNames.Redacted, Pattern(@"\[\s*\*+\s*\]|\*{3,}")),
        (FactNames.Audit, Pattern(AuditEnglish)),
        // Commercial covenants CUAD annotates (Anti-Assignment, Change of Control, No-Solicit,
        // Non-Compete, Exclusivity), written from the training contracts' gold excerpts and measured
        // with `findings-report --cuad-elements` (models/ELEMENTS.md).
        (FactNames.IpAssignment, Pattern(IpAssignmentEnglish)),
        (FactNames.AntiAssignment, Pattern(AntiAssignmentEnglish)),
        (FactNames.ChangeOfControl, Pattern(ChangeOfControlEnglish)),
        (FactNames.NonSolicit, Pattern(NonSolicitEnglish)),
        (FactNames.NonCompeteCovenant, Pattern(NonCompeteEnglish)),
        (FactNames.Exclusivity, Pattern(ExclusivityEnglish)),
        (FactNames.NoChallenge, Pattern(@"\b(?:not|never)\s+(?:\w+\s+){0,3}(?:challenge|contest|dispute|oppose|attack)\s+(?:or\s+\w+\s+)?(?:the\s+)?(?:validity|ownership|enforceability|scope)\b|\bno[- ]challenge\b")),
        (FactNames.ResearchRestriction, Pattern(@"\b(?:shall|will|may)\s+not\s+(?:\w+\s+){0,3}(?:conduct|engage\s+in|undertake|carry\s+out|perform|pursue)\s+(?:any\s+)?(?:independent\s+|its\s+own\s+|further\s+)?research(?:\s+(?:and|or)\s+development)?\b")),
        (FactNames.NoImpliedLicence, Pattern(NoImpliedLicence)),
        // "the Surviving Corporation" of a merger is no survival of obligations.
        (FactNames.Survival, Pattern(SurvivalEnglish + @"|\bsurviv\w+\b(?!\s+(?:corporation|entity|company|companies|party|parties|person|spouse|bank|subsidiary)\b)|\bremain\s+in\s+(?:full\s+)?(?:force|effect)\s+(?:after|following|notwithstanding)\b|\bcontinue\s+(?:to\s+(?:apply|bind|be\s+binding)|in\s+(?:full\s+)?(?:force|effect))\b[^.;]{0,60}?\b(?:after|following|notwithstanding|beyond)\s+(?:the\s+|any\s+|its\s+)?(?:termination|expiration|expiry|end)")),
        (FactNames.RegistrationMaintenance, Pattern(@"\bmaint(?:ain|enance)\w*\b[^.;]{0,40}?\b(?:patents?|registrations?|applications?|rights)\b|\bprosecut\w+\b|\b(?:maintenance|renewal|annuity)\s+fees?\b")),
        (FactNames.DisputeChannel, Pattern(@"\b(?:good[- ]faith|amicabl\w+)\s+(?:negotiations?|consultations?|discussions?|efforts?|settlement)|\bnegotiat\w+\s+in\s+good\s+faith\b|\bconsult\w*\s+(?:with\s+each\s+other\s+)?in\s+good\s+faith\b|\bescalat\w+|\bmediat\w+")),
        (FactNames.Bilingual, Pattern(@"\b(?:English|Japanese)\s+and\s+(?:Japanese|English)\b(?:\s+(?:languages?|versions?|texts?|counterparts?))?|\bin\s+(?:both|two)\s+languages\b|\bbilingual\b")),
    ];

    // A right to check the other side's books: "audit rights", "shall have the right to audit",
    // "permit … to inspect the records", "an audit of the books by an independent accountant",
    // "books and records", an "Audits" heading. Not the word alone ("audited financial statements",
    // "the Company's auditors", "any inquiry, audit or investigation"), which CUAD's training
    // contracts use far more often without an audit right than with one (models/ELEMENTS.md).
    private const string AuditEnglish =
        @"\baudit\s+rights?\b|^\s*(?:[\d.]+\s*)?(?:records?\s+and\s+)?audits?\b" +
        @"|\b(?:right|entitled|permitted|allowed|may|shall|will|permit|allow|authori[sz]e)\b[^.;]{0,60}?\b(?:audit(?!ed\s+financial)|inspect|examin)\w*\b(?!\s+(?:the\s+|all\s+|any\s+|such\s+|each\s+)*(?:Products?|Equipment|Goods|shipments?|Deliverables?|Devices?|Units?|Materials?)\b)" +
        @"|\bavailable\s+for\s+(?:\w+,?\s+){0,3}?(?:inspection|audit|examination)\b|\bconduct\s+(?:an?\s+)?audits?\b|\baudited\s+by\b" +
        @"|\b(?:audit|inspect|examin)\w*\s+(?:of\s+)?(?:the\s+|its\s+|such\s+|all\s+|any\s+)?(?:\w+\s+)?(?:books|records|accounts)\b" +
        @"|\baudit(?:s|ing)?\s+(?:\w+\s+){0,3}?by\s+(?:an?\s+)?(?:independent|certified|outside)\b|\bbooks\s+and\s+records\b";

    // IP handed over, not only owned: "hereby assigns to Company all right, title and interest in the
    // Deliverables", "shall assign to the Client all intellectual property", "works made for hire".
    private const string IpAssignmentEnglish =
        @"\b(?:hereby\s+)?(?:irrevocably\s+)?(?:assigns?|transfers?|conveys?)\s+(?:and\s+(?:agrees|shall\s+assign)\s+)?(?:to\s+[^.;]{0,60}?)?(?:all\s+(?:of\s+)?(?:its|their|his|her|the)?\s*)?(?:worldwide\s+)?(?:right,?\s+title(?:,?\s+and\s+interest)?|(?:rights?\s+(?:in|to)\s+(?:and\s+to\s+)?(?:the\s+|all\s+|any\s+)?)?(?:intellectual\s+property|patents?|copyrights?|inventions?|work\s+product|deliverables))" +
        @"|\b(?:shall|will|agrees?\s+to)\s+(?:promptly\s+)?(?:assign|transfer|convey)\s+(?:and\s+\w+\s+)?to\b[^.;]{0,80}?\b(?:right,?\s+title|intellectual\s+property|patents?|copyrights?|inventions?)" +
        @"|\bworks?\s+made\s+for\s+hire\b";

    // "Neither party may assign this Agreement without the other's prior written consent", "shall not
    // assign, transfer or delegate", "is not assignable", "any attempted assignment … shall be void".
    private const string AntiAssignmentEnglish =
        @"\b(?:not|neither|nor|no)\b[^.;]{0,80}?\b(?:assign|transfer|delegat)\w*\b[^.;]{0,120}?\b(?:agreement|rights?|obligations?|interest|duties|hereunder|thereunder|without)\b" +
        @"|\b(?:assign|transfer)\w*\b[^.;]{0,120}?\bwithout\s+(?:first\s+)?(?:obtaining\s+)?(?:the\s+)?(?:express\s+)?(?:prior\s+)?(?:written\s+)?(?:consent|approval|permission)" +
        @"|\bnon-?assignable\b|\bnot\s+(?:be\s+)?(?:freely\s+)?assignable\b|\b(?:purported|attempted)\s+assignment\b";

    // "a Change of Control", "merger, consolidation or sale of all or substantially all of its assets".
    // Not "whether by operation of law or otherwise" (every assignment clause says it; CUAD does not
    // count it).
    private const string ChangeOfControlEnglish =
        @"\bchange\s+(?:of|in)\s+(?:the\s+)?(?:control|ownership)\b|\bchange-of-control\b" +
        @"|\b(?:sale|transfer|disposition)\s+of\s+(?:all\s+or\s+)?substantially\s+all\s+of\s+(?:its|the|their|such\s+party's)\b" +
        @"|\b(?:merger|consolidation|amalgamation)\b[^.;]{0,100}?\b(?:assign|terminat|consent|successor)\w*";

    // "shall not solicit or hire any employee of the Company", "will not … induce any customer to".
    private const string NonSolicitEnglish =
        @"\b(?:not|no|neither|nor|refrain\s+from)\b[^.;]{0,60}?\b(?:solicit(?:s|ed|ing)?|recruit(?:s|ed|ing)?|hire|hires|hiring|employ\s+(?:or\s+\w+\s+)?(?:any|an)|induce|entice|divert)\b[^.;]{0,80}?\b(?:employees?|personnel|staff|officers|consultants|contractors|customers?|clients?)\b" +
        @"|\bnon-?solicit\w*\b|\bno-?hire\b";

    // "shall not … engage in any business that competes with", "non-competition", "shall not compete".
    private const string NonCompeteEnglish =
        @"\bnon-?compet\w*\b" +
        @"|\b(?:not|no|neither|nor|refrain\s+from)\b[^.;]{0,100}?\b(?:compet(?:e|es|ing)|competitive\s+(?:with|to)|in\s+competition\s+with)\b" +
        @"|\b(?:not|neither|nor)\b[^.;]{0,60}?\b(?:engage|participate|invest|be\s+(?:engaged|interested))\w*\s+in\b[^.;]{0,100}?\b(?:business|product|services?|activit\w*)\b[^.;]{0,80}?\b(?:similar|compet\w*|same)\b";

    // "the exclusive distributor", "exclusive right to sell", "purchase exclusively from", "all of its
    // requirements", "shall not appoint any other distributor". Not "non-exclusive" nor "exclusive
    // jurisdiction".
    private const string ExclusivityEnglish =
        @"(?<!\bnon[-‐‑\s]{0,2})\bexclusive\s+(?:\w+\s+){0,2}?(?:distributor|distribution|supplier|supply|dealer|reseller|agent|agency|provider|partner|basis|representative|marketing|sales|right\s+to\s+(?:sell|distribute|market|supply|purchase|manufacture|provide))\w*" +
        @"|\b(?:purchase|buy|obtain|source|procure)\w*\s+(?:\w+\s+){0,4}exclusively\s+from\b|\b(?:all|one\s+hundred\s+percent|100\s*%)\s+(?:\(\d+%\)\s+)?of\s+(?:its|their|the\s+\w+'s)\s+(?:\w+\s+)?(?:requirements|needs)\b" +
        @"|\bnot\b[^.;]{0,60}?\b(?:appoint|engage|authori[sz]e)\s+(?:any\s+)?(?:other|another|third[- ]party)\s+(?:\w+\s+)?(?:distributors?|dealers?|agents?|resellers?|suppliers?|representatives?|licensees?)" +
        // CUAD counts exclusive grants too: "an exclusive license", "the exclusive worldwide right and
        // license", "exclusively for AMAG", "will not grant any third party any right to sponsor",
        // "will not collaborate with … any for-profit third party in the field".
        @"|\b(?:grant\w*|appoint\w*|ha(?:ve|s)|acquire\w*|receive\w*|obtain\w*)\s+(?:[\w-]+,?\s+){0,4}?(?<!\bnon[-‐‑\s]{0,2})exclusive,?\s+(?:[\w-]+,?\s+){0,3}?(?:licen[cs]es?|rights?)\b(?!,?\s+(?:title|and\s+title))|\bexclusively\s+(?:for|through|endorse|use|supply|sell|distribute)\b" +
        @"|\bnot\b[^.;]{0,60}?\b(?:grant|collaborate|partner|enter\s+into\s+(?:the\s+same|similar|substantially\s+similar))\w*\b[^.;]{0,40}?\b(?:any|other|another)\s+(?:[\w-]+\s+){0,2}?(?:third[- ]part(?:y|ies)|compan(?:y|ies)|vendors?|licensees?)\b[^.;]{0,60}?\b(?:right|licen[cs]e|field|territory|same|similar|commitments?)";

    // The confidential-information concept goes by many names ("Proprietary Information",
    // "Evaluation Material(s)", "Confidential Materials", 機密情報) and is defined in several shapes:
    // "X means/includes", "the term X", "(collectively, the "X")", "referred to herein as the "X"",
    // 「X」とは, （以下「X」という。）.
    private const string ConceptName =
        @"(?:Confidential|Proprietary|Evaluation|Secret|Protected|Disclosed|Transaction|Discloser)\s+(?:Information|Materials?|Data)|Confidential(?:ity)?\s+(?:and|or)\s+Proprietary\s+Information|Information";

    // Separate patterns rather than one alternation: each starts with a rare literal the regex
    // engine can search for, which one alternation of them all cannot (it was the slowest pattern).
    // A property, not a field: PhrasePatterns above is initialised first and reads it.
    private static string[] ConfidentialDefinitions =>
    [
        @"[""“](?:" + ConceptName + @")[""”]?\s+(?:as\s+used\s+(?:herein|in\s+this\s+Agreement)\s+)?(?:shall\s+|will\s+|does\s+|is\s+)?(?:means?|mean|includes?|include|refers?\s+to|be\s+deemed\s+to\s+include|defined\s+as)\b",
        @"\b(?:Confidential|Proprietary|Evaluation)\s+(?:Information|Materials?)\s+(?:shall\s+)?(?:means?|includes?|refers?\s+to)\b",
        @"(?<=\bterms?\s{1,3})[""“](?:" + ConceptName + @")[""”]",
        @"\([^()""“]{0,40}[""“](?:Confidential|Proprietary|Evaluation|Secret|Protected|Transaction)\s+(?:Information|Materials?|Data)[""”]\s*\)",
        @"\b(?:referred\s+to\s+(?:herein\s+|hereinafter\s+|hereunder\s+)?as|hereinafter\s+(?:called|referred\s+to\s+as)|(?:herein|hereinafter)\s+called)\s+(?:the\s+)?[""“](?:Confidential|Proprietary|Evaluation|Secret|Protected|Transaction)\s+(?:Information|Materials?|Data)",
        @"\bdefin\w+\s+(?:of\s+)?[""“]?(?:Confidential|Proprietary|Evaluation)\s+(?:Information|Materials?)",
    ];

    // The NDA exclusions are written in many ways; each alternative below is a family of real
    // phrasings ("is or becomes generally available to the public", "was in the possession of",
    // "rightfully received from a third party", "independently developed without use of",
    // "required by law or court order"); their Japanese counterparts are JapaneseElements'.
    private const string PublicWords =
        @"(?:(?:generally|publicly|readily)\s+)?(?:(?:publicly|generally)\s+(?:known|available)|available\s+to\s+the\s+(?:general\s+)?public|known\s+to\s+the\s+(?:general\s+)?public|(?:a\s+)?part\s+of\s+(?:the\s+)?public\s+(?:domain|knowledge)|public\s+knowledge|in\s+the\s+public\s+domain)";

    // A public exclusion with no moment attached ("is in the public domain") is read at the time of
    // use, so it also covers information that becomes public later.
    private const string NoMoment = @"(?![^.;]{0,40}?\b(?:at\s+the\s+time|prior\s+to|before|when\s+disclosed)\b)";

    private const string ExclusionPublic =
        @"\b(?:been|was|were|is|are)\s+(?:or\s+(?:subsequently\s+|later\s+|hereafter\s+)?(?:becomes?|has\s+become)\s+)?(?:already\s+|otherwise\s+|rightfully\s+|lawfully\s+)?" + PublicWords +
        @"|\bis\s+now,?\s+or\s+becomes\b[^.;]{0,25}?\bpublic\b" +
        @"|\b(?:rightfully|lawfully|already)\s+in\s+the\s+public\s+domain\b|\bin\s+or\s+enters\s+the\s+public\s+domain\b|\bpublicly\s+known\s+or\s+made\s+generally\s+available\b";

    private const string ExclusionLaterPublic =
        @"\b(?:enters?|entered|falls?\s+into|fell\s+into|pass(?:es|ed)?\s+into|bec(?:ome|omes|ame)\s+part\s+of|in\s+or\s+enters)\s+the\s+public\s+domain\b" +
        @"|\b(?:becomes?|became|has\s+become)\s+(?:generally\s+|otherwise\s+)?(?:" + PublicWords + @"|public\b|\(\w\)\s+public\b|published)" +
        @"|\bis\s+(?:generally\s+|rightfully\s+|lawfully\s+)?(?:in\s+the\s+public\s+domain|publicly\s+(?:known|available)|generally\s+(?:known|available)|(?:generally\s+)?available\s+to\s+the\s+(?:general\s+)?public)\b" + NoMoment +
        @"|(?<!\b(?:was|been|were)\s+)\b(?:rightfully|lawfully)\s+in\s+the\s+public\s+domain\b" + NoMoment +
        @"|\bpublic\s+domain\s+at\s+or\s+(?:subsequent\s+to|after)\b|\bis\s+now,?\s+or\s+becomes\b[^.;]{0,25}?\bpublic\b";

    // "available … on a non-confidential basis from a source other than the Company", "… provided that
    // the source is not known to be bound": the third-party exclusion (as well as prior knowledge, which
    // "was … available" also reads).
    private const string FromASource = @"(?=[^.;]{0,40}?\b(?:from|source|third)\b)";

    private const string ExclusionKnown =
        @"\b(?:was|is|were|becomes)\s+(?:or\s+becomes\s+)?(?:known\s+or\s+)?avai[l1]able\s+to\s+[^.;]{0,60}?\bon\s+a\s+non-?confidential\s+basis\b" +
        @"|\b(?:already|rightfully|lawfully|previously)\s+(?:\w+\s+){0,2}in\s+(?:the\s+)?(?:\w+(?:'s|’s)?\s+){0,3}possession\b" +
        @"|\bin\s+(?:the\s+|its\s+)?(?:rightful|lawful|legitimate)\s+possession\b" +
        @"|\b(?:was|were|is|are|been)\s+(?:already\s+|previously\s+)?(?:within|in)\s+[^.;]{0,80}?\bpossession\b[^.;]{0,60}?\b(?:prior\s+to|before|at\s+the\s+time)\b" +
        @"|\bknown\s+to\s+(?:it|you|the\s+\w+(?:\s+Party)?|such\s+party)\b[^.;]{0,60}?\b(?:prior\s+to|before)\b" +
        @"|\b(?:already|previously|lawfully|rightfully)\s+known\b|\b(?:was|were)\s+known\s+(?:to|by)\b" +
        @"|\balready\s+(?:knew|possessed|possesses|had)\b|\bknew\b[^.;]{0,40}?\b(?:prior\s+to|before)\b";

    private const string ExclusionIndependent =
        @"\bindependently\s+(?:develop\w*|conceiv\w*|creat\w*|deriv\w*|generat\w*|acquir\w*|obtain\w*)\b" +
        @"|\b(?:develop|generat|creat|conceiv|deriv)\w*\s+(?:\w+\s+){0,3}independently\b";

    private const string ExclusionThirdParty =
        @"\bfrom\s+(?:a|another|any)\s+(?:third[- ]party\s+)?source\s+\(?(?:other\s+than|not\s+(?:bound|under|known)|independent\s+of)|\bfrom\s+another\s+source\b" +
        @"|\b(?:was|is|becomes)\s+(?:or\s+becomes\s+)?available\s+to\s+(?:you|it|us|the\s+\w+(?:\s+Party)?)\s+on\s+a\s+non-?confidential\s+basis\b" +
        @"|\b(?:was|is|were|becomes)\s+(?:or\s+becomes\s+)?(?:known\s+or\s+)?available\s+to\s+[^.;]{0,60}?\bon\s+a\s+non-?confidential\s+basis\b" + FromASource +
        @"|\b(?:receiv(?!ing\s+part|er\b)\w*|obtain\w*|acquir\w*|disclosed|furnished|supplied|given|provided|made\s+available)\b[^.;]{0,60}?\b(?:from|by)\s+(?:a|an|any)\s+(?:\w+\s+)?third\s+part(?:y|ies)\b" +
        @"|\bthird\s+part(?:y|ies)\s+(?:who|which|that)\s+(?:is|was|are|were|did)\s+(?:not|under\s+no)\b|\brightfully\s+received\b" +
        // "revealed to the Recipient by a third person", "rightfully obtained from third parties",
        // "acquired from others who", "from an independent source having no obligation", "from sources
        // other than the Disclosing Party", "disclosed to Recipient by a party unrelated to Recipient",
        // "through legitimate means other than from the Disclosing Party", "a third party hereafter furnishes".
        @"|\b(?:receiv(?!ing\s+part|er\b)\w*|obtain\w*|acquir\w*|disclos\w*|furnish\w*|supplied|given|provided|made\s+available|reveal\w*|communicat\w*|learn\w*|transmit\w*|known|available)\b[^.;]{0,60}?\b(?:from|by|via)\s+(?:an?\s+|any\s+|the\s+)?(?:\w+\s+)?(?:third\s+(?:part(?:y|ies)|persons?|sources?)|(?:sources?|part(?:y|ies)|persons?)\s+(?:other\s+than|unrelated\s+to)|others\s+(?:who|which|that)|other\s+part(?:y|ies)\s+than|independent\s+sources?)\b" +
        // "is, or becomes, rightfully possessed by the receiving party without any obligation restricting
        // disclosure", "known to the Recipient free of any obligation": with no moment ("prior to", "at
        // the time of disclosure", "already") it covers what came later from anyone.
        // (The moment before is checked after the word, so the pattern keeps its leading characters: a
        // lookbehind first cost every clause a slow scan, 60 ms on 50 pages.)
        @"|\b(?:known|possess\w*)\b(?<!\b(?:prior|before|time|already|previously)\b[^.;]{0,60}\w+)[^.;]{0,60}?\b(?:free\s+(?:of|from)|without)\s+(?:any\s+)?(?:obligation|restriction|duty)(?![^.;]{0,80}?\b(?:prior|before|at\s+the\s+time)\b)" +
        @"|\bother\s+than\s+from\s+the\s+Disclos\w+|\bthird\s+(?:part(?:y|ies)|persons?)\s+(?:hereafter\s+|subsequently\s+|later\s+|lawfully\s+|rightfully\s+)?(?:furnish|disclos|provid|deliver|suppl|transmit|communicat)\w*\s+(?:\w+\s+){0,3}to\s+(?:the\s+)?(?:Recipient|Receiving|you|it|us)\b";

    private const string CompelledDisclosure =
        @"\brequired\s+(?:to\s+be\s+disclosed\s+|to\s+do\s+so\s+)?(?:by|pursuant\s+to)\s+(?:a\s+|an\s+|any\s+)?(?:law|applicable|court|order|regulation|judicial|governmental|government|regulatory|operation\s+of\s+law|statute|stock\s+exchange|legal\s+process)" +
        @"|\b(?:legally|lawfully)\s+(?:required|compelled|obligated|obliged)\b|\bpursuant\s+to\s+(?:a|an|any)\s+(?:order|subpoena|requirement)|\bcompelled\s+(?:by\s+law|to\s+disclose)|\bsubpoena" +
        // "a court order" is a compelled disclosure unless it is the remedy ("application for a court
        // order prohibiting the disclosure of Confidential Information" names an injunction).
        @"|\b(?:court|judicial|governmental|government|administrative|regulatory)\s+(?:or\s+(?:\w+\s+)?)?(?:order|decree)(?!s?\s+(?:prohibiting|restraining|enjoining|preventing|barring|forbidding|to\s+(?:prevent|restrain|enjoin|stop|prohibit)))" +
        @"|\b(?:has|have|is|are|must|needs?)\s+(?:to\s+be|be)\s+disclosed\s+(?:under|by|pursuant\s+to|in\s+accordance\s+with)\s+(?:a|an|any|applicable|the)\s+(?:law|statute|regulation|rule|court|judicial|governmental|order|subpoena|legal)" +
        @"|\b(?:compelled|forced|obliged|obligated|required)\s+to\s+(?:disclose|expose|reveal|divulge|produce)\b[^.;]{0,80}?\b(?:law|legal|regulation|court|judge?ment|order|decree|authority|subpoena)" +
        @"|\bcourt(?:'s|’s)\s+order\b|\bcompelled\s+(?:in|by|under)\s+(?:any|a|an)\s+(?:judicial|legal|administrative|governmental)\s+(?:or\s+\w+\s+)?(?:proceeding|process|order|authority)";

    // "only to those employees who are directly involved in the Purpose", "to its officers and
    // employees to the extent necessary for the Purpose": the need-to-know limit without the words.
    private const string NeedToKnowEnglish =
        @"|\b(?:employees|officers|directors|Representatives|personnel|staff|agents|advis[eo]rs|persons|consultants|contractors|partners)\b[^.;]{0,100}?\b(?:who\s+(?:are|have\s+been)\s+(?:directly\s+|actively\s+)?(?:involved|engaged|concerned|participating)\s+(?:in|with)|(?:to\s+the\s+extent|as|only\s+insofar\s+as)\s+(?:is\s+)?(?:reasonably\s+|strictly\s+)?(?:necessary|required|needed)|(?:who|that)\s+(?:are|is)\s+(?:strictly\s+|reasonably\s+)?required\s+(?:to|in|for)|(?:directly\s+|actively\s+)?(?:involved|engaged)\s+in\s+(?:the\s+)?(?:Project|Purpose|Transaction|evaluation|Business)|directly\s+concerned\s+with)\b" +
        // "not having a reason to know", "who have a need to have access", "the minimum required number of people".
        @"|\b(?:reason|need)\s+to\s+(?:know|have\s+access)\b" +
        // "limit the distribution of the Information within the firm to only those … who perform the functions".
        @"|\b(?:limit|restrict)\w*\s+(?:the\s+|its\s+|any\s+)?(?:distribution|disclosure|dissemination|access|circulation)\b[^.;]{0,80}?\bto\s+(?:only\s+)?(?:those|such)\b[^.;]{0,120}?\b(?:who|whom|that|which)\b" +
        @"|\bminimum\s+(?:required\s+)?number\s+of\s+(?:people|persons|employees|individuals)\b" +
        @"|\b(?:to\s+the\s+extent|as)\s+(?:reasonably\s+|strictly\s+)?(?:necessary|required|needed)\s+(?:for|to)\b[^.;]{0,60}?\b(?:to|by)\s+(?:its|their|the\s+\w+(?:'s|’s)?)\s+(?:employees|officers|directors|Representatives|personnel|staff)\b";

    // Obligations that outlive the agreement without the word "survive": "shall continue for a period of
    // five (5) years from the termination", "will continue in force indefinitely", "notwithstanding the
    // return or destruction … will continue to be bound", "even after the end of this agreement",
    // "both during and after the duration of the agreement".
    private const string SurvivalEnglish =
        @"\b(?:continu|remain)\w*\b[^.;]{0,60}?\b(?:indefinitely|in\s+perpetuity|perpetually|without\s+limit(?:ation)?\s+(?:of|in)\s+time)\b" +
        @"|\bcontinu\w*\s+(?:for\s+a\s+(?:further\s+)?period\s+of|for)\b[^.;]{0,40}?\b(?:after|following|from)\s+(?:the\s+|its\s+|their\s+|any\s+)?(?:termination|expiration|expiry|end|conclusion)\b" +
        @"|\bnotwithstanding\s+(?:the|any)\s+(?:[\w,]+\s+){0,3}(?:termination|expiration|expiry|return|destruction)\b[^.;]{0,240}?\b(?:continu|remain)\w*\s+(?:to\s+be\s+)?(?:bound|in\s+(?:full\s+)?(?:force|effect)|binding)" +
        @"|\b(?:continu|remain)\w*\s+(?:(?:to\s+be\s+bound|bound|in\s+(?:full\s+)?(?:force|effect)|valid)\b[^.;]{0,60}?)?\bnotwithstanding\s+(?:the|any)\s+(?:\w+\s+){0,3}(?:termination|expiration|expiry|return|destruction|completion|end)" +
        // "will continue after the termination of this Agreement", "shall apply without limit of time", "shall be indefinite".
        @"|\bcontinu\w*\s+(?:after|beyond|following)\s+(?:the\s+|any\s+|its\s+)?(?:termination|expiration|expiry|end)\b|\bwithout\s+limit(?:ation)?\s+(?:of|in|as\s+to)\s+time\b|\b(?:shall|will)\s+be\s+(?:indefinite|perpetual)\b" +
        @"|\beven\s+after\s+the\s+(?:end|termination|expiration|expiry)\s+of\s+this\s+Agreement\b|\bboth\s+during\s+and\s+after\s+the\s+(?:term|duration)\b" +
        // "shall last for the duration of the discussions and for 2 years following their conclusion",
        // "apply while I have access, and at all times thereafter".
        @"|\b(?:last|continu|remain|apply|bind)\w*\b[^.;]{0,120}?\b(?:years?|months?)\s+(?:after|following|from)\s+(?:the\s+|its\s+|their\s+|any\s+|such\s+)?(?:termination|expiration|expiry|end|conclusion|completion|cessation)\b" +
        @"|\b(?:during|while)\b[^.;]{0,120}?\band\s+at\s+all\s+times\s+thereafter\b";

    // Royalties that vary with the licensee's business (and so need an audit right), and fixed sums.
    private const string RoyaltyRunning =
        @"\b(?:percent|%)\s+of\s+(?:the\s+|all\s+|any\s+)?(?:\w+(?:'s|’s)\s+)?(?:net|gross)?\s*(?:sales|revenues?|receipts|selling\s+price|invoiced|profits?)|\bnet\s+(?:sales|revenues?|receipts)\b|\brunning\s+royalt\w+" +
        @"|\bper[- ](?:unit|copy|seat|user|device)\b|\b(?:share|portion|percentage)\s+of\s+(?:its\s+|the\s+|all\s+|any\s+)?(?:\w+\s+)?(?:revenues?|sales|receipts|profits?)\b|\bshare\s+(?:any\s+|all\s+|the\s+)?revenues?\b|\brevenue\s+shar\w+" +
        @"|\bof\s+(?:the\s+)?\w+(?:'s|’s)\s+(?:net\s+|gross\s+)?(?:revenues?|sales|receipts)\s+from\b|\bon\s+(?:the\s+)?(?:net\s+|gross\s+)?sales\s+of\b";

    private const string RoyaltyFixed =
        @"\blump[- ]sum\b|\bmilestone\s+payments?\b|\b(?:fees?|payment|royalty|sum)\s+of\s+(?:\$|US\$|USD\s?|EUR\s?|€|¥|JPY\s?)\s?[\d,.]+|\bupfront\s+(?:fee|payment)|\b(?:annual|monthly|quarterly|minimum|fixed|flat)\s+(?:\w+\s+)?(?:fee|guarantee|payment|royalty)\s+of\b" +
        @"|(?:\$|US\$|USD\s?|EUR\s?|€|¥|JPY\s?)\s?[\d,.]+\)?(?:\s+(?:million|thousand))?(?:\s*\([^)]{0,60}\))?\s+(?:per|each|a|every)\s+(?:year|annum|month|quarter|calendar)";

    // Every pattern carries the match timeout (RegexTimeouts), like the generated ones.
    private static Regex Pattern(string pattern) => new(pattern, Options | RegexOptions.Compiled, TimeSpan.FromMilliseconds(RegexTimeouts.Milliseconds));

    [GeneratedRegex(@"\b(?<l>English|Japanese)\s+(?:language\s+)?(?:version|text|original)\b[^.;]{0,60}?\b(?:shall|will|does)\s+(?:prevail|control|govern|be\s+(?:the\s+)?(?:authoritative|binding|controlling))|\b(?:shall\s+)?(?:prevail|control)\w*\b[^.;]{0,30}?\b(?<l>English|Japanese)\s+(?:language\s+)?(?:version|text)|(?<l>英文|英語版|英語|和文|日本語版|日本語)(?:を|が)(?:正本|優先|正文)", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Prevailing();

    [GeneratedRegex(@"\b(?:developed|created|generated|conceived)\s+(?:by\s+[^.;]{1,60}?\s)?(?:without\s+(?:the\s+)?(?:use\s+of|reference\s+to|access\s+to|reliance\s+on|benefit\s+of)|independent(?:ly)?\s+(?:of|from)\s+(?:the|any|such)\s+(?:disclosure|Confidential|Proprietary|Evaluation|information\s+(?:disclosed|received)))\b", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex IndependentWithoutUse();

    // Sentence-level cues.
    [GeneratedRegex(@"\b(?:hereby\s+)?(?:assign(?:s|ed|ing|ment)?|transfer(?:s|red|ring)?|convey(?:s|ed|ing)?)\b|\bvest\w*\s+in\b|\bshall\s+(?:be\s+)?(?:the\s+)?(?:sole\s+and\s+)?exclusive(?:ly)?\s+(?:property|owned)\b|\bshall\s+belong\s+(?:exclusively\s+)?to\b|(?:譲渡|移転)(?:する(?:ものとする)?|される(?:ものとする)?|させる(?:ものとする)?|し|するものとし)(?=[。、]|$)|帰属させ|に帰属する", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex AssignVerb();

    [GeneratedRegex(@"\bBackground\b|\bpre-?existing\b|\bknow[- ]how\b|\bexisting\s+(?:intellectual\s+property|technology|IP)\b|バックグラウンド|既存|ノウハウ|従前(?:から|より)保有|既に保有", Options, RegexTimeouts.Milliseconds)]
    internal static partial Regex BackgroundWord();

    [GeneratedRegex(@"\b(?:retains?|(?:shall|will)\s+retain|reserves?)\s+(?:all\s+|sole\s+|exclusive\s+)*(?:right,?\s+title\s+and\s+interest|title|ownership|rights?\s+in)\b|\backnowledges?\s+that\s+[^.;]{0,80}?\bowns?\s+all\s+(?:right|intellectual)|\b(?:are|is)\s+and\s+shall\s+(?:at\s+all\s+times\s+)?remain\s+(?:vested\s+in|the\s+(?:sole\s+(?:and\s+exclusive\s+)?)?property\s+of)\b|\bshall\s+remain\s+at\s+all\s+times\s+the\s+owner\b|\bremain\s+(?:at\s+all\s+times\s+)?the\s+owner\s+of\b|(?:開示者|各当事者|当該当事者)の(?:知的財産権|権利)[^。]{0,40}?(?:譲渡|移転|許諾)[^。]{0,20}?ものでは?ない", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex OwnIpRetained();

    [GeneratedRegex(@"\bnothing\b|\bnot\b|\bno\s+(?:right|title|licen[cs]e|assignment|transfer)|\bneither\b|\bremain\w*\b|\bretain\w*\b|\bexcept\b|\bexcluding\b|\bother\s+than\b|\bexclusive\s+property\s+of\s+(?:the\s+)?(?:disclosing|owning)|(?:する|される)ものでは?ない|しない|てはならない|除く|除き|留保|引き続き", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b(?:each\s+party|the\s+disclosing\s+party|the\s+owning\s+party|its\s+owner|the\s+party\s+that\s+(?:owns|contributed))\b[^.;]{0,80}?\b(?:retain\w*|remain\w*|keep\w*|continue\w*\s+to\s+own|shall\s+own|own\w*)\b|\b(?:remain|continue\s+to\s+be|shall\s+be)\s+(?:the\s+)?(?:sole\s+(?:and\s+exclusive\s+)?|exclusive\s+)?property\s+of\b|\bretains?\s+(?:all\s+)?(?:ownership|rights?|title)\b|\bshall\s+remain\s+with\b|\bno\s+(?:right|title|licen[cs]e|ownership)[^.;]{0,40}?\b(?:is|are|shall\s+be)\s+(?:granted|transferred|assigned)|\bnothing\s+in\s+this\s+Agreement\s+(?:shall\s+)?(?:transfer|assign|grant|convey)\w*|各当事者に(?:留保|帰属)|開示者に(?:留保|帰属)|従前どおり.{0,10}帰属|(?:移転|譲渡)(?:する|される)ものではない|\b(?:shall|does|will)\s+not\s+include\b|\bexcluding\b|を除き|を除く", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex RetentionCue();

    [GeneratedRegex(@"\bgrant[- ]?backs?\b|\b(?:licen[cs]e|grant|assign|transfer)\w*\s+(?:\w+\s+){0,6}(?:back\s+)?to\s+(?:the\s+)?(?:Licensor|Disclosing\s+Party|Company)\b|\bback\s+to\s+(?:the\s+)?Licensor\b|\b(?:Licensee|Recipient|Partner)(?:'s|’s)?\s+(?:own\s+)?(?:improvements?|modifications?|enhancements?)\b|\b(?:improvements?|modifications?|enhancements?)\s+(?:\w+\s+){0,4}(?:made|developed|conceived|created)\s+by\s+(?:the\s+)?(?:Licensee|Recipient)\b|(?:乙|ライセンシー)(?:が|の).{0,20}改良", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex GrantBackContext();

    // A restrictive covenant needs a prohibition and a competition cue in one sentence, and no words
    // that lift the restriction ("nothing shall preclude the parties from competing").
    [GeneratedRegex(@"\bnon-?compet\w*|\bcovenants?\s+not\s+to\s+compete\b|競業(?:避止|禁止)", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex NonCompeteWord();

    [GeneratedRegex(@"\b(?:shall|will|may|must|agrees?\s+to|agrees?\s+that\s+(?:it|he|she|they)\s+(?:shall|will))\s+not\b|\bnot\s+to\b|\brefrain\s+from\b|\b(?:prohibited|restricted|precluded)\s+from\b|\bcovenants?\s+(?:and\s+agrees?\s+)?not\b|\bno\s+\w+\s+(?:shall|will|may)\b|してはならない|しないものとする|しない。|禁止|行わない", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex Prohibition();

    [GeneratedRegex(@"\bcompet(?:e|es|ing|ition|itive|itor|itors)\b|\brivals?\b|\bsame\s+or\s+similar\b|\bsimilar\s+to\s+(?:the|any)\s+(?:\w+\s+)?(?:products?|business|services?)|\bengag\w*\s+in\s+(?:any|a)\s+(?:\w+\s+){0,2}(?:business|activit\w+)|\b(?:in|within)\s+any\s+(?:field|area|industry|sector)\b|\bwhatsoever\b|\bwhether\s+or\s+not\s+(?:related|similar|compet\w+)|競合|競業|同一(?:又は|または|もしくは|若しくは)類似|類似(?:する|の)(?:製品|商品|事業|サービス)", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex CompetitionCue();

    [GeneratedRegex(@"\bnothing\b|\bnot\s+(?:be\s+)?(?:intended|construed|deemed)\b|\bfree\s+to\b|\b(?:shall|will|does)\s+not\s+(?:preclude|prevent|restrict|prohibit|limit)\b|\bwithout\s+restriction\b|妨げない|制限するものではない", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex RestrictionLifted();

    [GeneratedRegex(@"\bimprovements?\b|\bmodifications?\b|\benhancements?\b|\bderivative|改良", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex ImprovementWord();

    [GeneratedRegex(@"\bnon[- ]?\s?exclusive\b|非独占", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex NonExclusiveWord();

    [GeneratedRegex(@"(?<!non[- ]?\s?)\b(?:exclusive|sole)\b|(?<!非)独占", Options, RegexTimeouts.Milliseconds)]
    private static partial Regex ExclusiveWord();

    [GeneratedRegex(@"\blicen[cs](?:e|es|ed|ing)\b|実施権|使用権|利用権|許諾", Options, RegexTimeouts.Milliseconds)]
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

        // Japanese: the model contracts' phrases, and wordings beyond them read unit by unit (JapaneseElements).
        facts.AddRange(JapaneseElements.Extract(text, offset));

        // "created by the Recipient's own staff without reference to the disclosed material", "developed
        // by … independent of the disclosure": built
        // into the ExclusionIndependent alternation or as its own compiled pattern, .NET's compiled
        // matcher did not find it (the same pattern matched when built elsewhere); generated, it does.
        foreach (Match m in IndependentWithoutUse().Matches(text))
        {
            facts.Add(new ElementFact(offset + m.Index, offset + m.Index + m.Length, FactNames.ExclusionIndependent));
        }

        // "Proprietary Information also includes any information which the Disclosing Party has
        // received from a third party which [it] is obligated to treat as confidential": an exclusion's
        // words in a sentence that adds to what is confidential, with nothing excluding, are not an
        // exclusion (train: 3 such sentences, none an exclusion).
        facts.RemoveAll(f => ElementWords.IsExclusion(f.Element) && IncludedNotExcluded(text, offset, sentences, f));

        // "(including any code or instructions provided by third parties)", "shall not: (a) confirm or
        // deny any statement made by a third party": a source without a word on the duty it owed is
        // not the third-party exclusion (every training and dev NDA's nda-13 evidence has one).
        facts.RemoveAll(f => f.Element == FactNames.ExclusionThirdParty && !ElementCues.SaysHowItCame(SentenceOf(text, offset, sentences, f)));

        facts.AddRange(Refinements(text, offset, sentences, facts).ToList());

        foreach (var (index, length, language) in PrevailingStatements(text))
        {
            facts.Add(new ElementFact(offset + index, offset + index + length, FactNames.PrevailingLanguage, language));
        }

        foreach (var (start, end) in sentences)
        {
            facts.AddRange(FromSentence(text[start..end], offset + start));
        }

        return facts.Distinct().OrderBy(f => f.Start).ThenBy(f => f.Element, StringComparer.Ordinal);
    }

    // The sentence that holds a fact's start (relative to the clause), or null when none does.
    private static (int Start, int End)? SentenceHolding(IReadOnlyList<(int Start, int End)> sentences, int at)
    {
        var i = IndexOfSentence(sentences, at);
        return i < 0 || at < sentences[i].Start || at >= sentences[i].End ? null : sentences[i];
    }

    private static string SentenceOf(string text, int offset, IReadOnlyList<(int Start, int End)> sentences, ElementFact fact)
    {
        var at = fact.Start - offset;
        return SentenceHolding(sentences, at) is (var start, var end)
            ? text[start..end]
            : text[Math.Clamp(at, 0, text.Length)..Math.Clamp(fact.End - offset, at, text.Length)];
    }

    private static bool IncludedNotExcluded(string text, int offset, IReadOnlyList<(int Start, int End)> sentences, ElementFact fact)
    {
        var at = fact.Start - offset;
        return SentenceHolding(sentences, at) is (var start, var end)
            && ElementCues.AddsToWhatIsConfidential(text[start..end], at - start);
    }

    /// <summary>
    /// Where <paramref name="text"/> names the version that prevails ("the English version shall
    /// prevail", 「英文を正本とする」) and which: "English" or "Japanese". Read here for the facts and by
    /// the drafting check that compares the two versions' statements.
    /// </summary>
    internal static IEnumerable<(int Index, int Length, string Language)> PrevailingStatements(string text)
    {
        foreach (Match m in Prevailing().Matches(text))
        {
            var named = m.Groups["l"].Value;
            var english = named is "英文" or "英語版" or "英語" || named.Equals("English", StringComparison.OrdinalIgnoreCase);
            yield return (m.Index, m.Length, english ? "English" : "Japanese");
        }
    }

    private static IEnumerable<ElementFact> FromSentence(string sentence, int offset)
    {
        if (IsRestrictiveCovenant(sentence))
        {
            var lead = sentence.Length - sentence.TrimStart().Length;
            var trail = sentence.Length - sentence.TrimEnd().Length;
            yield return new ElementFact(offset + lead, offset + sentence.Length - trail, FactNames.RestrictiveCovenant);
        }

        var assign = AssignVerb().Match(sentence);
        var background = BackgroundWord().Match(sentence);
        var retained = RetentionCue().Match(sentence);
        if (background.Success && retained.Success)
        {
            yield return At(retained, offset, FactNames.BackgroundRetained);
        }
        else if (OwnIpRetained().Match(sentence) is { Success: true } own && !AssignVerb().IsMatch(sentence.Remove(own.Index, own.Length)))
        {
            // "Licensor retains all right, title and interest in the Licensed Technology": what a party
            // brings stays its own, which is what the rule asks even when "background" is not said.
            yield return At(own, offset, FactNames.BackgroundRetained);
        }
        else if (BackgroundAssignment.OwnPropertyStated(sentence) is { Success: true } stated && !AssignVerb().IsMatch(sentence))
        {
            yield return At(stated, offset, FactNames.BackgroundRetained);
        }
        else if (background.Success && assign.Success && !Negation().IsMatch(sentence) && BackgroundAssignment.IsOperative(sentence))
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

    private static bool IsRestrictiveCovenant(string sentence) =>
        !RestrictionLifted().IsMatch(sentence)
        && (NonCompeteWord().IsMatch(sentence) || (Prohibition().IsMatch(sentence) && CompetitionCue().IsMatch(sentence)));

    private static ElementFact At(Match m, int offset, string element) => new(offset + m.Index, offset + m.Index + m.Length, element);
}
