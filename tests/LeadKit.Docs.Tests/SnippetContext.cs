namespace LeadKit.Docs.Tests;

/// <summary>
/// What the pages' prose introduces before their code: the names a block may use without declaring them,
/// with their types, and a few types of the reader's own application that examples refer to. One table for
/// every page, so a name means the same everywhere in the docs.
/// </summary>
internal static class SnippetContext
{
    /// <summary>Names a block may use undeclared, with their types.</summary>
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Hosting
        ["args"] = "string[]",
        ["app"] = "WebApplication",
        ["builder"] = "WebApplicationBuilder",
        ["section"] = "IConfigurationSection",
        ["workspaceOf"] = "Func<HttpContext, WorkspaceId>",
        ["userOf"] = "Func<HttpContext, UserId>",
        ["createMyStore"] = "Func<string, IClock, ILeadKitStore>",
        ["cancellationToken"] = "CancellationToken",
        ["clock"] = "IClock",
        ["now"] = "Instant",
        ["asOf"] = "Instant",
        ["zone"] = "DateTimeZone",
        ["path"] = "string",
        ["text"] = "string",
        ["connectionString"] = "string",

        // Stores and operations
        ["store"] = "ILeadKitStore",
        ["unit"] = "IUnitOfWork",
        ["workspace"] = "WorkspaceId",
        ["workspaceId"] = "WorkspaceId",
        ["user"] = "UserId",
        ["actingUser"] = "UserId",
        ["ann"] = "WorkspaceUser",
        ["olivia"] = "WorkspaceUser",
        ["context"] = "OperationContext",
        ["selection"] = "LeadSelection",
        ["editor"] = "BulkEditor",
        ["converter"] = "LeadConverter",
        ["catalog"] = "FieldCatalog",
        ["request"] = "BulkEditRequest",
        ["reports"] = "LeadReports",
        ["reportResult"] = "ReportResult",
        ["rows"] = "IAsyncEnumerable<IReadOnlyList<string?>>",
        ["mimeMessage"] = "MimeKit.MimeMessage",

        // Records
        ["lead"] = "Lead",
        ["leadId"] = "LeadId",
        ["leadId1"] = "LeadId",
        ["leadId2"] = "LeadId",
        ["storedLeads"] = "IReadOnlyList<Lead>",
        ["record"] = "ContactRecord",
        ["history"] = "IReadOnlyList<IHistoryEntry>",

        // Scoring
        ["profile"] = "ScoringProfile",
        ["profiles"] = "ScoringProfiles",
        ["mine"] = "ScoringCriterion",
        ["storedChecks"] = "IReadOnlyDictionary<CriterionId, Instant>",
        ["masks"] = "ulong[]",
        ["stars"] = "byte[]",
        ["points"] = "int[]",
        ["accounts"] = "IAccountDirectory",
        ["customer"] = "Customer",
        ["interactions"] = "IReadOnlyList<Interaction>",
    };

    /// <summary>Types of the reader's own application that examples use (namespace <c>DocsContext</c>, imported).</summary>
    public const string Types = """
        namespace DocsContext;

        using FsCheck;
        using FsCheck.Fluent;
        using LeadKit.CustomFields;
        using LeadKit.History;
        using LeadKit.Leads;
        using LeadKit.Querying;
        using LeadKit.Scoring;
        using NodaTime;

        /// What the pages' classes use as given.
        public static class Given
        {
            public static ScoringLawOptions Options => ScoringLawOptions.Default;
            public static CustomFieldSchema MySchema => CustomFieldSchema.Empty;
        }

        /// The reader's own store (storage.md, the contract suite): here, the in-memory store behind it.
        public sealed class MyStore(IClock clock) : LeadKit.Storage.ILeadKitStore
        {
            private readonly LeadKit.Storage.InMemory.InMemoryLeadKitStore _inner = new(clock);

            public Task InitializeAsync(CancellationToken cancellationToken = default) => _inner.InitializeAsync(cancellationToken);

            public Task<LeadKit.Storage.Workspace> CreateWorkspaceAsync(string name, CancellationToken cancellationToken = default) => _inner.CreateWorkspaceAsync(name, cancellationToken);

            public IAsyncEnumerable<LeadKit.Storage.Workspace> ListWorkspacesAsync(CancellationToken cancellationToken = default) => _inner.ListWorkspacesAsync(cancellationToken);

            public Task<LeadKit.Storage.IUnitOfWork> BeginAsync(LeadKit.Storage.WorkspaceId workspace, LeadKit.Leads.UserId? actingUser = null, CancellationToken cancellationToken = default) => _inner.BeginAsync(workspace, actingUser, cancellationToken);
        }

        /// The reader's account service (scoring.md, C# rules).
        public interface IAccountDirectory
        {
            decimal Revenue(AccountReference account);
        }

        /// The reader's own store of leads (LeadKit.Testing's README).
        public sealed class MyLeadStore
        {
            public Task SaveAsync(Lead lead) => Task.CompletedTask;
            public Task<Lead> LoadAsync(LeadId id) => throw new NotSupportedException();
        }

        /// The reader's own store of scoring profiles (property-testing.md).
        public sealed class MyProfileStore
        {
            public Task SaveProfileAsync(ScoringProfile profile) => Task.CompletedTask;
            public Task<ScoringProfile> LoadProfileAsync() => Task.FromResult(ScoringProfile.Default);
        }

        /// The reader's own formula parts (scoring.md, custom formulas).
        public sealed class MetOnly : IScoreAggregation
        {
            public int Contribution(Weight weight, int points, bool met) => met ? points : 0;
        }

        public sealed class MyRounding : IStarMapping
        {
            public int ToStars(int met, int total, int maxStars) => total == 0 ? 0 : maxStars * met / total;
        }

        public sealed class MyStarMapping : IStarMapping
        {
            public int ToStars(int met, int total, int maxStars) => total == 0 ? 0 : maxStars * met / total;
        }

        /// The CRM's own customer type of scoring.md ("Scoring your own types").
        public sealed record Customer(string? Channel, string? Organisation, decimal? Headcount, string[] Phones,
            ScoreType ScoreType, int? ManualStars, CriterionStates Checks) : IScorableRecord, IRecordFields
        {
            IReadOnlyDictionary<CriterionId, Instant> IScorableRecord.CriterionChecks => Checks;
            IRecordFields? IScorableRecord.Fields => this;

            public IReadOnlyList<object> GetValues(RecordField field) =>
                field == RecordField.Source ? (Channel is null ? [] : [Channel])
                : field == RecordField.Company ? (Organisation is null ? [] : [Organisation])
                : [];

            public static Customer FromLead(Lead lead) =>
                new(lead.Source?.Name, lead.CompanyName, null, [], lead.ScoreType, lead.ManualStars, CriterionStates.From(lead.CriterionChecks));
        }

        public sealed record Interaction(HistoryKind? Kind, Instant OccurredAt) : IHistoryEntry
        {
            public static Interaction FromHistoryItem(HistoryItem item) => new(((IHistoryEntry)item).Kind, item.OccurredAt);
        }

        public static class CustomerArbitraries
        {
            public static Arbitrary<Customer> Customer() =>
                Gen.Elements("Web", "Referral", "Trade Show")
                    .Select(channel => new Customer(channel, null, null, [], ScoreType.Automatic, null, CriterionStates.Empty))
                    .ToArbitrary();
        }
        """;
}
