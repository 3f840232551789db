namespace ClauseLens.Analysis.Drafting;

/// <summary>
/// Ordinary words that contracts build defined terms from ("affiliate", "confidential", "territory"),
/// learned on the train documents only: a word in a quoted definition in at least 4 train documents and
/// written in lower case in at least 4. A capitalised phrase whose words are all ordinary (here or in
/// lower case in the contract itself) reads as a defined term; one holding another word ("Nasdaq",
/// "Manhattan") is a proper name. Regenerate with
/// <c>dotnet run -c Release --project tests/ClauseLens.Benchmarks -- drafting-report --vocabulary</c>.
/// </summary>
internal static class TermVocabulary
{
    public static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "acceptance", "access", "account", "accounts", "acquisition", "act", "action", "activities", "addendum",
        "additional", "adverse", "advertising", "adviser", "advisory", "affected", "affiliate", "affiliates",
        "agency", "agent", "agreement", "agreements", "amendment", "amount", "and", "annual", "anti", "applicable",
        "application", "applications", "approval", "approved", "arbitration", "area", "assets", "assigned",
        "assignment", "audit", "authority", "authorized", "bank", "bankruptcy", "base", "batch", "benefits", "blue",
        "board", "brand", "branded", "breach", "budget", "business", "by", "calendar", "capacity", "capital", "cash",
        "center", "certificate", "change", "claim", "claims", "client", "clinical", "closing", "co", "code",
        "collaboration", "collateral", "combination", "commencement", "commercial", "commercialization",
        "commercially", "commission", "commitment", "committee", "common", "companies", "company", "compensation",
        "completion", "compliance", "compound", "computer", "conditions", "confidential", "confidentiality",
        "confirmation", "consultant", "contact", "content", "contract", "contractor", "control", "controlled",
        "conversion", "copyrights", "corruption", "cost", "costs", "country", "covered", "credit", "criteria", "cure",
        "customer", "customers", "damages", "data", "date", "day", "debt", "default", "defect", "delivery", "deposit",
        "design", "designated", "detail", "development", "device", "direct", "director", "directors", "disclosing",
        "disclosure", "dispute", "disputes", "distribution", "distributor", "document", "documentation", "documents",
        "domain", "drug", "due", "effect", "effective", "efforts", "employee", "end", "entities", "entity",
        "environmental", "equipment", "escrow", "evaluation", "event", "events", "exchange", "excluded", "exclusive",
        "execution", "executive", "existing", "expenses", "export", "facilities", "facility", "failure", "features",
        "fee", "fees", "field", "filings", "final", "financial", "first", "for", "force", "forecast", "form", "forms",
        "franchise", "franchised", "franchisee", "free", "fund", "funds", "future", "general", "good", "governmental",
        "gross", "group", "guarantee", "guidelines", "hardware", "holders", "holding", "hours", "how", "ii", "iii",
        "improvements", "in", "indemnified", "indemnifying", "independent", "information", "infringement", "initial",
        "insolvency", "insurance", "intellectual", "interest", "internet", "invention", "inventions", "investment",
        "issuer", "items", "joint", "know", "launch", "law", "laws", "lead", "lease", "letter", "liabilities",
        "liability", "license", "licensed", "licenses", "licensor", "lien", "list", "litigation", "location", "loss",
        "losses", "maintenance", "majeure", "management", "manager", "manuals", "manufacturer", "manufacturing",
        "market", "marketing", "marks", "master", "material", "materials", "matter", "maximum", "meeting", "member",
        "milestone", "minimum", "mobile", "money", "month", "monthly", "name", "names", "net", "network", "new",
        "non", "notes", "notice", "obligations", "of", "off", "offer", "offering", "officers", "on", "one", "online",
        "operating", "operations", "opportunity", "option", "options", "or", "order", "original", "other", "out",
        "owner", "page", "pages", "parties", "partner", "party", "patent", "patents", "payment", "payments",
        "percentage", "performance", "period", "permitted", "person", "personnel", "persons", "phase", "plan",
        "plans", "platform", "point", "policies", "policy", "possible", "power", "pre", "premises", "press", "price",
        "pricing", "principal", "prior", "privacy", "procedures", "proceeding", "process", "product", "production",
        "products", "professional", "program", "programs", "project", "promotion", "promotional", "property",
        "proposal", "proposed", "proprietary", "prospectus", "provider", "public", "purchase", "purpose", "quality",
        "quarter", "quarterly", "rate", "reasonable", "recall", "receipt", "receiving", "recipient", "reconciliation",
        "records", "reference", "registration", "regulations", "regulatory", "related", "release", "relevant",
        "remaining", "renewal", "replacement", "report", "reports", "representative", "representatives", "request",
        "required", "requirements", "research", "reseller", "response", "restricted", "results", "retail", "revenue",
        "revenues", "review", "right", "rights", "royalties", "royalty", "rules", "safety", "sale", "sales", "sample",
        "schedule", "second", "securities", "security", "sell", "service", "services", "settlement", "share",
        "shares", "site", "sites", "sky", "software", "source", "specific", "specifications", "sponsor",
        "sponsorship", "standard", "standards", "statement", "statements", "steps", "stock", "sub", "subcontractor",
        "subject", "subscription", "subsidiaries", "subsidiary", "successor", "supplier", "supply", "support",
        "suspension", "system", "target", "tax", "taxes", "team", "technical", "technology", "term", "termination",
        "terms", "territory", "test", "the", "third", "time", "to", "total", "trade", "trademark", "trademarks",
        "training", "transaction", "transactions", "transfer", "transferred", "transition", "trial", "trust", "unit",
        "units", "up", "update", "use", "user", "users", "valid", "venture", "volume", "warrant", "warranty", "web",
        "website", "wireless", "work", "works", "writing", "year",
    };
}
