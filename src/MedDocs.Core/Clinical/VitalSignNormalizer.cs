using System.Globalization;
using System.Text.RegularExpressions;

namespace MedDocs.Core.Clinical;

/// <summary>
/// Puts vital signs in standard units so they compare across notes: temperature °F → °C, weight lb → kg,
/// height in → cm; blood pressure stays "120/80" mmHg, heart rate bpm, respiratory rate breaths/min, SpO2 %.
/// </summary>
public static partial class VitalSignNormalizer
{
    [GeneratedRegex(@"(?<sys>\d{2,3})\s*/\s*(?<dia>\d{2,3})", RegexOptions.CultureInvariant)]
    private static partial Regex Pressure();

    [GeneratedRegex(@"-?\d+(?:\.\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    /// <summary>The normalised value, or null when no number can be read from the value.</summary>
    public static NormalizedVital? Normalize(string? name, string? value, string? unit)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var what = (name ?? string.Empty).ToLowerInvariant();
        var units = ((unit ?? string.Empty) + " " + Unitless(value)).ToLowerInvariant().Trim();
        if (Pressure().Match(value) is { Success: true } bp && (what.Contains("pressure", StringComparison.Ordinal) || what.Contains("bp", StringComparison.Ordinal) || units.Contains("mmhg", StringComparison.Ordinal)))
        {
            return new NormalizedVital($"{bp.Groups["sys"].Value}/{bp.Groups["dia"].Value}", "mmHg");
        }
        if (Number().Match(value) is not { Success: true } match
            || !double.TryParse(match.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        if (what.Contains("temp", StringComparison.Ordinal) || IsUnit(units, "°f", "f", "fahrenheit", "°c", "c", "celsius"))
        {
            var fahrenheit = IsUnit(units, "°f", "f", "fahrenheit", "deg f", "degrees f") || (!IsUnit(units, "°c", "c", "celsius") && number > 50);
            return new NormalizedVital(Format(fahrenheit ? (number - 32) * 5 / 9 : number), "°C");
        }
        if (IsUnit(units, "lb", "lbs", "pound", "pounds"))
        {
            return new NormalizedVital(Format(number * 0.45359237), "kg");
        }
        if (IsUnit(units, "kg", "kgs", "kilograms"))
        {
            return new NormalizedVital(Format(number), "kg");
        }
        if (IsUnit(units, "in", "inch", "inches"))
        {
            return new NormalizedVital(Format(number * 2.54), "cm");
        }
        if (IsUnit(units, "cm"))
        {
            return new NormalizedVital(Format(number), "cm");
        }
        if (what.Contains("resp", StringComparison.Ordinal) || what is "rr" || units.Contains("breath", StringComparison.Ordinal))
        {
            return new NormalizedVital(Format(number), "breaths/min");
        }
        if (what.Contains("heart", StringComparison.Ordinal) || what.Contains("pulse", StringComparison.Ordinal) || what is "hr" || IsUnit(units, "bpm", "beats per minute", "beats/min", "/min"))
        {
            return new NormalizedVital(Format(number), "bpm");
        }
        if (what.Contains("sat", StringComparison.Ordinal) || what.Contains("spo2", StringComparison.Ordinal) || what.Contains("oxygen", StringComparison.Ordinal) || units == "%")
        {
            return new NormalizedVital(Format(number), "%");
        }
        return new NormalizedVital(Format(number), string.IsNullOrWhiteSpace(unit) ? string.Empty : unit.Trim());
    }

    /// <summary>What follows the number in a value like "98.6 F" or "72bpm" (models sometimes put the unit there).</summary>
    private static string Unitless(string value)
    {
        var match = Number().Match(value);
        return match.Success ? value[(match.Index + match.Length)..].Trim() : string.Empty;
    }

    private static bool IsUnit(string units, params string[] candidates) =>
        candidates.Any(c => units == c || units.StartsWith(c + " ", StringComparison.Ordinal) || units.EndsWith(" " + c, StringComparison.Ordinal));

    private static string Format(double number) => Math.Round(number, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
