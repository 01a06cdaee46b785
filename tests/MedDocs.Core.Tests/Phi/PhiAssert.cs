using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>Assertions the rule-shape tests share: a finding of a type and text is (or no finding of a type is) in a text.</summary>
internal static class PhiAssert
{
    public static void Found(PhiRulesEngine engine, string text, PhiType type, string expected)
    {
        var findings = engine.Find(text);
        Assert.True(findings.Any(f => f.Type == type && f.Text == expected),
            $"expected {type} '{expected}' in \"{text}\"; found: {Describe(findings)}");
    }

    public static void NoneOfType(PhiRulesEngine engine, string text, PhiType type)
    {
        var findings = engine.Find(text);
        Assert.False(findings.Any(f => f.Type == type), $"expected no {type} in \"{text}\"; found: {Describe(findings)}");
    }

    private static string Describe(IReadOnlyList<PhiFinding> findings) =>
        string.Join(", ", findings.Select(f => $"{f.Type} '{f.Text}' ({f.Rule})"));
}
