using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using LeadKit.Contacts;
using LeadKit.CustomFields;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Scoring;

namespace LeadKit.Serialization;

/// <summary>A converter that can describe its type to System.Text.Json without reflection.</summary>
internal interface ITypeInfoSource
{
    /// <summary>Gets the type the converter handles.</summary>
    Type ConvertedType { get; }

    /// <summary>Creates the metadata of <see cref="ConvertedType"/>, converted by this converter.</summary>
    JsonTypeInfo CreateTypeInfo(JsonSerializerOptions options);
}

/// <summary>The converters <see cref="LeadKitJsonOptions.ConfigureForLeadKit"/> adds to a caller's options: the one list of them.</summary>
internal static class LeadKitConverters
{
    /// <summary>
    /// Gets the converters of the NodaTime values LeadKit's types hold, and only those (see
    /// <see cref="NodaTimeJson"/>): <c>ConfigureForNodaTime</c> would add the interval converters too.
    /// </summary>
    public static IReadOnlyList<JsonConverter> NodaTimeValues { get; } =
    [
        NodaTimeJson.Instant,
        NodaTimeJson.LocalDate,
        NodaTimeJson.Duration,
    ];

    /// <summary>Gets the converter of every LeadKit domain type.</summary>
    public static IReadOnlyList<JsonConverter> DomainTypes { get; } =
    [
        // Written as a string.
        Scalars.LeadId,
        Scalars.ContactId,
        Scalars.UserId,
        Scalars.AccountId,
        Scalars.HistoryItemId,
        Scalars.OpportunityId,
        Scalars.CriterionId,
        Scalars.EmailAddress,
        Scalars.LeadSource,
        Scalars.Rating,

        // Written as a document.
        new DocumentConverter<Lead, LeadDocument>(),
        new DocumentConverter<BusinessContact, BusinessContactDocument>(),
        new DocumentConverter<PersonName, PersonNameDocument>(),
        new DocumentConverter<EmailEntry, EmailEntryDocument>(),
        new DocumentConverter<PhoneNumber, PhoneNumberDocument>(),
        new DocumentConverter<PostalAddress, PostalAddressDocument>(),
        new DocumentConverter<Photo, PhotoDocument>(),
        new DocumentConverter<AccountReference, AccountReferenceDocument>(),
        new DocumentConverter<InitiatedBy, InitiatedByDocument>(),
        new DocumentConverter<PhoneticName, PhoneticNameDocument>(),
        new DocumentConverter<WorkspaceUser, WorkspaceUserDocument>(),
        new DocumentConverter<Reports.SavedReport, SavedReportDocument>(),
        new DocumentConverter<Reports.ReportDefinition, ReportDefinitionDocument>(),
        new DocumentConverter<Picklist, PicklistDocument>(),
        new DocumentConverter<CustomFieldValue, CustomFieldValueDocument>(),
        new DocumentConverter<CustomFieldDefinition, CustomFieldDefinitionDocument>(),
        new DocumentConverter<CustomFieldSchema, CustomFieldSchemaDocument>(),
        new DocumentConverter<RecordReference, RecordReferenceDocument>(),
        new DocumentConverter<ProductLine, ProductLineDocument>(),
        new DocumentConverter<Opportunity, OpportunityDocument>(),
        new DocumentConverter<HistoryItem, HistoryItemDocument>(),
        new DerivedDocumentConverter<BusinessNote, HistoryItem, HistoryItemDocument>(),
        new DerivedDocumentConverter<PhoneLog, HistoryItem, HistoryItemDocument>(),
        new DerivedDocumentConverter<Appointment, HistoryItem, HistoryItemDocument>(),
        new DerivedDocumentConverter<TaskItem, HistoryItem, HistoryItemDocument>(),
        new DerivedDocumentConverter<ActivityEntry, HistoryItem, HistoryItemDocument>(),

        // Scoring: rules as their text, fractions as "50/3", the rest as documents.
        ScoringScalars.Rule,
        new ScoringRuleConverter<FilterRule>(),
        new ScoringRuleConverter<HistoryRule>(),
        new ScoringRuleConverter<AndRule>(),
        new ScoringRuleConverter<OrRule>(),
        new ScoringRuleConverter<NotRule>(),
        ScoringScalars.Fraction,
        new DocumentConverter<WeightScale, WeightScaleDocument>(),
        new DocumentConverter<ScoringCriterion, ScoringCriterionDocument>(),
        new DocumentConverter<ScoringProfile, ScoringProfileDocument>(),
        new DocumentConverter<CriterionStates, CriterionStatesDocument>(),
        new DocumentConverter<LeadScore, LeadScoreDocument>(),
        new DocumentConverter<StoredScore, StoredScoreDocument>(),
        new DocumentConverter<CriterionExplanation, CriterionExplanationDocument>(),
        new DocumentConverter<ScoreExplanation, ScoreExplanationDocument>(),
    ];

    /// <summary>Gets the converters of LeadKit's enums (camelCase names), the same the documents use.</summary>
    public static IReadOnlyList<JsonConverter> Enums { get; } =
        [.. LeadKitJsonContext.Default.Options.Converters.Where(c => c.GetType().IsGenericType && c.GetType().GetGenericTypeDefinition() == typeof(CamelCaseEnumConverter<>))];
}

/// <summary>
/// Gives System.Text.Json the metadata of every LeadKit domain type straight from its converter,
/// without reflection (so it works with reflection disabled, e.g. under Native AOT).
/// </summary>
internal sealed class LeadKitTypeInfoResolver : IJsonTypeInfoResolver
{
    private readonly FrozenDictionary<Type, ITypeInfoSource> _sources =
        LeadKitConverters.DomainTypes.Cast<ITypeInfoSource>().ToFrozenDictionary(s => s.ConvertedType);

    private LeadKitTypeInfoResolver()
    {
    }

    /// <summary>Gets the resolver.</summary>
    public static LeadKitTypeInfoResolver Instance { get; } = new();

    /// <inheritdoc />
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        _sources.TryGetValue(type, out var source) ? source.CreateTypeInfo(options) : null;
}
