namespace MedDocs.Core.Phi;

/// <summary>
/// Ages over 89 ("92-year-old", "age 93", "aged 101", "94 y/o", "Age: 97"). Safe Harbor lets ages up to 89
/// stay, so those are never reported. The finding covers the number only.
/// </summary>
internal static class AgeRules
{
    /// <summary>Above this an "age" is more likely a typo or another quantity than a person's age.</summary>
    private const int OldestPlausibleAge = 125;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Collect(FindingSink sink)
    {
        if (!sink.MustRun(TextGates.MayHaveAge))
        {
            return;
        }
        for (var m = PhiPatterns.Age().Match(sink.Text); m.Success; m = m.NextMatch())
        {
            var number = m.Groups["n"];
            int age = IdentifierChecks.ParseDigits(number.ValueSpan);
            if (age is > 89 and <= OldestPlausibleAge)
            {
                sink.Add(PhiType.Age, number.Index, number.Length, 0.9, "age-over-89");
            }
        }
    }
}
