namespace LeadKit.Testing;

/// <summary>
/// Word pools the generators draw from: realistic values from several scripts, plus the
/// characters that trip up serializers and storage (quotes, backslashes, markup, emoji).
/// </summary>
internal static class Vocabulary
{
    internal static readonly string[] FirstNames =
    [
        "Ann", "Bob", "Chloé", "José", "Zoë", "Łukasz", "Søren", "Ólafur", "Mary-Jane", "Jean-Luc", "D'Arcy",
        "Siobhán", "Ιωάννης", "Иван", "Мария", "李", "美咲", "Ayşe", "Björn", "François", "Ngozi", "Priya",
        "Ana María", "Þóra", "Nguyễn Văn", "Kwame", "Zoltán", "Eóin", "Ana", "Li", "O",
    ];

    internal static readonly string[] MiddleNames = ["Marie", "J.", "Anne", "Lou", "Ray", "Grace", "Jürgen", "Ηλίας", "K", "van"];

    internal static readonly string[] LastNames =
    [
        "Lee", "Smith", "Müller", "O'Brien", "García", "Nguyễn", "Kowalski", "Papadopoulos", "Иванов", "田中", "Al-Farsi",
        "van der Berg", "de la Cruz", "Smith-Jones", "Ødegård", "Öztürk", "Þórsson", "Ng", "Ó Súilleabháin", "McDonald", "Z",
    ];

    internal static readonly string[] Prefixes = ["Mr.", "Ms.", "Mrs.", "Dr.", "Prof.", "Mx", "Sir", "Dame", "Rev."];

    internal static readonly string[] Suffixes = ["Jr.", "Sr.", "III", "PhD", "M.D.", "Esq."];

    internal static readonly string[] Words =
    [
        "sales", "Manager", "R&D", "Head", "of", "EMEA", "Ünïcödé", "café", "naïve", "Straße", "東京", "Ελλάδα", "Москва",
        "\"quoted\"", "back\\slash", "<b>bold</b>", "50%", "a+b", "tab\there", "emoji😀", "O'Neil", "🚀", "{json}",
        "comma,separated", "semi;colon", "line", "Product", "Widget", "2026", "x", "ß", "İstanbul", "Ærø", "—dash—", "null",
    ];

    internal static readonly string[] CompanyNames =
    [
        "Contoso", "Fabrikam, Inc.", "Northwind Traders", "Müller & Söhne GmbH", "株式会社テスト", "ООО Ромашка", "O'Reilly Media",
        "A", "\"Quotes\" Ltd", "Ærø Fisk A/S", "Smith & Co. <EU>",
    ];

    internal static readonly string[] JobTitles =
    [
        "CEO", "Head of Sales", "Purchasing Manager", "IT-Leiter", "Directrice générale", "購買部長", "VP, R&D", "Intern",
    ];

    internal static readonly string[] Cities = ["Lyon", "München", "São Paulo", "東京", "Kraków", "Zürich", "New York", "Reykjavík", "Αθήνα"];

    internal static readonly string[] States = ["CA", "Bavaria", "Île-de-France", "NSW", "Ontario", "Québec"];

    internal static readonly string[] Countries = ["France", "Deutschland", "Brasil", "日本", "Polska", "United States", "Ísland", "UK"];

    internal static readonly string[] PostalCodes = ["69001", "SW1A 1AA", "10115", "100-0001", "K1A 0B1", "30-001", "8001", "02134-1234"];

    internal static readonly string[] Streets =
    [
        "1 Main St", "Königsallee 12", "12, rue de la Paix", "Av. Paulista, 1578", "ul. Floriańska 3/5", "Suite 400\n200 Park Ave",
        "Flat 2\r\nBaker St 221b", "丸の内1-1-1",
    ];

    internal static readonly string[] Departments = ["Sales", "Purchasing", "IT", "Finance", "Marketing", "Einkauf", "総務部"];

    internal static readonly string[] NewSources = ["Webinar", "LinkedIn", "Cold call", "Salon 2026", "Événement", "Podcast", "Referral program", "展示会"];

    internal static readonly string[] NewRatings = ["Hot", "Warm", "Cold", "A+", "Très bon", "★★★"];

    internal static readonly string[] CriterionSlugs =
    [
        "budget-confirmed", "decision-maker", "need-identified", "timeline-set", "visited-booth", "opened-newsletter", "a", "9",
        "trial-started", "x-1",
    ];

    internal static readonly string[] EmailLocalWords =
    [
        "ann", "bob.lee", "Ann.Lee", "sales", "info", "o'brien", "first+tag", "x_y", "josé", "李", "müller", "a", "Z",
        "user-name", "#hash", "{curly}", "~tilde", "mixedCase", "1234",
    ];

    internal static readonly string[] DomainLabels =
    [
        "example", "mail", "contoso", "my-company", "x1", "a", "bücher", "münchen", "例え", "xn--bcher-kva", "sub", "co",
        "mañana", "ÆRØ", "straße",
    ];

    internal static readonly string[] TopLevelDomains = ["com", "org", "de", "fr", "io", "museum", "jp", "рф", "COM", "co.uk", "x1"];

    internal static readonly string[] CurrencyCodes = ["EUR", "USD", "GBP", "JPY", "CHF", "SEK", "BRL"];

    internal static readonly string[] CustomFieldNames =
    [
        "Budget", "Employees", "Industry", "Next call", "Fiscal year (FY)", "Budget/EUR", "Größe", "顧客ランク", "Region_2",
        "v1.2", "A", "Competitor-list", "Newsletter", "Score", "Notes",
    ];

    internal static readonly string[] Choices = ["Software", "Retail", "Manufacturing", "Health care", "Öffentlich", "その他", "Other", "N/A"];

    internal static readonly string[] Subjects =
    [
        "Call back", "Sent brochure", "Meeting at booth", "Demo", "Follow-up: pricing", "Rückruf", "打ち合わせ", "Re: \"Quote\" #42",
    ];

    internal static readonly string[] Products = ["Widget", "Gadget Pro", "Support plan (1 year)", "Licence — 10 seats", "Schulung", "導入支援"];

    internal static readonly string[] UserNames = ["Alex Admin", "Sam Sales", "Jürgen Vertrieb", "佐藤 花子", "Dana", "O'Hara, Kim"];
}
