namespace MedDocs.Core.Categorization;

/// <summary>Counts in words, so a verdict's reason never holds a digit (and so can never echo a number from the document).</summary>
internal static class NumberWords
{
    private static readonly string[] Words =
        ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    public static string Count(int n, string noun) =>
        n < Words.Length ? $"{Words[n]} {noun}{(n == 1 ? "" : "s")}" : $"more than a dozen {noun}s";
}
