using System.Text.Json;
using System.Text.Json.Serialization;
using LeadKit.Contacts;
using LeadKit.CustomFields;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Scoring;
using NodaTime;

namespace LeadKit.Serialization;

/// <summary>
/// LeadKit's one source-generated context: it serializes the wire documents, always with its own
/// options, so the format is the same whatever options a caller passes. The domain types are not
/// listed here (the generator would describe their members, which is what the documents are for);
/// callers get them through the converters in <see cref="LeadKitConverters"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowDuplicateProperties = false,
    Converters =
    [
        // NodaTime values, through NodaTime.Serialization.SystemTextJson.
        typeof(InstantJsonConverter),
        typeof(LocalDateJsonConverter),
        typeof(DurationJsonConverter),

        // Enums, by camelCase name.
        typeof(CamelCaseEnumConverter<AddressKind>),
        typeof(CamelCaseEnumConverter<CallDirection>),
        typeof(CamelCaseEnumConverter<CustomFieldType>),
        typeof(CamelCaseEnumConverter<EmailKind>),
        typeof(CamelCaseEnumConverter<FileAsFormat>),
        typeof(CamelCaseEnumConverter<OpportunityStage>),
        typeof(CamelCaseEnumConverter<PhoneKind>),
        typeof(CamelCaseEnumConverter<PreferredContactMethod>),
        typeof(CamelCaseEnumConverter<RecordKind>),
        typeof(CamelCaseEnumConverter<ReferrerKind>),
        typeof(CamelCaseEnumConverter<ScoreType>),
        typeof(CamelCaseEnumConverter<TaskItemStatus>),
        typeof(CamelCaseEnumConverter<TaskPriority>),
        typeof(CamelCaseEnumConverter<Weight>),
        typeof(CamelCaseEnumConverter<CriterionReason>),
    ])]

// The wire documents.
[JsonSerializable(typeof(LeadDocument))]
[JsonSerializable(typeof(BusinessContactDocument))]
[JsonSerializable(typeof(PersonNameDocument))]
[JsonSerializable(typeof(EmailEntryDocument))]
[JsonSerializable(typeof(PhoneNumberDocument))]
[JsonSerializable(typeof(PostalAddressDocument))]
[JsonSerializable(typeof(PhotoDocument))]
[JsonSerializable(typeof(AccountReferenceDocument))]
[JsonSerializable(typeof(InitiatedByDocument))]
[JsonSerializable(typeof(PhoneticNameDocument))]
[JsonSerializable(typeof(WorkspaceUserDocument))]
[JsonSerializable(typeof(SavedReportDocument))]
[JsonSerializable(typeof(ReportDefinitionDocument))]
[JsonSerializable(typeof(StoredScoreDocument))]
[JsonSerializable(typeof(PicklistDocument))]
[JsonSerializable(typeof(CustomFieldValueDocument))]
[JsonSerializable(typeof(CustomFieldDefinitionDocument))]
[JsonSerializable(typeof(CustomFieldSchemaDocument))]
[JsonSerializable(typeof(RecordReferenceDocument))]
[JsonSerializable(typeof(ProductLineDocument))]
[JsonSerializable(typeof(OpportunityDocument))]
[JsonSerializable(typeof(HistoryItemDocument))]
[JsonSerializable(typeof(WeightScaleDocument))]
[JsonSerializable(typeof(ScoringCriterionDocument))]
[JsonSerializable(typeof(ScoringProfileDocument))]
[JsonSerializable(typeof(CriterionStatesDocument))]
[JsonSerializable(typeof(LeadScoreDocument))]
[JsonSerializable(typeof(CriterionExplanationDocument))]
[JsonSerializable(typeof(ScoreExplanationDocument))]

// The JSON values of custom fields.
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(decimal))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(LocalDate))]
internal sealed partial class LeadKitJsonContext : JsonSerializerContext
{
}
