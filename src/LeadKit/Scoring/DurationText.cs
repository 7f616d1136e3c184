using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace LeadKit.Scoring;

/// <summary>The short duration form of rules and explanations: <c>30d</c>, <c>12h</c>.</summary>
internal static class DurationText
{
    /// <summary>Writes whole days as <c>30d</c>, whole hours as <c>12h</c>, anything else in NodaTime's round-trip pattern.</summary>
    internal static string Format(Duration duration)
    {
        if (duration == Duration.Zero)
        {
            return "0d";
        }

        if (duration.SubsecondTicks == 0 && duration.Seconds == 0 && duration.Minutes == 0 && duration > Duration.Zero)
        {
            return duration.Hours == 0
                ? duration.Days.ToString(CultureInfo.InvariantCulture) + "d"
                : ((long)duration.TotalHours).ToString(CultureInfo.InvariantCulture) + "h";
        }

        return DurationPattern.Roundtrip.Format(duration);
    }
}
