using System;
using System.Collections.Generic;
using System.Globalization;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Scoring;
using ScoreKind = LeadKit.Scoring.ScoreType;
using NodaTime;

namespace LeadKit.Querying;

/// <summary>
/// <c>manualStars</c> and <c>scoreType</c>: two views of one state, the score type and the manual
/// star count, which are always saved and restored together (setting a manual score makes the
/// score type Manual; clearing it returns to the automatic score).
/// </summary>
internal sealed class ScoreFieldEditor : FieldEditor
{
    private readonly bool _isStars;

    private ScoreFieldEditor(bool isStars, Type valueType, FieldCapabilities operations, string textForm)
        : base(valueType, textForm, operations)
    {
        _isStars = isStars;
    }

    public static ScoreFieldEditor Stars() =>
        new(true, typeof(int), FieldCapabilities.Set | FieldCapabilities.Clear, $"a whole number from 0 to {ContactRecord.MaxManualStars}");

    public static ScoreFieldEditor Type() =>
        new(false, typeof(ScoreKind), FieldCapabilities.Set, "Automatic or Manual");

    internal override void Check(object value)
    {
        if (_isStars && value is int stars and (< 0 or > ContactRecord.MaxManualStars))
        {
            throw Invalid("LeadKit.Field.ManualStarsRange", $"A manual score is 0 to {ContactRecord.MaxManualStars} stars, not {stars}.", stars.ToString(CultureInfo.InvariantCulture));
        }

        if (!_isStars && !Enum.IsDefined((ScoreKind)value))
        {
            throw Invalid("LeadKit.Field.ScoreType", $"Unknown score type {value}.");
        }
    }

    internal override string StateKey => "SCORE";

    internal override object? Capture(ContactRecord record) => new ScoreState(record.ScoreType, record.ManualStars);

    /// <summary>The manual stars when the record has them; the score type when it is Manual, or Automatic while manual stars are kept.</summary>
    internal override void TextValues(ContactRecord record, List<object> values)
    {
        if (_isStars && record.ManualStars is { } stars)
        {
            values.Add(stars);
        }

        if (!_isStars && (record.ScoreType == ScoreKind.Manual || record.ManualStars is not null))
        {
            values.Add(record.ScoreType);
        }
    }

    /// <summary>A score state is empty without a manual star count: an automatic score is computed, not entered.</summary>
    internal override bool IsEmpty(object? state) => state is not ScoreState { Stars: not null };

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

    internal override void Apply(ContactRecord record, FieldCapabilities operation, object? value, Instant now)
    {
        switch (operation, _isStars)
        {
            case (FieldCapabilities.Set, true):
                record.SetManualScore((int)value!);
                break;
            case (FieldCapabilities.Clear, true):
                record.RestoreScoreState(ScoreKind.Automatic, null);
                break;
            case (FieldCapabilities.Set, false) when (ScoreKind)value! == ScoreKind.Automatic:
                record.SetAutomaticScore();
                break;
            case (FieldCapabilities.Set, false):
                if (record.ManualStars is not { } stars)
                {
                    throw Invalid("LeadKit.Field.ManualStarsRequired", "The record has no manual star count, so its score cannot become Manual: set manualStars instead.");
                }

                record.RestoreScoreState(ScoreKind.Manual, stars);
                break;
            default:
                throw Unsupported(operation);
        }
    }

    internal override object ParseText(string text, CultureInfo culture)
    {
        if (_isStars)
        {
            return int.TryParse(text, NumberStyles.Integer, culture, out var stars) || int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out stars)
                ? stars
                : throw Invalid("LeadKit.Field.Unparsable", $"'{text}' is not a star count: use {TextForm}.", text);
        }

        return text.ToUpperInvariant() switch
        {
            "AUTOMATIC" or "AUTO" => ScoreKind.Automatic,
            "MANUAL" => ScoreKind.Manual,
            _ => throw Invalid("LeadKit.Field.Unparsable", $"'{text}' is not a score type: use Automatic or Manual.", text),
        };
    }

    internal override string FormatText(object value) =>
        _isStars ? ((int)value).ToString(CultureInfo.InvariantCulture) : ((ScoreKind)value).ToString();

    private static string? Stars(ScoreState state) => state.Stars?.ToString(CultureInfo.InvariantCulture);

    private readonly record struct ScoreState(ScoreKind Type, int? Stars);
}
