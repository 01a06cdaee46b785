namespace MedDocs.Core.Phi.Tagging;

/// <summary>
/// The hash of a piece of a feature name, made so that pieces join in O(1): a polynomial hash over UTF-16 chars,
/// h = h·P + c (mod 2^64), kept with P^length. The hash of "w=" + word is then Join("w=", word) whatever the word's
/// length, so each token's word and shape are hashed once and every feature that uses them costs one multiply-add.
/// </summary>
/// <remarks>
/// The model's table is keyed by <see cref="Of(ReadOnlySpan{char})"/> of the full feature names, so a joined hash
/// finds the same feature the string path finds. Two model features with one hash are refused when the table is built.
/// </remarks>
internal readonly record struct FeatureHash(ulong Value, ulong Power)
{
    // Odd, with well-spread bits (the golden-ratio constant).
    private const ulong P = 0x9E3779B97F4A7C15;

    public static readonly FeatureHash Empty = new(0, 1);

    public static FeatureHash Of(ReadOnlySpan<char> text)
    {
        ulong value = 0, power = 1;
        foreach (char ch in text)
        {
            value = value * P + ch;
            power *= P;
        }
        return new FeatureHash(value, power);
    }

    public static FeatureHash Of(string text) => Of(text.AsSpan());

    /// <summary>This piece followed by <paramref name="next"/>.</summary>
    public FeatureHash Then(FeatureHash next) => new(Value * next.Power + next.Value, Power * next.Power);

    public FeatureHash Then(char ch) => new(Value * P + ch, Power * P);

    /// <summary>This piece followed by <paramref name="a"/>, '|', <paramref name="b"/>.</summary>
    public FeatureHash Then(FeatureHash a, FeatureHash b) => Then(a).Then('|').Then(b);

    public FeatureHash Then(FeatureHash a, FeatureHash b, FeatureHash c) => Then(a, b).Then('|').Then(c);
}
