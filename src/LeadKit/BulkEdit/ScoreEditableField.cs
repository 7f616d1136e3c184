using System;
using System.Collections.Generic;
using System.Globalization;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Scoring;
using ScoreKind = LeadKit.Scoring.ScoreType;
using NodaTime;

namespace LeadKit.BulkEdit;

/// <summary>
/// <c>manualStars</c> and <c>scoreType</c>: two views of one state, the score type and the manual
/// star count, which are always saved and restored together (setting a manual score makes the
/// score type Manual; clearing it returns to the automatic score).
/// </summary>
internal sealed class ScoreEditableField : EditableField
{
    private readonly bool _isStars;

    private ScoreEditableField(bool isStars, string name, string description, Type valueType, EditOperations operations, string textForm)
        : base(name, description, valueType, operations, false, textForm)
    {
        _isStars = isStars;
    }

    public static ScoreEditableField Stars() =>
        new(true, "manualStars", "The manual score in stars; setting it makes the score type Manual, clearing it returns to the automatic score.", typeof(int), EditOperations.Set | EditOperations.Clear, $"a whole number from 0 to {ContactRecord.MaxManualStars}");

    public static ScoreEditableField Type() =>
        new(false, "scoreType", "Whether the score is computed (Automatic) or set by hand (Manual); Manual needs a manual star count.", typeof(ScoreKind), EditOperations.Set, "Automatic or Manual");

    internal override void CheckValue(object value)
    {
        if (_isStars && value is int stars and (< 0 or > ContactRecord.MaxManualStars))
        {
            throw Invalid("LeadKit.BulkEdit.ManualStarsRange", $"A manual score is 0 to {ContactRecord.MaxManualStars} stars, not {stars}.", stars.ToString(CultureInfo.InvariantCulture));
        }

        if (!_isStars && !Enum.IsDefined((ScoreKind)value))
        {
            throw Invalid("LeadKit.BulkEdit.ScoreType", $"Unknown score type {value}.");
        }
    }

    internal override string StateKey => "SCORE";

    internal override object? Capture(ContactRecord record) => new ScoreState(record.ScoreType, record.ManualStars);

    internal override void Restore(ContactRecord record, object? state)
    {
        var score = (ScoreState)state!;
        record.RestoreScoreState(score.Type, score.Stars);
    }

    internal override bool Same(object? before, object? after) => Equals(before, after);

    internal override IEnumerable<FieldChange> Describe(object? before, object? after)
    {
        var (b, a) = ((ScoreState)before!, (ScoreState)after!);
        if (b.Stars != a.Stars)
        {
            yield return new FieldChange("manualStars", Stars(b), Stars(a));
        }

        if (b.Type != a.Type)
        {
            yield return new FieldChange("scoreType", b.Type.ToString(), a.Type.ToString());
        }
    }

    internal override string? Display(object? state) => state is ScoreState s ? (_isStars ? Stars(s) : s.Type.ToString()) : null;

    internal override void Apply(ContactRecord record, EditOperation operation, object? value, Instant now)
    {
        switch (operation, _isStars)
        {
            case (EditOperation.Set, true):
                record.SetManualScore((int)value!);
                break;
            case (EditOperation.Clear, true):
                record.RestoreScoreState(ScoreKind.Automatic, null);
                break;
            case (EditOperation.Set, false) when (ScoreKind)value! == ScoreKind.Automatic:
                record.SetAutomaticScore();
                break;
            case (EditOperation.Set, false):
                if (record.ManualStars is not { } stars)
                {
                    throw Invalid("LeadKit.BulkEdit.ManualStarsRequired", "The record has no manual star count, so its score cannot become Manual: set manualStars instead.");
                }

                record.RestoreScoreState(ScoreKind.Manual, stars);
                break;
            default:
                throw new InvalidOperationException($"'{Name}' does not support {operation}.");
        }
    }

    private protected override object ParseValue(string text, CultureInfo culture)
    {
        if (_isStars)
        {
            return int.TryParse(text, NumberStyles.Integer, culture, out var stars) || int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out stars)
                ? stars
                : throw Invalid("LeadKit.BulkEdit.Unparsable", $"'{text}' is not a star count: use {TextForm}.", text);
        }

        return text.ToUpperInvariant() switch
        {
            "AUTOMATIC" or "AUTO" => ScoreKind.Automatic,
            "MANUAL" => ScoreKind.Manual,
            _ => throw Invalid("LeadKit.BulkEdit.Unparsable", $"'{text}' is not a score type: use Automatic or Manual.", text),
        };
    }

    private protected override string FormatValue(object value) =>
        _isStars ? ((int)value).ToString(CultureInfo.InvariantCulture) : ((ScoreKind)value).ToString();

    private static string? Stars(ScoreState state) => state.Stars?.ToString(CultureInfo.InvariantCulture);

    private readonly record struct ScoreState(ScoreKind Type, int? Stars);
}
